import { field, message, NotificationTemplate } from "./rendered-message"

/** To the admins: something the reconciler found and could not repair. data: kind, id, problem */
export const reconcileUnrepaired: NotificationTemplate = (data) =>
  message(
    `Reconciler: ${field(data, "kind")} ${field(data, "id")} needs a person`,
    [
      `The reconciler found ${field(data, "kind")} ${field(data, "id")} half-done and could not repair it: ${field(data, "problem")}.`,
      "It is reported once; POST /admin/reconcile lists it again while it stays unrepaired.",
    ]
  )
