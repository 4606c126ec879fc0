import react from "@vitejs/plugin-react"
import path from "node:path"
import { defineConfig } from "vite"

const root = path.dirname(new URL(import.meta.url).pathname)

/**
 * The panel is built into the production server (`.medusa/server/public/seller`) after
 * `medusa build`; `SELLER_PANEL_OUT_DIR` points a watch build elsewhere (`npm run dev`).
 * Everything is served under /seller, hashed files under /seller/assets.
 */
export default defineConfig({
  root,
  base: "/seller/",
  plugins: [react()],
  css: { postcss: root },
  build: {
    outDir:
      process.env.SELLER_PANEL_OUT_DIR ??
      path.resolve(root, "../.medusa/server/public/seller"),
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Each page is a chunk of its own (app.tsx). React, the router and React Query,
        // which every page needs, change only with the lock file: their chunk stays cached
        // across releases of the panel's own code.
        manualChunks: (id) =>
          /node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@tanstack\/react-query|@tanstack\/query-core)\//.test(
            id
          )
            ? "react"
            : undefined,
      },
    },
  },
})
