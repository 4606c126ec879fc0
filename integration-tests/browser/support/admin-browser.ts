import fs from "node:fs"
import path from "node:path"
import { Browser, BrowserContext, chromium, Page } from "playwright-core"

export const CHROMIUM = "/usr/bin/chromium"
const SCREENSHOTS = path.resolve(__dirname, "../../../docs/screenshots")

export type AdminBrowser = {
  page: Page
  /** Console errors, page errors, failed requests and 4xx/5xx answers seen since the last take(). */
  problems: () => string[]
  /** Returns the problems seen so far and starts a fresh list. */
  take: () => string[]
  /**
   * Answers matching this ("POST <url>", and "console <url>" for the console line Chromium
   * writes about them) are expected (a validation error the test provokes), not problems.
   */
  allow: (pattern: RegExp) => void
  /** Third-party URLs the pages asked for (answered locally). */
  external: () => string[]
  screenshot: (name: string, options?: { fullPage?: boolean }) => Promise<void>
  close: () => Promise<void>
}

/**
 * Debian's Chromium driven by playwright-core. The suite fails, never skips, when it is
 * missing (.ci/run installs it). Every request carries `X-Forwarded-Proto: https`, as a
 * TLS-terminating proxy in front of the production server would: the session cookie of a
 * production build is `Secure` and is only issued for HTTPS.
 */
export async function launchAdminBrowser(): Promise<AdminBrowser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`
    )
  }
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    extraHTTPHeaders: { "x-forwarded-proto": "https" },
    locale: "en-US",
    timezoneId: "UTC",
  })
  // Medusa's own pages load a few third-party assets (country flags from a CDN). The suite
  // runs offline: those are answered here, and listed, instead of failing the page.
  const external: string[] = []
  await context.route(
    (url) => !["127.0.0.1", "localhost"].includes(url.hostname),
    (route) => {
      external.push(route.request().url())
      const svg = route.request().url().endsWith(".svg")
      return route.fulfill({
        status: 200,
        contentType: svg ? "image/svg+xml" : "text/plain",
        body: svg
          ? '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>'
          : "",
      })
    }
  )
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)

  let seen: string[] = []
  const allowed: RegExp[] = []
  page.on("console", (message) => {
    // Chromium logs every 4xx answer as a console error too; an allowed one is not a problem.
    const url = message.location()?.url ?? ""
    if (
      message.type() === "error" &&
      !allowed.some((pattern) => pattern.test(`console ${url}`)) &&
      !isMedusaOrderPageMarkupWarning(message.text())
    ) {
      seen.push(`console: ${message.text()} ${url}`.trim())
    }
  })
  page.on("pageerror", (error) => seen.push(`page error: ${error.message}`))
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "failed"
    // A navigation cancels the previous page's requests; that is not a failure of the page.
    if (failure !== "net::ERR_ABORTED") {
      seen.push(
        `request failed: ${request.method()} ${request.url()} (${failure})`
      )
    }
  })
  page.on("response", (response) => {
    const label = `${response.request().method()} ${response.url()}`
    if (
      response.status() >= 400 &&
      !allowed.some((pattern) => pattern.test(label))
    ) {
      seen.push(`HTTP ${response.status()}: ${label}`)
    }
  })

  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    page,
    problems: () => [...seen],
    take: () => {
      const taken = seen
      seen = []
      allowed.length = 0
      return taken
    },
    allow: (pattern) => allowed.push(pattern),
    external: () => [...new Set(external)],
    screenshot: async (name, options = {}) => {
      // Let toasts and transitions settle so the picture shows the page, not an animation.
      await page.waitForTimeout(400)
      await page.screenshot({
        path: path.join(SCREENSHOTS, `${name}.png`),
        fullPage: options.fullPage,
      })
    },
    close: () => browser.close(),
  }
}

/** Logs in through the dashboard's own login form. */
export async function logIn(
  page: Page,
  baseUrl: string,
  credentials: { email: string; password: string }
) {
  await page.goto(`${baseUrl}/app/login`)
  await page.locator('input[name="email"]').fill(credentials.email)
  await page.locator('input[name="password"]').fill(credentials.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"))
}

/**
 * React's development warning about Medusa's own order page markup (a `<div>` inside a
 * `<p>` rendered by the dashboard's order detail components, not by an extension).
 */
function isMedusaOrderPageMarkupWarning(text: string) {
  return (
    text.startsWith("Warning: validateDOMNesting") &&
    /\(\S*\/assets\/order-detail-[^)]*\)/.test(
      text.split("\n").slice(0, 6).join("\n")
    )
  )
}
