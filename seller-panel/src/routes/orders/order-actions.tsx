import { Button, Input, Label, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import type { VendorOrder } from "../../../../src/types/http"
import { useIsManager } from "../../components/layout/shell"
import { errorMessage } from "../../components/states"
import { useVendorMutation } from "../../hooks/api/resource"
import { Section } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

/** Cancel, refund and return: the after-sales actions (cancel and refund for owners and admins). */
export const OrderActions = ({ order }: { order: VendorOrder }) => {
  const manager = useIsManager()
  const prompt = usePrompt()
  const navigate = useNavigate()
  const [amount, setAmount] = useState("")
  const [amountError, setAmountError] = useState<string>()
  const cancel = useVendorMutation(
    () => vendor.orders.cancel(order.id),
    ["orders"]
  )
  const refund = useVendorMutation(
    () => vendor.orders.refund(order.id, { amount: Number(amount) }),
    ["orders", "ledger", "balance"]
  )
  const requestReturn = useVendorMutation(
    () =>
      vendor.orders.requestReturn(order.id, {
        items: order.items.map((item) => ({
          id: item.id,
          quantity: item.quantity,
        })),
        reason: "Opened from the seller panel",
      }),
    ["returns", "orders"]
  )
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action()
      toast.success(done)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <Section
      title="After-sales"
      description="Returns, refunds and cancellation"
    >
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <Button
          size="small"
          variant="secondary"
          isLoading={requestReturn.isPending}
          onClick={() =>
            run(async () => {
              await requestReturn.mutateAsync(undefined)
              navigate("/returns")
            }, "Return opened")
          }
        >
          Open return
        </Button>
        {manager && (
          <>
            <form
              className="flex items-end gap-2"
              onSubmit={async (event) => {
                event.preventDefault()
                setAmountError(undefined)
                try {
                  await refund.mutateAsync(undefined)
                  setAmount("")
                  toast.success("Refunded")
                } catch (error) {
                  setAmountError(errorMessage(error))
                }
              }}
            >
              <div className="flex flex-col gap-1">
                <Label htmlFor="refund-amount" size="xsmall">
                  Refund amount ({order.currency_code.toUpperCase()})
                </Label>
                <Input
                  id="refund-amount"
                  size="small"
                  type="number"
                  min="0"
                  step="0.01"
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                />
                {amountError && (
                  <span
                    className="txt-compact-xsmall text-ui-fg-error"
                    data-testid="field-error-refund-amount"
                  >
                    {amountError}
                  </span>
                )}
              </div>
              <Button
                size="small"
                variant="secondary"
                type="submit"
                disabled={!amount}
                isLoading={refund.isPending}
              >
                Refund
              </Button>
            </form>
            {order.status !== "canceled" && (
              <Button
                size="small"
                variant="danger"
                isLoading={cancel.isPending}
                onClick={async () => {
                  if (
                    await prompt({
                      title: "Cancel order?",
                      description: `Order #${order.display_id} is canceled and refunded.`,
                      confirmText: "Cancel order",
                      cancelText: "Keep",
                    })
                  ) {
                    await run(
                      () => cancel.mutateAsync(undefined),
                      "Order canceled"
                    )
                  }
                }}
              >
                Cancel order
              </Button>
            )}
          </>
        )}
      </div>
    </Section>
  )
}
