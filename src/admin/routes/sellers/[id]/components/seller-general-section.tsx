import { EllipsisHorizontal, PencilSquare } from "@medusajs/icons"
import {
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ActionDialog } from "../../../../components/action-dialog"
import { Field } from "../../../../components/section"
import { SellerStatusBadge } from "../../../../components/status-badges"
import { SellerAction, useSellerAction } from "../../../../hooks/sellers"
import { formatDate, formatDateTime } from "../../../../lib/format"
import type { Seller } from "../../../../lib/types"
import { EditSellerDrawer } from "./edit-seller-drawer"

/** Which status actions a status allows, and what each asks for. */
const ACTIONS: Record<
  SellerAction,
  {
    from: Seller["status"][]
    note?: { field: "note" | "reason"; required: boolean }
    danger?: boolean
  }
> = {
  approve: {
    from: ["pending_approval"],
    note: { field: "note", required: false },
  },
  reject: {
    from: ["pending_approval"],
    note: { field: "note", required: true },
    danger: true,
  },
  suspend: {
    from: ["open", "pending_approval"],
    note: { field: "reason", required: true },
    danger: true,
  },
  reinstate: {
    from: ["suspended"],
    note: { field: "reason", required: false },
  },
}

export const SellerGeneralSection = ({ seller }: { seller: Seller }) => {
  const { t } = useTranslation()
  const [action, setAction] = useState<SellerAction | null>(null)
  const [editing, setEditing] = useState(false)
  const mutation = useSellerAction(seller.id)
  const available = (Object.keys(ACTIONS) as SellerAction[]).filter((name) =>
    ACTIONS[name].from.includes(seller.status)
  )
  const address = [
    seller.address_line_1,
    seller.address_line_2,
    [seller.postal_code, seller.city].filter(Boolean).join(" "),
    seller.province,
    seller.country_code?.toUpperCase(),
  ]
    .filter(Boolean)
    .join(", ")

  return (
    <Container className="divide-y p-0" data-testid="seller-general">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{seller.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            @{seller.handle}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <SellerStatusBadge status={seller.status} />
          {available.map((name) => (
            <Button
              key={name}
              size="small"
              variant={ACTIONS[name].danger ? "secondary" : "primary"}
              onClick={() => setAction(name)}
              data-testid={`seller-action-${name}`}
            >
              {t(`marketplace.sellers.actions.${name}`)}
            </Button>
          ))}
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton
                size="small"
                variant="transparent"
                aria-label={t("marketplace.common.more")}
              >
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              <DropdownMenu.Item
                className="gap-x-2"
                onClick={() => setEditing(true)}
              >
                <PencilSquare className="text-ui-fg-subtle" />
                {t("marketplace.common.edit")}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        </div>
      </div>
      {seller.status_reason && (
        <Field label={t("marketplace.sellers.statusReason")}>
          <span data-testid="seller-status-reason">{seller.status_reason}</span>
        </Field>
      )}
      <Field label={t("marketplace.fields.email")}>{seller.email}</Field>
      <Field label={t("marketplace.sellers.phone")}>{seller.phone}</Field>
      <Field label={t("marketplace.sellers.address")}>{address || "-"}</Field>
      <Field label={t("marketplace.sellers.taxId")}>{seller.tax_id}</Field>
      <Field label={t("marketplace.sellers.description")}>
        {seller.description}
      </Field>
      <Field label={t("marketplace.sellers.approvedAt")}>
        {formatDateTime(seller.approved_at)}
      </Field>
      <Field label={t("marketplace.sellers.joined")}>
        {formatDate(seller.created_at)}
      </Field>

      {action && (
        <ActionDialog
          open
          onOpenChange={(open) => !open && setAction(null)}
          title={t(`marketplace.sellers.confirm.${action}.title`, {
            name: seller.name,
          })}
          description={t(`marketplace.sellers.confirm.${action}.description`)}
          confirmLabel={t(`marketplace.sellers.actions.${action}`)}
          variant={ACTIONS[action].danger ? "danger" : "confirmation"}
          note={
            ACTIONS[action].note && {
              label: t(`marketplace.sellers.${ACTIONS[action].note!.field}`),
              required: ACTIONS[action].note!.required,
            }
          }
          isPending={mutation.isPending}
          onConfirm={async (note) => {
            const field = ACTIONS[action].note?.field
            await mutation.mutateAsync({
              action,
              body: field && note ? { [field]: note } : {},
            })
            toast.success(
              t(`marketplace.sellers.done.${action}`, { name: seller.name })
            )
          }}
        />
      )}
      {editing && (
        <EditSellerDrawer seller={seller} open onOpenChange={setEditing} />
      )}
    </Container>
  )
}
