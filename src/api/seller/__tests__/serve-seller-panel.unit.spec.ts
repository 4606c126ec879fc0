import express from "express"
import fs from "node:fs"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { serveSellerPanel } from "../serve-seller-panel"

/** An express app with the panel mounted on /seller as Medusa mounts it, and a /vendor route beside it. */
async function serve(directory: string) {
  const app = express()
  const panel = serveSellerPanel(directory)
  app.use("/seller", (req, res, next) =>
    panel(
      req as unknown as MedusaRequest,
      res as unknown as MedusaResponse,
      next as MedusaNextFunction
    )
  )
  app.use((req, res) => res.status(418).json({ reached: req.path }))
  const server = app.listen(0, "127.0.0.1")
  await new Promise((resolve) => server.once("listening", resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    get: (url: string, method = "GET") => fetch(`${base}${url}`, { method }),
    close: () => {
      // fetch keeps its connections alive; the test's end closes them.
      server.closeAllConnections()
      return new Promise((resolve) => server.close(resolve))
    },
  }
}

describe("serveSellerPanel", () => {
  let directory: string

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), "seller-panel-"))
  })

  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }))

  it("serves hashed assets for a year, index.html uncached for every panel route, and nothing else", async () => {
    fs.mkdirSync(path.join(directory, "assets"))
    fs.writeFileSync(path.join(directory, "index.html"), "<html>panel</html>")
    fs.writeFileSync(path.join(directory, "assets", "index-abc123.js"), "1")
    const app = await serve(directory)
    try {
      const asset = await app.get("/seller/assets/index-abc123.js")
      expect(asset.status).toBe(200)
      expect(asset.headers.get("cache-control")).toBe(
        "public, max-age=31536000, immutable"
      )
      for (const route of ["/seller", "/seller/", "/seller/orders/order_1"]) {
        const page = await app.get(route)
        expect(page.status).toBe(200)
        expect(page.headers.get("cache-control")).toBe("no-cache")
        await expect(page.text()).resolves.toBe("<html>panel</html>")
      }
      const missing = await app.get("/seller/assets/index-old.js")
      expect(missing.status).toBe(404)
      await expect(missing.json()).resolves.toMatchObject({ type: "not_found" })
      expect((await app.get("/seller/orders", "POST")).status).toBe(418)
      expect((await app.get("/sellers")).status).toBe(418)
      expect((await app.get("/vendor/sellers/me")).status).toBe(418)
    } finally {
      await app.close()
    }
  })

  it("answers 503 while the panel is not built", async () => {
    const app = await serve(directory)
    try {
      const page = await app.get("/seller/login")
      expect(page.status).toBe(503)
      await expect(page.json()).resolves.toMatchObject({
        type: "service_unavailable",
      })
    } finally {
      await app.close()
    }
  })
})
