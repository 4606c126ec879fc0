import type { Page } from "playwright-core"

/** A 4×4 PNG, the picture the tests upload through /vendor/uploads. */
export const SMALL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEklEQVR4nGP4z8CAB+GTG8HSALfKY52fTcuYAAAAAElFTkSuQmCC",
  "base64"
)

/** Opens a seller panel page and waits until its data has arrived. */
export async function openPanel(
  page: Page,
  baseUrl: string,
  path: string,
  ready: string
) {
  await page.goto(`${baseUrl}/seller${path}`)
  await page.getByTestId(ready).first().waitFor()
  await page.waitForLoadState("networkidle")
}

/** Logs in through the panel's own form and waits for the home page. */
export async function logInToPanel(
  page: Page,
  baseUrl: string,
  credentials: { email: string; password: string }
) {
  await page.goto(`${baseUrl}/seller/login`)
  await page.getByLabel("Email").fill(credentials.email)
  await page.getByLabel("Password").fill(credentials.password)
  await page.getByRole("button", { name: "Log in" }).click()
  await page.getByTestId("home-orders-to-fulfil").waitFor()
}

/** Logs out through the sidebar's button and waits for the login page. */
export async function logOutOfPanel(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click()
  await page.waitForURL(/\/seller\/login/)
}
