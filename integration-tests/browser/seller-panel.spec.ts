import type { Page } from "playwright-core"
import { AdminBrowser, launchAdminBrowser } from "./support/admin-browser"
import { MarketplaceApi } from "./support/marketplace-api"
import {
  ProductionServer,
  startProductionServer,
} from "./support/production-server"
import {
  logInToPanel,
  logOutOfPanel,
  openPanel,
  SMALL_PNG,
} from "./support/seller-panel"
import { PlacedGroup, placeOrderGroup } from "./support/storefront-checkout"

// Building and seeding take minutes on a busy machine.
jest.setTimeout(20 * 60 * 1000)

const SHOP = {
  name: "Fjord Felt",
  handle: "fjord-felt",
  email: "owner@fjord-felt.test",
  password: "fjord-felt-password",
  /** Set through the password reset test. */
  newPassword: "fjord-felt-new-password",
}
const PRODUCT = "Felted wool slippers"
const MEMBER = {
  email: "packer@fjord-felt.test",
  password: "packer-password",
}

type VendorOrder = {
  id: string
  display_id: number
  fulfillments: {
    shipped_at: string | null
    labels: { tracking_number: string }[]
  }[]
}

/**
 * The seller panel in Chromium against the production build (`npm run build`), with
 * product publications approved automatically: a seller signs up, waits for approval,
 * lists a product, fulfils and ships its part of a split order, sees the money, runs its
 * team — and another seller sees none of it.
 */
