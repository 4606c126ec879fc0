/**
 * The Locking Module key of an order group's payment: its capture, its cancellation and the
 * refund of a canceled order are decided under it, one at a time.
 */
export const orderGroupLockKey = (orderGroupId: string) =>
  `order_group:${orderGroupId}`
