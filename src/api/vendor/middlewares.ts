import { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticateSeller } from "./authenticate-seller"
import { vendorCommissionLineRoutesMiddlewares } from "./commission-lines/middlewares"
import { vendorInviteRoutesMiddlewares } from "./invites/middlewares"
import { vendorLedgerRoutesMiddlewares } from "./ledger/middlewares"
import { vendorMemberRoutesMiddlewares } from "./members/middlewares"
import { vendorNotificationRoutesMiddlewares } from "./notifications/middlewares"
import { vendorOrderRoutesMiddlewares } from "./orders/middlewares"
import { vendorPayoutAccountRoutesMiddlewares } from "./payout-account/middlewares"
import { vendorPayoutRoutesMiddlewares } from "./payouts/middlewares"
import { vendorProductCategoryRoutesMiddlewares } from "./product-categories/middlewares"
import { vendorProductTagRoutesMiddlewares } from "./product-tags/middlewares"
import { vendorProductTypeRoutesMiddlewares } from "./product-types/middlewares"
import { vendorProductRoutesMiddlewares } from "./products/middlewares"
import { vendorRequestRoutesMiddlewares } from "./requests/middlewares"
import { vendorReviewRoutesMiddlewares } from "./reviews/middlewares"
import { vendorReturnRoutesMiddlewares } from "./returns/middlewares"
import {
  blockInactiveSellerWrites,
  resolveSellerContext,
} from "./seller-context"
import { vendorPermissionMiddlewares } from "./seller-permissions"
import { vendorSellerRoutesMiddlewares } from "./sellers/middlewares"
import { vendorShippingOptionRoutesMiddlewares } from "./shipping-options/middlewares"
import { vendorStatsRoutesMiddlewares } from "./stats/middlewares"
import { vendorStockLocationRoutesMiddlewares } from "./stock-locations/middlewares"
import { vendorUploadRoutesMiddlewares } from "./uploads/middlewares"
import { vendorCors } from "./vendor-cors"

/**
 * Every /vendor route: VENDOR_CORS, a `seller` token (registration tokens are let
 * through only to the onboarding routes), the seller context, the status gate, then the
 * member role the route requires (seller-permissions.ts) before the route's own middlewares.
 */
export const vendorMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendor/*",
    middlewares: [
      vendorCors(),
      authenticateSeller(),
      resolveSellerContext,
      blockInactiveSellerWrites,
    ],
  },
  ...vendorPermissionMiddlewares,
  ...vendorSellerRoutesMiddlewares,
  ...vendorMemberRoutesMiddlewares,
  ...vendorInviteRoutesMiddlewares,
  ...vendorUploadRoutesMiddlewares,
  ...vendorNotificationRoutesMiddlewares,
  ...vendorRequestRoutesMiddlewares,
  ...vendorCommissionLineRoutesMiddlewares,
  ...vendorLedgerRoutesMiddlewares,
  ...vendorProductRoutesMiddlewares,
  ...vendorProductCategoryRoutesMiddlewares,
  ...vendorProductTypeRoutesMiddlewares,
  ...vendorProductTagRoutesMiddlewares,
  ...vendorStockLocationRoutesMiddlewares,
  ...vendorShippingOptionRoutesMiddlewares,
  ...vendorOrderRoutesMiddlewares,
  ...vendorReturnRoutesMiddlewares,
  ...vendorReviewRoutesMiddlewares,
  ...vendorPayoutRoutesMiddlewares,
  ...vendorPayoutAccountRoutesMiddlewares,
  ...vendorStatsRoutesMiddlewares,
]
