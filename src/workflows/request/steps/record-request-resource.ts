import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REQUEST_MODULE, RequestModuleService } from "../../../modules/request"

export const recordRequestResourceStepId = "record-request-resource"

/** Records on an accepted request what accepting it created or changed (cleared on compensation). */
export const recordRequestResourceStep = createStep(
  recordRequestResourceStepId,
  async (
    { id, resource_id }: { id: string; resource_id: string | null },
    { container }
  ) => {
    if (!resource_id) {
      return new StepResponse(void 0, null as string | null)
    }
    await container
      .resolve<RequestModuleService>(REQUEST_MODULE)
      .updateRequests({ id, resource_id })
    return new StepResponse(void 0, id as string | null)
  },
  async (id, { container }) => {
    if (id) {
      await container
        .resolve<RequestModuleService>(REQUEST_MODULE)
        .updateRequests({ id, resource_id: null })
    }
  }
)
