import { z } from "@medusajs/framework/zod"

/** The run takes no input. */
export const AdminReconcile = z.object({}).strict()
export type AdminReconcileType = z.infer<typeof AdminReconcile>
