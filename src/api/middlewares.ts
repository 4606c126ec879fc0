import { defineMiddlewares } from "@medusajs/framework/http"
import {
  cartResponseCacheMiddlewares,
  paymentCollectionCartCacheMiddlewares,
} from "../cart-response-cache/middlewares"
import { adminCommissionRuleRoutesMiddlewares } from "./admin/commission-rules/middlewares"
import { adminMarketplaceRoutesMiddlewares } from "./admin/marketplace/middlewares"
import { adminOrderGroupRoutesMiddlewares } from "./admin/order-groups/middlewares"
import { adminPayoutRoutesMiddlewares } from "./admin/payouts/middlewares"
import { adminReconcileRoutesMiddlewares } from "./admin/reconcile/middlewares"
import { adminRequestRoutesMiddlewares } from "./admin/requests/middlewares"
import { adminReviewRoutesMiddlewares } from "./admin/reviews/middlewares"
import { adminSellerRoutesMiddlewares } from "./admin/sellers/middlewares"
import { marketplaceErrorHandler } from "./errors/marketplace-error-handler"
import { rejectWritesWhileRedisIsDown } from "./errors/redis-availability"
import { hooksPayoutRoutesMiddlewares } from "./hooks/payouts/middlewares"
import { openApiDocumentMiddlewares } from "./openapi.json/middlewares"
import { rejectUnstorableInput } from "./reject-unstorable-input"
import { sellerPanelMiddlewares } from "./seller/middlewares"
import { storeCustomerRoutesMiddlewares } from "./store/customers/middlewares"
import { storeOrderGroupRoutesMiddlewares } from "./store/order-groups/middlewares"
import { storeProductRoutesMiddlewares } from "./store/products/middlewares"
import { storeReviewRoutesMiddlewares } from "./store/reviews/middlewares"
import { storeReturnRoutesMiddlewares } from "./store/returns/middlewares"
import { storeSellerRoutesMiddlewares } from "./store/sellers/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [
    // Global (no methods), before every route's own validators. Writes answer 503 while
    // Redis is down instead of starting a workflow (docs/infrastructure.md).
    {
      matcher: "/*",
      middlewares: [rejectUnstorableInput, rejectWritesWhileRedisIsDown],
    },
    ...vendorMiddlewares,
    ...adminSellerRoutesMiddlewares,
    ...adminRequestRoutesMiddlewares,
    ...adminReviewRoutesMiddlewares,
    ...adminCommissionRuleRoutesMiddlewares,
    ...adminOrderGroupRoutesMiddlewares,
    ...adminPayoutRoutesMiddlewares,
    ...adminReconcileRoutesMiddlewares,
    ...adminMarketplaceRoutesMiddlewares,
    ...hooksPayoutRoutesMiddlewares,
    ...openApiDocumentMiddlewares,
    ...sellerPanelMiddlewares,
    ...storeSellerRoutesMiddlewares,
    ...storeProductRoutesMiddlewares,
    ...storeOrderGroupRoutesMiddlewares,
    ...storeCustomerRoutesMiddlewares,
    ...storeReturnRoutesMiddlewares,
    ...storeReviewRoutesMiddlewares,
    ...cartResponseCacheMiddlewares,
    ...paymentCollectionCartCacheMiddlewares,
  ],
  // Lock timeouts answer 409 under every locking provider (docs/cart-cache.md).
  errorHandler: marketplaceErrorHandler,
})
