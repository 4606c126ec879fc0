import { Drawer } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A drawer holding one edit form; closing it drops unsaved changes. */
export const EditDrawer = ({
  title,
  open,
  onClose,
  testId,
  children,
}: {
  title: string
  open: boolean
  onClose: () => void
  testId: string
  children: ReactNode
}) => (
  <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
    <Drawer.Content data-testid={testId}>
      <Drawer.Header>
        <Drawer.Title>{title}</Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="overflow-y-auto">{open && children}</Drawer.Body>
    </Drawer.Content>
  </Drawer>
)
