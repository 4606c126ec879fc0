import fs from "node:fs"
import path from "node:path"
import { buildOpenApiDocument } from "./build-openapi-document"

/**
 * `npm run openapi` writes docs/openapi.json from the code; `--check` (part of
 * `npm run openapi:check`) fails instead when a route cannot be described or the committed
 * document differs from what the code generates.
 */
const rootArgument = process.argv.indexOf("--root")
const root =
  rootArgument > 0
    ? path.resolve(process.argv[rootArgument + 1])
    : path.resolve(__dirname, "../..")
const target = path.join(root, "docs", "openapi.json")

function main(): number {
  let text: string
  try {
    text = JSON.stringify(buildOpenApiDocument(root), null, 2) + "\n"
  } catch (error) {
    console.error((error as Error).message)
    return 1
  }
  if (!process.argv.includes("--check")) {
    fs.writeFileSync(target, text)
    console.log(`Wrote ${path.relative(root, target)}`)
    return 0
  }
  const committed = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : ""
  if (committed !== text) {
    console.error(
      `${path.relative(root, target)} is stale: run \`npm run openapi\` and commit the result`
    )
    return 1
  }
  console.log(
    `${path.relative(root, target)} describes every route and is current`
  )
  return 0
}

process.exit(main())
