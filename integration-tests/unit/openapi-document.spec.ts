import { execFileSync, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { buildOpenApiDocument } from "../../scripts/openapi/build-openapi-document"

jest.setTimeout(120 * 1000)

const ROOT = path.resolve(__dirname, "../..")
const API_DIR = path.join(ROOT, "src", "api")
const EXPORTED_METHOD =
  /^export (?:const|async function|function) (GET|POST|DELETE|PUT|PATCH)\b/gm

/** `METHOD /path` of every handler under src/api, found independently of the generator. */
function routeHandlers(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : routeHandlers(full)
    }
    if (entry.name !== "route.ts") {
      return []
    }
    const urlPath =
      "/" +
      path
        .relative(API_DIR, dir)
        .split(path.sep)
        .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))
        .join("/")
    return [...fs.readFileSync(full, "utf8").matchAll(EXPORTED_METHOD)].map(
      (match) => `${match[1]} ${urlPath}`
    )
  })
}

type Document = {
  openapi: string
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
}

describe("docs/openapi.json", () => {
  const generated = buildOpenApiDocument(ROOT) as Document

  it("is what the code generates (run `npm run openapi` after changing a route)", () => {
    const committed = JSON.parse(
      fs.readFileSync(path.join(ROOT, "docs", "openapi.json"), "utf8")
    )
    expect(committed).toEqual(generated)
  })

  it("has an operation with a typed success response for every route handler under src/api", () => {
    const documented = Object.entries(generated.paths).flatMap(
      ([urlPath, operations]) =>
        Object.keys(operations).map(
          (method) => `${method.toUpperCase()} ${urlPath}`
        )
    )
    const handlers = routeHandlers(API_DIR)
    expect(handlers.length).toBeGreaterThan(50)
    expect(documented.sort()).toEqual(handlers.sort())
    for (const operations of Object.values(generated.paths)) {
      for (const operation of Object.values(operations)) {
        expect(Object.keys(operation.responses)).toEqual(
          expect.arrayContaining(["default"])
        )
        expect(Object.keys(operation.responses).length).toBeGreaterThan(1)
      }
    }
  })

  it("is a valid OpenAPI 3.1 document", () => {
    expect(generated.openapi).toBe("3.1.0")
    const output = execFileSync(
      process.execPath,
      [path.join(ROOT, "scripts/openapi/validate-document.mjs")],
      {
        encoding: "utf8",
      }
    )
    expect(output).toMatch(/valid OpenAPI 3\.1 document/)
  })
})

describe("the generator", () => {
  let root: string

  beforeAll(() => {
    // A copy of the project's layout with one route whose response is not typed.
    root = fs.mkdtempSync(path.join(os.tmpdir(), "openapi-"))
    fs.mkdirSync(path.join(root, "src", "api", "vendor", "things"), {
      recursive: true,
    })
    fs.mkdirSync(path.join(root, "src", "types"), { recursive: true })
    fs.symlinkSync(
      path.join(ROOT, "src", "types", "http"),
      path.join(root, "src", "types", "http")
    )
    fs.copyFileSync(
      path.join(ROOT, "package.json"),
      path.join(root, "package.json")
    )
    fs.writeFileSync(
      path.join(root, "src", "api", "vendor", "things", "route.ts"),
      "export const GET = async (req: unknown, res: MedusaResponse) => {\n  res.json({ things: [] })\n}\n" +
        "export const POST = async (req: unknown, res: MedusaResponse<NoSuchResponse>) => {\n  res.json({})\n}\n"
    )
  })

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true })
  })

  it("refuses a route without a response type, and one naming no schema", () => {
    expect(() => buildOpenApiDocument(root)).toThrow(
      /GET \/vendor\/things .*response is untyped[\s\S]*POST \/vendor\/things .*NoSuchResponse has no zod schema/
    )
  })

  it("describes a typed route, and the check fails while the committed document is stale", () => {
    fs.writeFileSync(
      path.join(root, "src", "api", "vendor", "things", "route.ts"),
      "export const GET = async (req: unknown, res: MedusaResponse<VendorBalanceResponse>) => {\n" +
        "  res.json({ balances: [] })\n}\n"
    )
    const document = buildOpenApiDocument(root) as Document
    expect(Object.keys(document.paths)).toEqual(["/vendor/things"])
    expect(document.paths["/vendor/things"].get.responses["200"]).toEqual({
      description: "OK",
      content: {
        "application/json": {
          schema: { $ref: "#/components/schemas/VendorBalanceResponse" },
        },
      },
    })

    fs.mkdirSync(path.join(root, "docs"), { recursive: true })
    fs.writeFileSync(path.join(root, "docs", "openapi.json"), "{}\n")
    const check = () =>
      spawnSync(
        path.join(ROOT, "node_modules", ".bin", "ts-node"),
        ["scripts/openapi/generate.ts", "--check", "--root", root],
        {
          cwd: ROOT,
          encoding: "utf8",
        }
      )
    const stale = check()
    expect({ status: stale.status, stderr: stale.stderr }).toEqual({
      status: 1,
      stderr: expect.stringMatching(/openapi\.json is stale/),
    })

    fs.writeFileSync(
      path.join(root, "docs", "openapi.json"),
      JSON.stringify(document, null, 2) + "\n"
    )
    expect(check().status).toBe(0)
  })
})
