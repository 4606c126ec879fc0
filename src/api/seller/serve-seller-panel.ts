import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import express from "express"
import fs from "node:fs"
import path from "node:path"

/** Vite names every built asset after its content hash: a changed file has a new URL. */
const HASHED_ASSET = /^\/assets\//
const ONE_YEAR_S = 365 * 24 * 60 * 60

/**
 * The seller panel's built files under /seller, from `public/seller` of the running app
 * (`.medusa/server` in production, the project with `npm run dev`). Hashed assets are
 * cached for a year; index.html never, and it answers every other GET (the panel's own
 * routes) so a reload or a link into the panel works.
 */
export function serveSellerPanel(
  directory = path.join(process.cwd(), "public", "seller")
) {
  const index = path.join(directory, "index.html")
  const files = express.static(directory, {
    index: false,
    fallthrough: true,
    setHeaders: (res, file) => {
      const relative = "/" + path.relative(directory, file).replace(/\\/g, "/")
      res.setHeader(
        "Cache-Control",
        HASHED_ASSET.test(relative)
          ? `public, max-age=${ONE_YEAR_S}, immutable`
          : "no-cache"
      )
    },
  })

  return (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return next()
    }
    files(req, res, () => {
      // A missing hashed asset is a 404, never the page (a stale tab asking for old files).
      if (HASHED_ASSET.test(req.path)) {
        return res.status(404).json({
          type: "not_found",
          message: `${req.originalUrl} does not exist`,
        })
      }
      if (!fs.existsSync(index)) {
        return res.status(503).json({
          type: "service_unavailable",
          message:
            "The seller panel is not built: run `npm run build` (or `npm run dev`)",
        })
      }
      res.setHeader("Cache-Control", "no-cache")
      res.sendFile(index)
    })
  }
}
