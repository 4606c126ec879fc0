import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../../catalog/steps/validate-seller-owns"

export type FulfillVendorOrderWorkflowInput = {
  seller_id: string
  member_id: string
  order_id: string
  items: { id: string; quantity: number }[]
  /** One of the seller's locations; by default the location of the order's shipping option. */
  location_id?: string
  no_notification?: boolean
  metadata?: Record<string, unknown> | null
}

export const fulfillVendorOrderWorkflowId = "fulfill-vendor-order"

/** Fulfils items of one of the seller's orders with Medusa's createOrderFulfillmentWorkflow. */
export const fulfillVendorOrderWorkflow = createWorkflow(
  fulfillVendorOrderWorkflowId,
  (input: WorkflowData<FulfillVendorOrderWorkflowInput>) => {
    const order = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "order" as const,
      ids: [input.order_id],
    }))
    validateSellerOwnsStep(order).config({ name: "validate-seller-owns-order" })
    when(
      "validate-fulfillment-location",
      { input },
      ({ input }) => !!input.location_id
    ).then(() => {
      const location = transform({ input }, ({ input }) => ({
        seller_id: input.seller_id,
        resource: "stock_location" as const,
        ids: [input.location_id as string],
      }))
      validateSellerOwnsStep(location).config({
        name: "validate-seller-owns-location",
      })
    })
    const fulfillmentInput = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      items: input.items,
      location_id: input.location_id,
      created_by: input.member_id,
      no_notification: input.no_notification,
      metadata: input.metadata,
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: fulfillmentInput,
    })
    return new WorkflowResponse(fulfillment)
  }
)
