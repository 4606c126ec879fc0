import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markNotificationsReadStep } from "../steps/mark-notifications-read"

export const markNotificationsReadWorkflowId = "mark-notifications-read"

export type MarkNotificationsReadWorkflowInput = { member_id: string }

/** Marks the seller's feed read for one member (each member has its own marker). */
export const markNotificationsReadWorkflow = createWorkflow(
  markNotificationsReadWorkflowId,
  (input: WorkflowData<MarkNotificationsReadWorkflowInput>) =>
    new WorkflowResponse(markNotificationsReadStep(input))
)