describe("seller panel in a browser (production build)", () => {
  let server: ProductionServer
  let browser: AdminBrowser
  let api: MarketplaceApi
  let page: Page
  let sellerId: string
  let productId: string
  let group: PlacedGroup

  const expectNoProblems = () => expect(browser.take()).toEqual([])
  const open = (path: string, ready: string) =>
    openPanel(page, server.url, path, ready)
  const sellerToken = () => api.sellerToken(SHOP.email, SHOP.password)

  beforeAll(async () => {
    const started = Date.now()
    server = await startProductionServer({ PRODUCT_APPROVAL: "auto" })
    console.log(
      `[browser suite] seller panel server ready: ${JSON.stringify(server.timings)}, ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
    api = new MarketplaceApi(server.url, server.publishableKey)
    await api.loginAdmin(server.admin)
    browser = await launchAdminBrowser()
    page = browser.page
  })

  beforeEach(() => {
    browser?.take()
  })

  afterEach(async () => {
    const name = (expect.getState().currentTestName ?? "test")
      .replace(/\W+/g, "-")
      .slice(-80)
    await page
      ?.screenshot({
        path: `${server.logFile.replace(/server-\d+\.log$/, "")}panel-last-${name}.png`,
      })
      .catch(() => undefined)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it("serves the panel at /seller with long-cached hashed assets, and leaves /vendor alone", async () => {
    const index = await fetch(`${server.url}/seller/orders/anything`)
    expect(index.status).toBe(200)
    expect(index.headers.get("cache-control")).toBe("no-cache")
    const html = await index.text()
    const asset = /\/seller\/assets\/[\w.-]+\.js/.exec(html)?.[0]
    expect(asset).toBeDefined()
    const script = await fetch(`${server.url}${asset}`)
    expect(script.status).toBe(200)
    expect(script.headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable"
    )
    expect(
      (await fetch(`${server.url}/seller/assets/missing-0000.js`)).status
    ).toBe(404)
    const vendor = await fetch(`${server.url}/vendor/sellers/me`)
    expect(vendor.status).toBe(401)
    expect(await vendor.json()).toMatchObject({ type: "unauthorized" })
  })

  it("signs a new seller up to the pending screen; once an admin approves it, the seller logs in to the home page", async () => {
    await page.goto(`${server.url}/seller/sign-up`)
    await page.getByLabel("Shop name").fill(SHOP.name)
    await page.getByLabel("Your name").fill("Frida Fjord")
    await page.getByLabel("Email").fill(SHOP.email)
    await page.getByLabel("Password").fill("short")
    await page.getByRole("button", { name: "Create shop" }).click()
    await expect(
      page.getByTestId("field-error-password").textContent()
    ).resolves.toBe("At least 8 characters")
    await page.getByLabel("Password").fill(SHOP.password)
    await browser.screenshot("seller-panel-sign-up")
    await page.getByRole("button", { name: "Create shop" }).click()
    const pending = page.getByTestId("seller-status-screen")
    await pending.getByText("Your shop is waiting for approval").waitFor()
    await browser.screenshot("seller-panel-pending")

    const { sellers } = await api.admin<{ sellers: { id: string }[] }>(
      "GET",
      `/admin/sellers?handle=${SHOP.handle}`
    )
    sellerId = sellers[0].id
    await api.admin("POST", `/admin/sellers/${sellerId}/approve`, {})

    await pending.getByRole("button", { name: "Log out" }).click()
    await page.waitForURL(/\/seller\/login/)
    await page.getByLabel("Email").fill(SHOP.email)
    await page.getByLabel("Password").fill("wrong-password")
    browser.allow(/POST \S+\/auth\/seller\/emailpass$/)
    browser.allow(/console \S+\/auth\/seller\/emailpass$/)
    await page.getByRole("button", { name: "Log in" }).click()
    await page.getByTestId("form-error").waitFor()
    browser.take()
    await browser.screenshot("seller-panel-login")
    await page.getByLabel("Password").fill(SHOP.password)
    await page.getByRole("button", { name: "Log in" }).click()
    await page.getByTestId("home-orders-to-fulfil").waitFor()
    await page.getByText(`Welcome, ${SHOP.name}`).waitFor()
    await page.waitForLoadState("networkidle")
    await browser.screenshot("seller-panel-home")
    expectNoProblems()
  })

  it("sets up shipping, then creates a product with two variants, prices, stock and an uploaded image that the store lists", async () => {
    await open("/shipping", "stock-locations")
    await page
      .getByLabel("Name", { exact: true })
      .first()
      .fill("Bergen workshop")
    await page.getByLabel("Address").fill("Bryggen 1")
    await page.getByLabel("City").fill("Bergen")
    await page.getByLabel("Country code").fill("no")
    await page.getByRole("button", { name: "Add location" }).click()
    await page
      .getByTestId("stock-locations")
      .getByText("Bergen workshop")
      .waitFor()
    await page.locator("#option-name").fill("Standard delivery")
    await page.locator("#option-price-0-amount").fill("4.5")
    await page.getByRole("button", { name: "Add", exact: true }).click()
    await page
      .getByTestId("shipping-options")
      .getByText("Standard delivery")
      .waitFor()
    await browser.screenshot("seller-panel-shipping")

    await open("/products", "product-list")
    await page.getByText("No products yet").waitFor()
    await page.getByRole("link", { name: "Create" }).click()
    await page.getByLabel("Title").fill(PRODUCT)
    await page.getByLabel("Description").fill("Hand-felted Norwegian wool.")
    await page.locator("#images").setInputFiles({
      name: "slippers.png",
      mimeType: "image/png",
      buffer: SMALL_PNG,
    })
    await page.getByTestId("uploaded-images").locator("img").waitFor()
    for (const [index, [size, price, stock]] of [
      ["S", "39", "5"],
      ["M", "42", "3"],
    ].entries()) {
      await page.locator(`#variant-${index}-value`).fill(size)
      await page.locator(`#variant-${index}-amount`).fill(price)
      await page.locator(`#variant-${index}-stock`).fill(stock)
    }
    await browser.screenshot("seller-panel-product-create", { fullPage: true })
    await page.getByRole("button", { name: "Create product" }).click()
    await page.getByTestId("product-detail").waitFor()
    productId = /\/products\/(prod_\w+)/.exec(page.url())![1]
    await page
      .getByTestId("product-variants")
      .getByText(/5 in stock/)
      .waitFor()
    await page
      .getByTestId("product-variants")
      .getByText(/3 in stock/)
      .waitFor()
    await page.getByText("Published", { exact: true }).waitFor()
    await page.waitForLoadState("networkidle")
    await browser.screenshot("seller-panel-product-detail", { fullPage: true })

    const { products } = await api.store<{
      products: { id: string; variants: { calculated_price?: unknown }[] }[]
    }>("GET", `/store/products?id=${productId}`)
    expect(products).toHaveLength(1)
    expect(products[0].variants).toHaveLength(2)

    await open("/products", "product-list")
    await page.getByRole("row", { name: new RegExp(PRODUCT) }).waitFor()
    await browser.screenshot("seller-panel-products")
    expectNoProblems()
  })

  it("shows a split order on the Orders page; the seller fulfils and ships it; after the admin's capture the Money page shows the sale and commission", async () => {
    group = await placeOrderGroup(
      api,
      [
        { handle: SHOP.handle, email: SHOP.email, password: SHOP.password },
        {
          handle: "nordic-knits",
          email: "owner@nordic-knits.test",
          password: server.sellerPassword,
        },
      ],
      "panel-buyer@example.test"
    )
    const order = group.orders.find((o) => o.seller_id === sellerId)!
    expect(group.orders).toHaveLength(2)

    await open("/orders", "order-list")
    await page.getByRole("row", { name: /panel-buyer@example\.test/ }).click()
    await page.getByTestId("order-detail").waitFor()
    await page.getByText(`Order #${order.display_id}`).waitFor()
    await page.getByRole("button", { name: "Fulfil items" }).click()
    await page.getByTestId("fulfillment-state").getByText("Packed").waitFor()
    await page.getByLabel("Tracking number").fill("NO-123456")
    await page.getByRole("button", { name: "Ship" }).click()
    await page.getByTestId("fulfillment-state").getByText("Shipped").waitFor()
    await page.waitForLoadState("networkidle")
    await browser.screenshot("seller-panel-order-detail", { fullPage: true })

    const { order: shipped } = await api.request<{ order: VendorOrder }>(
      "GET",
      `/vendor/orders/${order.id}`,
      { token: await sellerToken() }
    )
    expect(shipped.fulfillments).toHaveLength(1)
    expect(shipped.fulfillments[0].shipped_at).not.toBeNull()
    expect(shipped.fulfillments[0].labels[0].tracking_number).toBe("NO-123456")

    await open("/orders", "order-list")
    await browser.screenshot("seller-panel-orders")

    await api.admin("POST", `/admin/order-groups/${group.id}/capture`, {})
    await open("/money", "money-ledger")
    const ledger = page.getByTestId("money-ledger")
    await ledger.getByRole("cell", { name: "Sale", exact: true }).waitFor()
    await ledger
      .getByRole("cell", { name: "Commission", exact: true })
      .waitFor()
    await page
      .getByTestId("money-commission")
      .getByText(order.id)
      .first()
      .waitFor()
    await page.getByTestId("money-balance").getByText("Available").waitFor()
    await page.waitForLoadState("networkidle")
    await browser.screenshot("seller-panel-money", { fullPage: true })
    expectNoProblems()
  })

  it("invites a member who joins through the emailed panel link; removing the member ends the member's session", async () => {
    await open("/team", "team-members")
    await page.getByLabel("Email").fill(MEMBER.email)
    await page.getByRole("button", { name: "Invite" }).click()
    await page.getByTestId("team-invites").getByText(MEMBER.email).waitFor()
    await browser.screenshot("seller-panel-team")

    const inviteUrl = await waitForEmailedUrl(
      api,
      "seller.member_invited",
      MEMBER.email,
      "invite_url"
    )
    expect(inviteUrl.startsWith(`http://localhost:`)).toBe(true)
    const member = await launchAdminBrowser()
    try {
      const link = new URL(inviteUrl)
      await member.page.goto(`${server.url}${link.pathname}${link.search}`)
      await member.page.getByLabel("Your name").fill("Per Packer")
      await expect(member.page.getByLabel("Email").inputValue()).resolves.toBe(
        MEMBER.email
      )
      await member.page.getByLabel("Password").fill(MEMBER.password)
      await member.screenshot("seller-panel-accept-invite")
      await member.page
        .getByRole("button", { name: "Accept invitation" })
        .click()
      await member.page.getByTestId("home-orders-to-fulfil").waitFor()
      // A member sees no balance and no team management.
      await expect(
        member.page.getByTestId("home-available").count()
      ).resolves.toBe(0)
      expect(member.take()).toEqual([])

      await page.reload()
      const row = page
        .getByTestId("team-members")
        .getByRole("row", { name: new RegExp(MEMBER.email) })
      await row.getByRole("button", { name: "Remove" }).click()
      await page
        .getByRole("alertdialog")
        .getByRole("button", { name: "Remove" })
        .click()
      await row.waitFor({ state: "detached" })

      member.allow(/GET \S+\/vendor\/\S+/)
      member.allow(/console \S+\/vendor\/\S+/)
      await member.page
        .getByRole("link", { name: "Orders", exact: true })
        .click()
      await member.page.waitForURL(/\/seller\/login\?session=ended/)
      await member.page.getByText("Your session ended. Log in again.").waitFor()
      await expect(
        api
          .sellerToken(MEMBER.email, MEMBER.password)
          .then((token) => api.request("GET", "/vendor/sellers/me", { token }))
      ).rejects.toThrow(/401/)
    } finally {
      await member.close()
    }
    expectNoProblems()
  })

  it("shows another seller none of the first seller's products, orders or money", async () => {
    const order = group.orders.find((o) => o.seller_id === sellerId)!
    await logOutOfPanel(page)
    await logInToPanel(page, server.url, {
      email: "owner@nordic-knits.test",
      password: server.sellerPassword,
    })
    await open("/products", "product-list")
    await expect(page.getByText(PRODUCT).count()).resolves.toBe(0)
    await open(`/products?q=${encodeURIComponent("Felted")}`, "product-list")
    await page.getByText("No results").waitFor()
    await open("/orders", "order-list")
    await expect(
      page
        .getByRole("row", { name: new RegExp(`#${order.display_id}\\b`) })
        .count()
    ).resolves.toBe(
      // The other seller's own part of the same group may share the display id only by chance.
      group.orders.filter(
        (o) => o.seller_id !== sellerId && o.display_id === order.display_id
      ).length
    )
    await open("/money", "money-ledger")
    await expect(page.getByText(order.id).count()).resolves.toBe(0)

    browser.allow(new RegExp(`GET \\S+/vendor/(orders|products)/`))
    browser.allow(new RegExp(`console \\S+/vendor/(orders|products)/`))
    await page.goto(`${server.url}/seller/orders/${order.id}`)
    await page
      .getByTestId("error-state")
      .getByText(/not found/i)
      .waitFor()
    await page.goto(`${server.url}/seller/products/${productId}`)
    await page
      .getByTestId("error-state")
      .getByText(/not found/i)
      .waitFor()
    await browser.screenshot("seller-panel-isolation")
    browser.take()
  })

  it("opens returns, requests, notifications, store settings and password reset without errors", async () => {
    await open("/returns", "returns-list")
    await browser.screenshot("seller-panel-returns")
    await open("/requests", "requests-list")
    await page.locator("#request-name").fill("Felt goods")
    await page.getByRole("button", { name: "Send" }).click()
    await page.getByTestId("requests-list").getByText("Felt goods").waitFor()
    await browser.screenshot("seller-panel-requests")
    await open("/notifications", "notifications-list")
    await browser.screenshot("seller-panel-notifications")
    await open("/settings", "settings-profile")
    await page.getByLabel("Country code").fill("norway")
    browser.allow(/POST \S+\/vendor\/sellers\/me$/)
    browser.allow(/console \S+\/vendor\/sellers\/me$/)
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByTestId("field-error-country_code").waitFor()
    await browser.screenshot("seller-panel-settings", { fullPage: true })
    browser.take()
    await logOutOfPanel(page)
    await page.goto(`${server.url}/seller/reset-password`)
    await page.getByLabel("Email").fill(SHOP.email)
    await page.getByRole("button", { name: "Send reset link" }).click()
    await page.getByRole("status").waitFor()
    await browser.screenshot("seller-panel-reset-password")

    const resetUrl = new URL(
      await waitForEmailedUrl(
        api,
        "auth.password_reset",
        SHOP.email,
        "reset_url"
      )
    )
    await page.goto(`${server.url}${resetUrl.pathname}${resetUrl.search}`)
    await page.getByLabel("New password").fill(SHOP.newPassword)
    await page.getByRole("button", { name: "Set password" }).click()
    await page.getByText("Your password is changed").waitFor()
    await logInToPanel(page, server.url, {
      email: SHOP.email,
      password: SHOP.newPassword,
    })
    expectNoProblems()
  })

  /** A fresh session as the seed's Casa Cerámica owner (its reviews and products). */
  const logInAsSeedSeller = async () => {
    const casa = {
      email: "owner@casa-ceramica.test",
      password: server.sellerPassword,
    }
    await page.goto(`${server.url}/seller/login`)
    await page.evaluate(() => window.localStorage.clear())
    await logInToPanel(page, server.url, casa)
    return casa
  }

  it("shows the seed's reviews on the Reviews page; the seller replies (the API has the reply) and asks for a removal", async () => {
    const casa = await logInAsSeedSeller()
    await page.getByRole("link", { name: "Reviews" }).click()
    const list = page.getByTestId("reviews-list")
    await list.getByText("Lovely glaze").first().waitFor()
    // Maya rated the shop and its product with the same words: the first row is the newer one.
    await list
      .getByRole("row", { name: /Lovely glaze/ })
      .first()
      .click()
    const drawer = page.getByTestId("review-drawer")
    const reply = drawer.getByLabel("Reply")

    // Blank after trimming: the API's validation message appears beside the field.
    browser.allow(/POST \S+\/vendor\/reviews\/rev_\w+\/reply$/)
    browser.allow(/console \S+\/vendor\/reviews\/rev_\w+\/reply$/)
    await reply.fill("   ")
    await drawer.getByRole("button", { name: "Publish reply" }).click()
    await drawer.getByTestId("field-error-review-reply").waitFor()
    browser.take()

    await reply.fill("Thank you, Maya! The glaze is fired twice.")
    await drawer.getByRole("button", { name: "Publish reply" }).click()
    await drawer.getByRole("button", { name: "Update reply" }).waitFor()
    await browser.screenshot("seller-panel-review-reply")
    await drawer.getByLabel("Reason").fill("Mentions another customer by name")
    await drawer.getByRole("button", { name: "Request removal" }).click()
    const toast = page.getByText("Removal requested")
    await toast.waitFor()
    await toast.waitFor({ state: "hidden", timeout: 15_000 })
    await page.keyboard.press("Escape")
    await list.getByText(/The glaze is fired twice/).waitFor()
    await page.waitForLoadState("networkidle")
    await browser.screenshot("seller-panel-reviews")

    const token = await api.sellerToken(casa.email, casa.password)
    const { reviews } = await api.request<{
      reviews: {
        id: string
        title: string | null
        seller_reply: string | null
      }[]
    }>("GET", "/vendor/reviews?limit=50", { token })
    const replied = reviews.filter((review) => review.seller_reply)
    expect(replied).toEqual([
      expect.objectContaining({
        title: "Lovely glaze",
        seller_reply: "Thank you, Maya! The glaze is fired twice.",
      }),
    ])
    const { requests } = await api.request<{
      requests: { type: string; payload: { review_id: string } }[]
    }>("GET", "/vendor/requests?type=review_removal", { token })
    expect(requests.map((request) => request.payload.review_id)).toEqual([
      replied[0].id,
    ])
    expectNoProblems()
  })

  it("edits a seed product's title and description in the panel; the API has the new values", async () => {
    const casa = await logInAsSeedSeller()
    await open(
      `/products?q=${encodeURIComponent("Terracotta")}`,
      "product-list"
    )
    await page
      .getByRole("row", { name: /Terracotta bowl/ })
      .first()
      .click()
    const form = page.getByTestId("product-edit-form")
    await form.waitFor()
    await form.getByLabel("Title", { exact: true }).fill("")
    await form.getByRole("button", { name: "Save details" }).click()
    await expect(
      form.getByTestId("field-error-product-title").textContent()
    ).resolves.toBe("Enter a title")
    await form
      .getByLabel("Title", { exact: true })
      .fill("Terracotta serving bowl")
    await form.getByLabel("Description").fill("Hand-thrown, glazed twice.")
    await form.getByRole("button", { name: "Save details" }).click()
    await page
      .getByTestId("product-detail")
      .getByRole("heading", { name: "Terracotta serving bowl" })
      .waitFor()
    await page.waitForLoadState("networkidle")
    await browser.screenshot("seller-panel-product-edit", { fullPage: true })

    const id = new URL(page.url()).pathname.split("/").pop()!
    const { product } = await api.request<{
      product: { title: string; description: string | null }
    }>("GET", `/vendor/products/${id}`, {
      token: await api.sellerToken(casa.email, casa.password),
    })
    expect(product).toMatchObject({
      title: "Terracotta serving bowl",
      description: "Hand-thrown, glazed twice.",
    })
    expectNoProblems()
  })

  /**
   * The daily operations: the seller of the first test runs its orders (after-sales, the
   * date filter), its shipping set-up, its team's roles and its notifications.
   */
  describe("daily operations", () => {
    const shop = { email: SHOP.email, password: SHOP.newPassword }
    const HELPER = {
      email: "helper@fjord-felt.test",
      password: "helper-password",
    }
    const day = (offsetDays: number) =>
      new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
    const ownerToken = () => api.sellerToken(shop.email, shop.password)
    let second: PlacedGroup

    /** The member's unread count as the API has it. */
    const unread = async (credentials: { email: string; password: string }) =>
      (
        await api.request<{ unread_count: number }>(
          "GET",
          "/vendor/notifications?limit=1",
          {
            token: await api.sellerToken(
              credentials.email,
              credentials.password
            ),
          }
        )
      ).unread_count

    const logInAs = async (credentials: {
      email: string
      password: string
    }) => {
      await page.goto(`${server.url}/seller/login`)
      await page.evaluate(() => window.localStorage.clear())
      await logInToPanel(page, server.url, credentials)
    }

    it("narrows the orders list by creation date, and cancels an unfulfilled order (the API has it canceled)", async () => {
      second = await placeOrderGroup(
        api,
        [{ handle: SHOP.handle, ...shop }],
        "second-buyer@example.test"
      )
      const order = second.orders[0]
      await logInAs(shop)
      await open("/orders", "order-list")
      const rows = page.getByTestId("order-list").locator("tbody tr")
      await page
        .getByRole("row", { name: /second-buyer@example\.test/ })
        .waitFor()
      await expect(rows.count()).resolves.toBe(2)
      await page.getByLabel("Created from").fill(day(1))
      await page.getByText("No orders in these dates").waitFor()
      expect(page.url()).toContain(`created_from=${day(1)}`)
      await page.getByLabel("Created from").fill(day(0))
      await page.getByLabel("Created to").fill(day(0))
      await page
        .getByRole("row", { name: /second-buyer@example\.test/ })
        .waitFor()
      await expect(rows.count()).resolves.toBe(2)
      await page.waitForLoadState("networkidle")
      await browser.screenshot("seller-panel-orders-date-filter")
      const { count } = await api.request<{ count: number }>(
        "GET",
        `/vendor/orders?created_at[$gte]=${day(1)}`,
        { token: await ownerToken() }
      )
      expect(count).toBe(0)

      await page
        .getByRole("row", { name: /second-buyer@example\.test/ })
        .click()
      await page.getByText(`Order #${order.display_id}`).waitFor()
      await page.getByRole("button", { name: "Cancel order" }).click()
      await page
        .getByRole("alertdialog")
        .getByRole("button", { name: "Cancel order" })
        .click()
      await page.getByText("Order canceled").first().waitFor()
      const { order: canceled } = await api.request<{
        order: { status: string }
      }>("GET", `/vendor/orders/${order.id}`, { token: await ownerToken() })
      expect(canceled.status).toBe("canceled")
      expectNoProblems()
    })

    it("marks the shipped order delivered, refunds part of its captured payment and receives its return (the API has each)", async () => {
      const order = group.orders.find((o) => o.seller_id === sellerId)!
      await open(`/orders/${order.id}`, "order-detail")
      await page.getByRole("button", { name: "Mark delivered" }).click()
      await page
        .getByTestId("fulfillment-state")
        .getByText("Delivered")
        .waitFor()
      await page.getByLabel(/Refund amount/).fill("5")
      await page.getByRole("button", { name: "Refund", exact: true }).click()
      await page.getByText("Refunded", { exact: true }).first().waitFor()
      await page.getByRole("button", { name: "Open return" }).click()
      await page.waitForURL(/\/seller\/returns/)
      const row = page
        .getByTestId("returns-list")
        .getByRole("row", { name: new RegExp(`#${order.display_id}\\b`) })
      await row.getByRole("button", { name: "Receive" }).click()
      await page.getByText("Received and refunded").first().waitFor()
      await row.getByText("Received").waitFor()
      await page.waitForLoadState("networkidle")
      await browser.screenshot("seller-panel-return-received")

      const token = await ownerToken()
      const { order: after } = await api.request<{
        order: { fulfillments: { delivered_at: string | null }[] }
      }>("GET", `/vendor/orders/${order.id}`, { token })
      expect(after.fulfillments[0].delivered_at).not.toBeNull()
      const { returns } = await api.request<{ returns: { status: string }[] }>(
        "GET",
        `/vendor/returns?order_id=${order.id}`,
        { token }
      )
      expect(returns.map((r) => r.status)).toEqual(["received"])
      const { ledger_entries } = await api.request<{
        ledger_entries: { type: string; reference: string; amount: number }[]
      }>("GET", "/vendor/ledger?type=refund&limit=50", { token })
      const refunds = ledger_entries.filter((entry) =>
        entry.reference.startsWith(`${order.id}/`)
      )
      expect(refunds).toHaveLength(2)
      expect(refunds.map((entry) => Number(entry.amount))).toContain(-5)
      expectNoProblems()
    })

    it("edits a stock location's name and address and a shipping option's name and price, and deletes a location after confirming (the API has them)", async () => {
      await api.request("POST", "/vendor/stock-locations", {
        token: await ownerToken(),
        body: { name: "Oslo pop-up" },
      })
      await open("/shipping", "stock-locations")
      await page.getByRole("button", { name: "Delete Oslo pop-up" }).click()
      const prompt = page.getByRole("alertdialog")
      await prompt.getByText("Delete Oslo pop-up?").waitFor()
      await browser.screenshot("seller-panel-location-delete")
      await prompt.getByRole("button", { name: "Delete" }).click()
      await page
        .getByTestId("stock-locations")
        .getByRole("row", { name: /Oslo pop-up/ })
        .waitFor({ state: "detached" })

      await page.getByRole("button", { name: "Edit Bergen workshop" }).click()
      const locationDrawer = page.getByTestId("location-drawer")
      await locationDrawer.getByLabel("Name").fill("Bergen harbour workshop")
      await locationDrawer.getByLabel("Address").fill("Bryggen 7")
      await locationDrawer
        .getByRole("button", { name: "Save location" })
        .click()
      await locationDrawer.waitFor({ state: "detached" })
      await page
        .getByTestId("stock-locations")
        .getByText("Bryggen 7, Bergen, NO")
        .waitFor()
      await page.getByRole("button", { name: "Edit Standard delivery" }).click()
      const optionDrawer = page.getByTestId("shipping-option-drawer")
      await optionDrawer.getByLabel("Name").fill("Tracked delivery")
      await optionDrawer.getByLabel("Price (EUR)").fill("5.25")
      await browser.screenshot("seller-panel-shipping-edit")
      await optionDrawer.getByRole("button", { name: "Save option" }).click()
      await optionDrawer.waitFor({ state: "detached" })
      await page
        .getByTestId("shipping-options")
        .getByText("Tracked delivery")
        .waitFor()

      const token = await ownerToken()
      const { stock_locations } = await api.request<{
        stock_locations: { name: string; address: { address_1: string } }[]
      }>("GET", "/vendor/stock-locations", { token })
      expect(stock_locations).toEqual([
        expect.objectContaining({
          name: "Bergen harbour workshop",
          address: expect.objectContaining({ address_1: "Bryggen 7" }),
        }),
      ])
      const { shipping_options } = await api.request<{
        shipping_options: {
          name: string
          prices: { currency_code: string; amount: number }[]
        }[]
      }>("GET", "/vendor/shipping-options", { token })
      expect(shipping_options).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: "Tracked delivery",
            prices: [
              expect.objectContaining({ currency_code: "eur", amount: 5.25 }),
            ],
          }),
        ])
      )
      expectNoProblems()
    })

    it("counts unread notifications on the server: reading the feed drops the member's count on the home page to zero", async () => {
      const before = await unread(shop)
      expect(before).toBeGreaterThan(0)
      await open("/", "home-unread")
      await page
        .getByTestId("home-unread")
        .getByText(String(before), { exact: true })
        .waitFor()
      await open("/notifications", "notifications-list")
      await page
        .getByTestId("notifications-list")
        .getByText("New")
        .first()
        .waitFor()
      await page.waitForLoadState("networkidle")
      await browser.screenshot("seller-panel-notifications-unread")
      await page.getByRole("link", { name: "Home" }).click()
      await page
        .getByTestId("home-unread")
        .getByText("0", { exact: true })
        .waitFor()
      expect(await unread(shop)).toBe(0)
      expectNoProblems()
    })

    it("changes a member's role; an owner's own demotion is refused with the API's message; an admin is offered no owner role", async () => {
      const token = await ownerToken()
      await api.request("POST", "/vendor/invites", {
        token,
        body: { email: HELPER.email, role: "member" },
      })
      const invite = new URL(
        await waitForEmailedUrl(
          api,
          "seller.member_invited",
          HELPER.email,
          "invite_url"
        )
      )
      const registration = await api.request<{ token: string }>(
        "POST",
        "/auth/seller/emailpass/register",
        { body: HELPER }
      )
      await api.request("POST", "/vendor/invites/accept", {
        token: registration.token,
        body: { token: invite.searchParams.get("token"), name: "Hilde Helper" },
      })

      await open("/team", "team-members")
      await page
        .getByRole("combobox", { name: `Role of ${HELPER.email}` })
        .click()
      await page.getByRole("option", { name: "Admin" }).click()
      await page.getByText(`${HELPER.email} is now Admin`).waitFor()
      browser.allow(/POST \S+\/vendor\/members\/mem_\w+$/)
      browser.allow(/console \S+\/vendor\/members\/mem_\w+$/)
      const own = page.getByRole("combobox", { name: `Role of ${SHOP.email}` })
      await own.click()
      await page.getByRole("option", { name: "Member" }).click()
      await page.getByText("The last owner cannot be demoted").first().waitFor()
      await expect(own.textContent()).resolves.toBe("Owner")
      await browser.screenshot("seller-panel-team-roles")
      browser.take()
      const { members } = await api.request<{
        members: { email: string; role: string }[]
      }>("GET", "/vendor/members", { token })
      expect(Object.fromEntries(members.map((m) => [m.email, m.role]))).toEqual(
        { [SHOP.email]: "owner", [HELPER.email]: "admin" }
      )
      // The owner read the feed in the test before (the invitation came after); the admin
      // has read nothing: its count is its own.
      expect(await unread(HELPER)).toBeGreaterThan(await unread(shop))

      // The admin sees the owner's role without a select and cannot offer the owner role.
      await logInAs(HELPER)
      await open("/team", "team-members")
      await expect(
        page.getByRole("combobox", { name: `Role of ${SHOP.email}` }).count()
      ).resolves.toBe(0)
      await page
        .getByRole("combobox", { name: `Role of ${HELPER.email}` })
        .click()
      await page.getByRole("option", { name: "Member" }).waitFor()
      await expect(
        page.getByRole("option", { name: "Owner" }).count()
      ).resolves.toBe(0)
      await page.keyboard.press("Escape")
      expectNoProblems()
    })
  })

  describe("product catalogue", () => {
    it("files a seed product under a category, type and tags picked in the panel, adds an image as its thumbnail and edits its option; the API has them", async () => {
      const { product_category: category } = await api.admin<{
        product_category: { id: string }
      }>("POST", "/admin/product-categories", {
        name: "Tableware",
        is_active: true,
      })
      const { product_type: type } = await api.admin<{
        product_type: { id: string }
      }>("POST", "/admin/product-types", { value: "Stoneware" })
      const tagIds: string[] = []
      for (const value of ["oven-safe", "handmade"]) {
        const { product_tag } = await api.admin<{
          product_tag: { id: string }
        }>("POST", "/admin/product-tags", { value })
        tagIds.push(product_tag.id)
      }

      const casa = await logInAsSeedSeller()
      await open(
        `/products?q=${encodeURIComponent("Serving plate")}`,
        "product-list"
      )
      await page
        .getByRole("row", { name: /Serving plate/ })
        .first()
        .click()
      const organize = page.getByTestId("product-organize-form")
      await organize.waitFor()
      await organize.getByLabel("Search categories").fill("Table")
      await organize.getByLabel("Tableware", { exact: true }).click()
      await organize.getByLabel("Stoneware", { exact: true }).click()
      await organize.getByLabel("oven-safe", { exact: true }).click()
      await organize.getByLabel("handmade", { exact: true }).click()
      await organize.getByRole("button", { name: "Save organization" }).click()
      await page.getByText("Saved", { exact: true }).first().waitFor()

      const images = page.getByTestId("product-images")
      for (const [count, name] of [
        [1, "plate.png"],
        [2, "plate-side.png"],
      ] as const) {
        await images
          .locator("#images")
          .setInputFiles({ name, mimeType: "image/png", buffer: SMALL_PNG })
        await images
          .getByTestId("product-image")
          .nth(count - 1)
          .waitFor()
      }
      await images
        .getByRole("button", { name: "Use image 2 as thumbnail" })
        .click()
      await images
        .getByRole("button", { name: "Use image 1 as thumbnail" })
        .waitFor()

      // An empty option title is the API's 400, shown beside the field.
      browser.allow(/POST \S+\/vendor\/products\/prod_\w+$/)
      browser.allow(/console \S+\/vendor\/products\/prod_\w+$/)
      const option = page.getByTestId("product-option-form").first()
      await option.getByLabel("Option title").fill("")
      await option.getByRole("button", { name: "Save option" }).click()
      const titleError = option.locator(
        '[data-testid$="-title"][data-testid^="field-error-"]'
      )
      await expect(titleError.textContent()).resolves.toMatch(/title/)
      await titleError.scrollIntoViewIfNeeded()
      await browser.screenshot("seller-panel-product-option-error")
      browser.take()
      await option.getByLabel("Option title").fill("Surface")
      await option.getByLabel(/Values/).fill("Matte, Gloss")
      await option.getByRole("button", { name: "Save option" }).click()
      await page.getByText("Option saved").first().waitFor()
      await page.waitForLoadState("networkidle")
      await browser.screenshot("seller-panel-product-catalogue", {
        fullPage: true,
      })

      const id = new URL(page.url()).pathname.split("/").pop()!
      const { product } = await api.request<{
        product: {
          thumbnail: string | null
          type: { id: string } | null
          categories: { id: string }[]
          tags: { id: string }[]
          images: { url: string }[]
          options: { title: string; values: { value: string }[] }[]
        }
      }>("GET", `/vendor/products/${id}`, {
        token: await api.sellerToken(casa.email, casa.password),
      })
      expect(product.categories.map((c) => c.id)).toEqual([category.id])
      expect(product.type?.id).toBe(type.id)
      expect(product.tags.map((t) => t.id).sort()).toEqual(tagIds.sort())
      expect(product.images).toHaveLength(2)
      expect(product.thumbnail).toBe(product.images[1].url)
      expect(product.options).toEqual([
        expect.objectContaining({ title: "Surface" }),
      ])
      expect(product.options[0].values.map((v) => v.value).sort()).toEqual([
        "Gloss",
        "Matte",
      ])
      expectNoProblems()
    })

    it("adds a variant priced in EUR and USD, edits a price (the API's 400 beside the bad amount first), deletes it, and adds and removes an option; the API has each", async () => {
      const casa = await logInAsSeedSeller()
      const token = () => api.sellerToken(casa.email, casa.password)
      type Product = {
        options: { id: string; title: string; values: { value: string }[] }[]
        variants: {
          id: string
          title: string
          sku: string | null
          manage_inventory: boolean
          options: { value: string }[]
          prices: { currency_code: string; amount: number }[]
        }[]
      }
      const read = async (id: string) =>
        (
          await api.request<{ product: Product }>(
            "GET",
            `/vendor/products/${id}`,
            { token: await token() }
          )
        ).product
      const priced = (variant: Product["variants"][number]) =>
        variant.prices
          .map((price) => [price.currency_code, price.amount])
          .sort()

      await open(
        `/products?q=${encodeURIComponent("Glazed mug")}`,
        "product-list"
      )
      await page
        .getByRole("row", { name: /Glazed mug/ })
        .first()
        .click()
      await page.getByTestId("product-variants").waitFor()
      const id = new URL(page.url()).pathname.split("/").pop()!

      // A third colour for the new variant.
      const colour = page.getByTestId("product-option-form").first()
      await colour.getByLabel(/Values/).fill("Azul, Blanco, Verde")
      await colour.getByRole("button", { name: "Save option" }).click()
      await page.getByText("Option saved").first().waitFor()

      const variants = page.getByTestId("product-variants")
      await variants.getByRole("button", { name: "Add variant" }).click()
      const drawer = page.getByTestId("variant-drawer")
      await drawer.getByLabel("Title").fill("Glazed mug Verde")
      await drawer.getByLabel("SKU").fill("casa-mug-verde")
      await drawer.getByRole("combobox", { name: "Colour" }).click()
      await page.getByRole("option", { name: "Verde" }).click()
      await drawer.locator("#variant-price-0-amount").fill("18")
      await drawer.getByRole("button", { name: "Add currency" }).click()
      await drawer.locator("#variant-price-1-currency").fill("usd")
      await drawer.getByLabel("Price (USD)").fill("20")
      await drawer.getByRole("button", { name: "Add variant" }).click()
      await drawer.waitFor({ state: "detached" })
      await variants.getByRole("row", { name: /Glazed mug Verde/ }).waitFor()
      let verde = (await read(id)).variants.find(
        (variant) => variant.title === "Glazed mug Verde"
      )!
      expect(verde).toMatchObject({
        sku: "casa-mug-verde",
        manage_inventory: true,
        options: [expect.objectContaining({ value: "Verde" })],
      })
      expect(priced(verde)).toEqual([
        ["eur", 18],
        ["usd", 20],
      ])

      // A negative amount is the API's 400, shown under that currency's amount.
      browser.allow(
        /POST \S+\/vendor\/products\/prod_\w+\/variants\/variant_\w+$/
      )
      browser.allow(
        /console \S+\/vendor\/products\/prod_\w+\/variants\/variant_\w+$/
      )
      await variants
        .getByRole("button", { name: "Edit Glazed mug Verde" })
        .click()
      await drawer.getByLabel("Price (EUR)").fill("-5")
      await drawer.getByRole("button", { name: "Save variant" }).click()
      const amountError = drawer.getByTestId(
        "field-error-variant-price-0-amount"
      )
      await expect(amountError.textContent()).resolves.toMatch(
        /prices, 0, amount/
      )
      await expect(
        drawer.getByTestId("field-error-variant-price-1-amount").count()
      ).resolves.toBe(0)
      await browser.screenshot("seller-panel-variant-edit")
      browser.take()
      await drawer.getByLabel("Price (EUR)").fill("19.5")
      await drawer.getByRole("button", { name: "Save variant" }).click()
      await drawer.waitFor({ state: "detached" })
      await variants.getByText(/19\.50/).waitFor()
      verde = (await read(id)).variants.find((v) => v.id === verde.id)!
      expect(priced(verde)).toEqual([
        ["eur", 19.5],
        ["usd", 20],
      ])

      await variants
        .getByRole("button", { name: "Delete Glazed mug Verde" })
        .click()
      await page
        .getByRole("alertdialog")
        .getByRole("button", { name: "Delete" })
        .click()
      await variants
        .getByRole("row", { name: /Glazed mug Verde/ })
        .waitFor({ state: "detached" })
      expect((await read(id)).variants.map((v) => v.id)).not.toContain(verde.id)

      const options = page.getByTestId("product-options")
      const added = options.getByTestId("product-option-add-form")
      await added.getByLabel("New option").fill("Gift box")
      await added.getByLabel(/Its values/).fill("Yes, No")
      await added.getByRole("button", { name: "Add option" }).click()
      await options.getByRole("button", { name: "Remove Gift box" }).waitFor()
      await page.waitForLoadState("networkidle")
      await options.scrollIntoViewIfNeeded()
      await browser.screenshot("seller-panel-product-options")
      const giftBox = (await read(id)).options.find(
        (option) => option.title === "Gift box"
      )
      expect(giftBox?.values.map((v) => v.value).sort()).toEqual(["No", "Yes"])

      await options.getByRole("button", { name: "Remove Gift box" }).click()
      await page
        .getByRole("alertdialog")
        .getByRole("button", { name: "Remove" })
        .click()
      await options
        .getByRole("button", { name: "Remove Gift box" })
        .waitFor({ state: "detached" })
      expect((await read(id)).options.map((o) => o.title)).toEqual(["Colour"])
      expectNoProblems()
    })
  })
})

/** A link from the newest email of this template to this address (Medusa's notification list). */
async function waitForEmailedUrl(
  api: MarketplaceApi,
  template: string,
  to: string,
  key: string
): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const { notifications } = await api.admin<{
      notifications: {
        to: string
        template: string
        data: Record<string, unknown> | null
      }[]
    }>("GET", "/admin/notifications?channel=email&limit=100&order=-created_at")
    const email = notifications.find(
      (n) => n.template === template && n.to === to && n.data?.[key]
    )
    if (email) {
      return String(email.data![key])
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no ${template} email to ${to}`)
}
