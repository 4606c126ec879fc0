import { Toaster, TooltipProvider } from "@medusajs/ui"
import { QueryClientProvider } from "@tanstack/react-query"
import { createBrowserRouter, Navigate, RouterProvider } from "react-router-dom"
import { RequireSeller } from "./components/layout/require-seller"
import { Shell } from "./components/layout/shell"
import { queryClient } from "./lib/query-client"
import { AcceptInvitePage } from "./routes/auth/accept-invite"
import { LoginPage } from "./routes/auth/login"
import { ResetPasswordPage } from "./routes/auth/reset-password"
import { SignUpPage } from "./routes/auth/sign-up"
import { HomePage } from "./routes/home/home"
import { MoneyPage } from "./routes/money/money"
import { NotificationsPage } from "./routes/notifications/notifications"
import { OrderDetailPage } from "./routes/orders/order-detail"
import { OrderListPage } from "./routes/orders/order-list"
import { ProductCreatePage } from "./routes/products/product-create"
import { ProductDetailPage } from "./routes/products/product-detail"
import { ProductListPage } from "./routes/products/product-list"
import { RequestsPage } from "./routes/requests/requests"
import { ReturnsPage } from "./routes/returns/returns"
import { SettingsPage } from "./routes/settings/settings"
import { ShippingPage } from "./routes/shipping/shipping"
import { TeamPage } from "./routes/team/team"

const router = createBrowserRouter(
  [
    { path: "/login", element: <LoginPage /> },
    { path: "/sign-up", element: <SignUpPage /> },
    { path: "/invite", element: <AcceptInvitePage /> },
    { path: "/reset-password", element: <ResetPasswordPage /> },
    {
      element: <RequireSeller />,
      children: [
        {
          element: <Shell />,
          children: [
            { index: true, element: <HomePage /> },
            { path: "products", element: <ProductListPage /> },
            { path: "products/create", element: <ProductCreatePage /> },
            { path: "products/:id", element: <ProductDetailPage /> },
            { path: "orders", element: <OrderListPage /> },
            { path: "orders/:id", element: <OrderDetailPage /> },
            { path: "returns", element: <ReturnsPage /> },
            { path: "shipping", element: <ShippingPage /> },
            { path: "money", element: <MoneyPage /> },
            { path: "team", element: <TeamPage /> },
            { path: "requests", element: <RequestsPage /> },
            { path: "notifications", element: <NotificationsPage /> },
            { path: "settings", element: <SettingsPage /> },
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
