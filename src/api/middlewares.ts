import { defineMiddlewares } from "@medusajs/framework/http"
import { adminRequestRoutesMiddlewares } from "./admin/requests/middlewares"
import { adminSellerRoutesMiddlewares } from "./admin/sellers/middlewares"
import { storeSellerRoutesMiddlewares } from "./store/sellers/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [
    ...vendorMiddlewares,
    ...adminSellerRoutesMiddlewares,
    ...adminRequestRoutesMiddlewares,
    ...storeSellerRoutesMiddlewares,
  ],
})
