import type { z } from "@medusajs/framework/zod"
import fs from "node:fs"
import path from "node:path"
import ts from "typescript"

/** What a route's middlewares accept, as declared in the `middlewares.ts` files under src/api. */
export type RequestSchemas = {
  body?: z.ZodType
  query?: z.ZodType
  /** `bodyParser: false`: the route parses a multipart body itself (uploads). */
  multipart?: boolean
  /** `bodyParser: { preserveRawBody: true }`: a signed webhook body. */
  rawBody?: boolean
}

type Entry = {
  matcher: string
  methods?: string[]
  body?: string
  query?: string
  multipart?: boolean
  rawBody?: boolean
  file: string
  imports: Map<string, string>
}

const BODY = "validateAndTransformBody"
const QUERY = "validateAndTransformQuery"

/**
 * The request schemas of every route: the `validateAndTransformBody(X)` and
 * `validateAndTransformQuery(Y, …)` of the middleware entries whose matcher is the route's
 * path and whose methods include its method (directly or through a `const` alias). The
 * schemas are the validators' own zod objects, loaded from the module they come from.
 */
export function readRequestSchemas(
  apiDir: string
): (method: string, urlPath: string) => RequestSchemas {
  const entries = middlewareFiles(apiDir).flatMap(entriesOf)
  return (method, urlPath) => {
    const found: RequestSchemas = {}
    for (const entry of entries) {
      if (
        entry.matcher !== urlPath ||
        (entry.methods && !entry.methods.includes(method))
      ) {
        continue
      }
      if (entry.body) {
        found.body = load(entry, entry.body)
      }
      if (entry.query) {
        found.query = load(entry, entry.query)
      }
      found.multipart ||= entry.multipart
      found.rawBody ||= entry.rawBody
    }
    return found
  }
}

function entriesOf(file: string): Entry[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true
  )
  const imports = new Map<string, string>()
  const aliases = new Map<string, { kind: "body" | "query"; schema: string }>()
  const entries: Entry[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const bindings = node.importClause?.namedBindings
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          imports.set(element.name.text, node.moduleSpecifier.text)
        }
      }
    }
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer
    ) {
      const call = validatorCall(node.initializer)
      if (call) {
        aliases.set(node.name.text, call)
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const entry = entryOf(node, aliases)
      if (entry) {
        entries.push({ ...entry, file, imports })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return entries
}

function validatorCall(
  node: ts.Expression
): { kind: "body" | "query"; schema: string } | undefined {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) {
    return undefined
  }
  const [schema] = node.arguments
  if (!schema || !ts.isIdentifier(schema)) {
    return undefined
  }
  if (node.expression.text === BODY) {
    return { kind: "body", schema: schema.text }
  }
  return node.expression.text === QUERY
    ? { kind: "query", schema: schema.text }
    : undefined
}

function entryOf(
  literal: ts.ObjectLiteralExpression,
  aliases: Map<string, { kind: "body" | "query"; schema: string }>
): Omit<Entry, "file" | "imports"> | undefined {
  const property = (name: string) =>
    literal.properties.find(
      (candidate): candidate is ts.PropertyAssignment =>
        ts.isPropertyAssignment(candidate) && candidate.name.getText() === name
    )?.initializer
  const matcher = property("matcher")
  if (!matcher || !ts.isStringLiteral(matcher)) {
    return undefined
  }
  const entry: Omit<Entry, "file" | "imports"> = { matcher: matcher.text }
  const methods = property("methods")
  if (methods && ts.isArrayLiteralExpression(methods)) {
    entry.methods = methods.elements
      .filter(ts.isStringLiteral)
      .map((element) => element.text)
  }
  const middlewares = property("middlewares")
  if (middlewares && ts.isArrayLiteralExpression(middlewares)) {
    for (const element of middlewares.elements) {
      const call = ts.isIdentifier(element)
        ? aliases.get(element.text)
        : validatorCall(element)
      if (call) {
        entry[call.kind] ??= call.schema
      }
    }
  }
  const bodyParser = property("bodyParser")
  if (bodyParser?.kind === ts.SyntaxKind.FalseKeyword) {
    entry.multipart = true
  }
  if (
    bodyParser &&
    ts.isObjectLiteralExpression(bodyParser) &&
    bodyParser.getText().includes("preserveRawBody")
  ) {
    entry.rawBody = true
  }
  return entry
}

function load(entry: Entry, name: string): z.ZodType {
  const specifier = entry.imports.get(name)
  const modulePath = specifier
    ? path.resolve(path.dirname(entry.file), specifier)
    : entry.file
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const schema = require(modulePath)[name] as z.ZodType | undefined
  if (
    !schema ||
    typeof (schema as { safeParse?: unknown }).safeParse !== "function"
  ) {
    throw new Error(`${name} (used in ${entry.file}) is not a zod schema`)
  }
  return schema
}

function middlewareFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : middlewareFiles(full)
    }
    return entry.name === "middlewares.ts" ? [full] : []
  })
}
