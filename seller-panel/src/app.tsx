import { Toaster, TooltipProvider } from "@medusajs/ui"
import { QueryClientProvider } from "@tanstack/react-query"
import { createBrowserRouter, Navigate, RouterProvider } from "react-router-dom"
import { lazyPage } from "./components/lazy-page"
import { RequireSeller } from "./components/layout/require-seller"
import { Shell } from "./components/layout/shell"
import { queryClient } from "./lib/query-client"

const router = createBrowserRouter(
  [
    {
      path: "/login",
      element: lazyPage(() => import("./routes/auth/login"), "LoginPage"),
    },
    {
      path: "/sign-up",
      element: lazyPage(() => import("./routes/auth/sign-up"), "SignUpPage"),
    },
    {
      path: "/invite",
      element: lazyPage(
        () => import("./routes/auth/accept-invite"),
        "AcceptInvitePage"
      ),
    },
    {
      path: "/reset-password",
      element: lazyPage(
        () => import("./routes/auth/reset-password"),
        "ResetPasswordPage"
      ),
    },
    {
      element: <RequireSeller />,
      children: [
        {
          element: <Shell />,
          children: [
            {
              index: true,
              element: lazyPage(() => import("./routes/home/home"), "HomePage"),
            },
            {
              path: "products",
              element: lazyPage(
                () => import("./routes/products/product-list"),
                "ProductListPage"
              ),
            },
            {
              path: "products/create",
              element: lazyPage(
                () => import("./routes/products/product-create"),
                "ProductCreatePage"
              ),
            },
            {
              path: "products/:id",
              element: lazyPage(
                () => import("./routes/products/product-detail"),
                "ProductDetailPage"
              ),
            },
            {
              path: "orders",
              element: lazyPage(
                () => import("./routes/orders/order-list"),
                "OrderListPage"
              ),
            },
            {
              path: "orders/:id",
              element: lazyPage(
                () => import("./routes/orders/order-detail"),
                "OrderDetailPage"
              ),
            },
            {
              path: "returns",
              element: lazyPage(
                () => import("./routes/returns/returns"),
                "ReturnsPage"
              ),
            },
            {
              path: "shipping",
              element: lazyPage(
                () => import("./routes/shipping/shipping"),
                "ShippingPage"
              ),
            },
            {
              path: "money",
              element: lazyPage(
                () => import("./routes/money/money"),
                "MoneyPage"
              ),
            },
            {
              path: "team",
              element: lazyPage(() => import("./routes/team/team"), "TeamPage"),
            },
            {
              path: "reviews",
              element: lazyPage(
                () => import("./routes/reviews/reviews"),
                "ReviewsPage"
              ),
            },
            {
              path: "requests",
              element: lazyPage(
                () => import("./routes/requests/requests"),
                "RequestsPage"
              ),
            },
            {
              path: "notifications",
              element: lazyPage(
                () => import("./routes/notifications/notifications"),
                "NotificationsPage"
              ),
            },
            {
              path: "settings",
              element: lazyPage(
                () => import("./routes/settings/settings"),
                "SettingsPage"
              ),
            },
          ],
        },
      ],
    },
    { path: "*", element: <Navigate to="/" replace /> },
  ],
  { basename: "/seller" }
)

export const App = () => (
  <QueryClientProvider client={queryClient}>
    <TooltipProvider>
      <RouterProvider router={router} />
      <Toaster />
    </TooltipProvider>
  </QueryClientProvider>
)
