// Validates docs/openapi.json against the OpenAPI 3.1 schema (`npm run openapi:check`).
import { readFile } from "node:fs/promises"
import { Validator } from "@seriousme/openapi-schema-validator"

const file = new URL("../../docs/openapi.json", import.meta.url)
const validator = new Validator()
const result = await validator.validate(
  JSON.parse(await readFile(file, "utf8"))
)
if (validator.version !== "3.1") {
  console.error(`docs/openapi.json is OpenAPI ${validator.version}, not 3.1`)
  process.exit(1)
}
if (!result.valid) {
  console.error("docs/openapi.json is not a valid OpenAPI 3.1 document:")
  console.error(JSON.stringify(result.errors, null, 2))
  process.exit(1)
}
console.log("docs/openapi.json is a valid OpenAPI 3.1 document")
