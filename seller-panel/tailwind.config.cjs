const path = require("node:path")

/** Medusa's UI preset, as the admin uses it: same tokens, same components. */
module.exports = {
  presets: [require("@medusajs/ui-preset")],
  darkMode: "class",
  content: [
    path.join(__dirname, "index.html"),
    path.join(__dirname, "src/**/*.{ts,tsx}"),
    path.join(
      path.dirname(require.resolve("@medusajs/ui")),
      "**/*.{js,jsx,ts,tsx}"
    ),
  ],
}
