import type { Page } from "playwright-core"
import {
  AdminBrowser,
  launchAdminBrowser,
  logIn,
} from "./support/admin-browser"
import { MarketplaceApi } from "./support/marketplace-api"
import {
  ProductionServer,
  startProductionServer,
} from "./support/production-server"
import { PlacedGroup, placeOrderGroup } from "./support/storefront-checkout"

// Building the admin and seeding a database take minutes on a busy machine.
jest.setTimeout(20 * 60 * 1000)

type Seller = {
  id: string
  name: string
  status: string
  status_reason: string | null
}
type LedgerEntry = { type: string; reference: string; amount: number }

/**
 * The admin extensions in Chromium against the production build (`medusa build`, then
 * `medusa start` from .medusa/server) on a freshly migrated and seeded database.
 */
describe("marketplace admin in a browser (production build)", () => {
  let server: ProductionServer
  let browser: AdminBrowser
  let api: MarketplaceApi
  let page: Page
  let group: PlacedGroup

  const open = async (path: string, ready: string) => {
    await page.goto(`${server.url}/app${path}`)
    await page.getByTestId(ready).first().waitFor()
    await page.waitForLoadState("networkidle")
  }
  const expectNoProblems = () => expect(browser.take()).toEqual([])
  const sellerByHandle = async (handle: string) =>
    (
      await api.admin<{ sellers: Seller[] }>(
        "GET",
        `/admin/sellers?handle=${handle}`
      )
    ).sellers[0]
  const ledgerOf = async (sellerId: string) =>
    (
      await api.admin<{ ledger_entries: LedgerEntry[] }>(
        "GET",
        `/admin/sellers/${sellerId}/ledger?limit=100`
      )
    ).ledger_entries

  beforeAll(async () => {
    const started = Date.now()
    server = await startProductionServer()
    console.log(
      `[browser suite] production server ready: ${JSON.stringify(server.timings)}, ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
    api = new MarketplaceApi(server.url, server.publishableKey)
    await api.loginAdmin(server.admin)
    browser = await launchAdminBrowser()
    page = browser.page
    await logIn(page, server.url, server.admin)
    await page.getByRole("link", { name: "Sellers" }).waitFor()
    browser.take()
  })

  beforeEach(() => {
    browser?.take()
  })

  afterEach(async () => {
    // The page as the test left it, for a failure's diagnosis (not committed).
    const name = (expect.getState().currentTestName ?? "test")
      .replace(/\W+/g, "-")
      .slice(-80)
    await page
      ?.screenshot({
        path: `${server.logFile.replace(/server-\d+\.log$/, "")}last-${name}.png`,
      })
      .catch(() => undefined)
  })

  afterAll(async () => {
    if (browser) {
      console.log(
        `[browser suite] third-party URLs answered locally: ${JSON.stringify(browser.external())}`
      )
    }
    await browser?.close()
    await server?.stop()
  })

  it("opens the overview and every marketplace page without a console error or a failed request", async () => {
    for (const label of [
      "Marketplace",
      "Sellers",
      "Requests",
      "Commission",
      "Payouts",
      "Order groups",
      "Reviews",
    ]) {
      await expect(
        page.getByRole("link", { name: label, exact: true }).count()
      ).resolves.toBeGreaterThan(0)
    }
    await open("/marketplace", "sales-chart")
    await expect(
      page.getByTestId("overview-requests").textContent()
    ).resolves.toMatch(/Seller registration\s*1/)
    await browser.screenshot("overview")
    await open("/sellers", "sellers-list")
    await page.getByText("Nordic Knits").waitFor()
    await browser.screenshot("sellers")
    const nordic = await sellerByHandle("nordic-knits")
    await open(`/sellers/${nordic.id}`, "seller-general")
    await page
      .getByTestId("seller-products")
      .getByText("Merino beanie")
      .waitFor()
    await browser.screenshot("seller-detail", { fullPage: true })
    await open("/requests", "requests-list")
    await page.getByText("Pending Pottery").first().waitFor()
    await browser.screenshot("requests")
    await open("/commission", "commission-rules")
    await browser.screenshot("commission")
    await open("/payouts", "payouts-list")
    await open("/order-groups", "order-groups-list")
    await open("/reviews", "reviews-list")
    expectNoProblems()
  })

  it("approves the seed's pending seller through the Sellers page", async () => {
    await open("/sellers", "sellers-list")
    await page.getByRole("row", { name: /Pending Pottery/ }).click()
    await page.getByTestId("seller-action-approve").click()
    await page.getByRole("alertdialog").getByTestId("confirm-action").click()
    await page
      .getByTestId("seller-general")
      .getByText("Open", { exact: true })
      .waitFor()
    await browser.screenshot("seller-approved")
    expect((await sellerByHandle("pending-pottery")).status).toBe("open")
    expectNoProblems()
  })

  it("rejects a new registration with a note through the Requests page", async () => {
    const { seller } = await api.registerSeller(
      "Quokka Quilts",
      "owner@quokka-quilts.test",
      "quokka-password"
    )
    expect(seller.status).toBe("pending_approval")
    const note =
      "Your documents are incomplete: please register again with a tax id."

    await open("/requests", "requests-list")
    await page.getByRole("row", { name: /Quokka Quilts/ }).click()
    const drawer = page.getByTestId("request-drawer")
    await drawer.getByText("owner@quokka-quilts.test").waitFor()
    await drawer.locator("#review-note").fill(note)
    await browser.screenshot("request-drawer")
    await drawer.getByTestId("request-reject").click()
    await drawer.waitFor({ state: "detached" })
    await page.getByRole("row", { name: /Quokka Quilts.*Rejected/ }).waitFor()

    const { seller: rejected } = await api.admin<{ seller: Seller }>(
      "GET",
      `/admin/sellers/${seller.id}`
    )
    expect(rejected).toMatchObject({
      status: "terminated",
      status_reason: note,
    })
    expectNoProblems()
  })

  it("rejects a seeded review with a note through the Reviews page; the seller's rating drops", async () => {
    type Rating = { average: number; count: number }
    const sellerRating = async () =>
      (
        await api.store<{ seller: { rating: Rating } }>(
          "GET",
          "/store/sellers/casa-ceramica"
        )
      ).seller.rating
    // The seed's three seller reviews of Casa Ceramica: 5, 4, 4.
    expect(await sellerRating()).toEqual({ average: 4.33, count: 3 })

    await open("/reviews", "reviews-list")
    await page
      .getByRole("row", { name: /Published/ })
      .first()
      .waitFor()
    await browser.screenshot("reviews")
    const row = page.getByRole("row", { name: /4 \/ 5.*Seller.*Published/ })
    await row.first().click()
    const drawer = page.getByTestId("review-drawer")
    await drawer.getByTestId("review-reject").click()
    await drawer
      .getByRole("alert")
      .getByText("Write a note to tell the customer why.")
      .waitFor()
    await drawer
      .locator("#review-moderation-note")
      .fill("Mentions a competitor's shop.")
    await browser.screenshot("review-drawer")
    await drawer.getByTestId("review-reject").click()
    await drawer.waitFor({ state: "detached" })
    await page
      .getByRole("row", { name: /Rejected/ })
      .first()
      .waitFor()

    expect(await sellerRating()).toEqual({ average: 4.5, count: 2 })
    expectNoProblems()
  })

  it("creates a commission rule, shows the API's error beside the value, then edits and deletes it", async () => {
    await open("/commission", "commission-rules")
    await page.getByTestId("commission-create").click()
    const drawer = page.getByTestId("commission-rule-drawer")
    await drawer.locator("#name").fill("Browser rule")
    await drawer.locator("#value").fill("150")
    browser.allow(/^(POST|console) .*\/admin\/commission-rules$/)
    await drawer.getByTestId("commission-save").click()
    await expect(
      drawer.getByTestId("field-error-value").textContent()
    ).resolves.toMatch(/between 0 and 100/)
    await browser.screenshot("commission-form-error")

    await drawer.locator("#value").fill("12.5")
    await drawer.getByTestId("commission-save").click()
    await drawer.waitFor({ state: "detached" })
    const row = page.getByRole("row", { name: /Browser rule/ })
    await row.getByText("12.5 %").waitFor()
    const created = (
      await api.admin<{
        commission_rules: { id: string; name: string; value: number }[]
      }>("GET", "/admin/commission-rules?limit=100")
    ).commission_rules.find((rule) => rule.name === "Browser rule")
    expect(created?.value).toBe(12.5)

    await row.click()
    await drawer.locator("#value").fill("7.5")
    await drawer.getByTestId("commission-save").click()
    await drawer.waitFor({ state: "detached" })
    await page
      .getByRole("row", { name: /Browser rule/ })
      .getByText("7.5 %")
      .waitFor()
    expect(
      (
        await api.admin<{ commission_rule: { value: number } }>(
          "GET",
          `/admin/commission-rules/${created!.id}`
        )
      ).commission_rule.value
    ).toBe(7.5)

    await page
      .getByRole("row", { name: /Browser rule/ })
      .getByRole("button")
      .last()
      .click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: "Delete" })
      .click()
    await page
      .getByRole("row", { name: /Browser rule/ })
      .waitFor({ state: "detached" })
    const remaining = await api.admin<{ commission_rules: { id: string }[] }>(
      "GET",
      "/admin/commission-rules?limit=100"
    )
    expect(remaining.commission_rules.map((rule) => rule.id)).not.toContain(
      created!.id
    )
    expectNoProblems()
  })

  it("captures a store order group from its detail page, books the ledgers, and refunds one seller's order", async () => {
    const sellers = ["nordic-knits", "atelier-lumiere"].map((handle) => ({
      handle,
      email: `owner@${handle}.test`,
      password: server.sellerPassword,
    }))
    group = await placeOrderGroup(api, sellers, "browser-buyer@example.test")

    await open("/order-groups", "order-groups-list")
    await page.getByRole("row", { name: /browser-buyer@example\.test/ }).click()
    await page.getByTestId("order-group-detail").waitFor()
    await page.getByTestId("group-capture").click()
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: "Capture payment" })
      .click()
    await page
      .getByTestId("group-payment-status")
      .getByText("Captured")
      .waitFor()
    await browser.screenshot("order-group-captured")

    for (const order of group.orders) {
      const entries = await ledgerOf(order.seller_id)
      expect(
        entries
          .filter((entry) => entry.reference === order.id)
          .map((entry) => entry.type)
          .sort()
      ).toEqual(["commission", "sale"])
    }

    const refunded = group.orders[0]
    await page.getByTestId(`refund-${refunded.id}`).click()
    const drawer = page.getByTestId("refund-drawer")
    await drawer.locator("#amount").fill("5")
    await drawer.locator("#note").fill("Parcel lost in transit")
    await drawer.getByTestId("refund-confirm").click()
    await drawer.waitFor({ state: "detached" })
    await page.getByTestId("group-payment").getByText("Refunded").waitFor()
    const types = (await ledgerOf(refunded.seller_id)).map(
      (entry) => entry.type
    )
    expect(types).toEqual(
      expect.arrayContaining(["refund", "commission_reversal"])
    )
    const untouched = (await ledgerOf(group.orders[1].seller_id)).map(
      (entry) => entry.type
    )
    expect(untouched).not.toContain("refund")
    await browser.screenshot("order-group-detail")
    expectNoProblems()
  })

  it("shows the marketplace widgets on Medusa's order, product and customer pages", async () => {
    // The seller order the refund test left untouched: this test is about the widget.
    const order = group.orders[1]
    await open(`/orders/${order.id}`, "order-marketplace-widget")
    const widget = page.getByTestId("order-marketplace-widget")
    await widget
      .getByText("Nordic Knits")
      .or(widget.getByText("Atelier Lumière"))
      .first()
      .waitFor()
    await widget.getByText("sales · Each item").first().waitFor()
    await widget.scrollIntoViewIfNeeded()
    await browser.screenshot("widget-order")

    await open(`/products/${group.productIds[0]}`, "product-seller-widget")
    await page
      .getByTestId("product-seller-widget")
      .getByText("Nordic Knits")
      .waitFor()
    await page.getByTestId("product-seller-widget").scrollIntoViewIfNeeded()
    await browser.screenshot("widget-product")

    const { order_group } = await api.admin<{
      order_group: { customer_id: string }
    }>("GET", `/admin/order-groups/${group.id}`)
    await open(
      `/customers/${order_group.customer_id}`,
      "customer-order-groups-widget"
    )
    await page
      .getByTestId("customer-order-groups-widget")
      .getByText("Nordic Knits, Atelier Lumière")
      .waitFor()
    await page
      .getByTestId("customer-order-groups-widget")
      .scrollIntoViewIfNeeded()
    await browser.screenshot("widget-customer")
    expectNoProblems()
  })

  it("runs payouts from the Payouts page and marks one paid", async () => {
    await open("/payouts", "payouts-list")
    await page.getByTestId("payouts-run").click()
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: "Run payouts now" })
      .click()
    await page
      .getByRole("row", { name: /Processing/ })
      .first()
      .waitFor()
    const { payouts, count } = await api.admin<{
      payouts: { id: string; seller_id: string; status: string }[]
      count: number
    }>("GET", "/admin/payouts?limit=50")
    // Both sellers of the captured group have a payable balance (one less its partial refund).
    expect(count).toBe(2)
    expect(new Set(payouts.map((payout) => payout.seller_id))).toEqual(
      new Set(group.orders.map((order) => order.seller_id))
    )
    await browser.screenshot("payouts")

    await page
      .getByRole("row", { name: /Processing/ })
      .first()
      .click()
    await page.getByTestId("payout-detail").waitFor()
    await page.getByTestId("payout-mark-paid").click()
    await page
      .getByRole("alertdialog")
      .locator("#action-note")
      .fill("BANK-2024-001")
    await page.getByRole("alertdialog").getByTestId("confirm-action").click()
    await page
      .getByTestId("payout-detail")
      .getByText("Paid", { exact: true })
      .waitFor()
    await browser.screenshot("payout-detail")
    const paid = (
      await api.admin<{
        payouts: { status: string; provider_reference: string | null }[]
      }>("GET", "/admin/payouts?status=paid")
    ).payouts
    expect(paid).toEqual([
      expect.objectContaining({
        status: "paid",
        provider_reference: "BANK-2024-001",
      }),
    ])

    await open("/marketplace", "sales-chart")
    await expect(
      page.getByTestId("overview-payouts").textContent()
    ).resolves.toMatch(/in progress/i)
    await browser.screenshot("overview")
    expectNoProblems()
  })
})
