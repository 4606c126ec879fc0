import fs from "node:fs"
import path from "node:path"
import ts from "typescript"

export const HTTP_METHODS = ["GET", "POST", "DELETE", "PUT", "PATCH"] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** One exported handler of a route file, as the OpenAPI document describes it. */
export type RouteOperation = {
  method: HttpMethod
  /** The URL as Medusa mounts it: `/vendor/orders/:id`. */
  path: string
  params: string[]
  /** Relative to the repository root. */
  file: string
  /** `X` of the handler's `res: MedusaResponse<X>`; undefined when the response is untyped. */
  responseType?: string
  /** The statuses the handler sets with `res.status(…)`; 200 when it sets none. */
  statuses: number[]
  /** The handler's doc comment. */
  description?: string
}

/**
 * Every route handler under `apiDir`, read the way Medusa's router mounts them: folders are
 * URL segments, `[name]` is `:name`, each exported HTTP verb of a `route.ts` is one route.
 */
export function readRouteOperations(
  apiDir: string,
  root: string
): RouteOperation[] {
  return routeFiles(apiDir)
    .flatMap((file) => operationsOf(file, apiDir, root))
    .sort((a, b) =>
      `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`)
    )
}

function operationsOf(
  file: string,
  apiDir: string,
  root: string
): RouteOperation[] {
  const segments = path
    .relative(apiDir, path.dirname(file))
    .split(path.sep)
    .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
  const urlPath = "/" + segments.join("/")
  const params = segments
    .filter((segment) => segment.startsWith(":"))
    .map((segment) => segment.slice(1))
  const text = fs.readFileSync(file, "utf8")
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const operations: RouteOperation[] = []
  for (const statement of source.statements) {
    const handler = exportedHandler(statement)
    if (!handler) {
      continue
    }
    operations.push({
      method: handler.method,
      path: urlPath,
      params,
      file: path.relative(root, file),
      responseType: responseTypeOf(handler.fn),
      statuses: statusesOf(handler.fn),
      description: docCommentOf(statement, text),
    })
  }
  return operations
}

type Handler = {
  method: HttpMethod
  fn: ts.SignatureDeclaration & { body?: ts.Node }
}

function exportedHandler(statement: ts.Statement): Handler | undefined {
  const exported = ts.canHaveModifiers(statement)
    ? ts
        .getModifiers(statement)
        ?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
    : false
  if (!exported) {
    return undefined
  }
  if (
    ts.isFunctionDeclaration(statement) &&
    statement.name &&
    isMethod(statement.name.text)
  ) {
    return { method: statement.name.text, fn: statement }
  }
  if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer
      if (
        ts.isIdentifier(declaration.name) &&
        isMethod(declaration.name.text) &&
        init &&
        (ts.isArrowFunction(init) || ts.isFunctionExpression(init))
      ) {
        return { method: declaration.name.text, fn: init }
      }
    }
  }
  return undefined
}

function isMethod(name: string): name is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(name)
}

function responseTypeOf(fn: ts.SignatureDeclaration): string | undefined {
  const type = fn.parameters[1]?.type
  if (
    !type ||
    !ts.isTypeReferenceNode(type) ||
    type.typeName.getText() !== "MedusaResponse"
  ) {
    return undefined
  }
  const [argument] = type.typeArguments ?? []
  return argument && ts.isTypeReferenceNode(argument)
    ? argument.typeName.getText()
    : undefined
}

/** Numeric literals passed to `.status(…)`, directly or as the branches of a conditional. */
function statusesOf(
  fn: ts.SignatureDeclaration & { body?: ts.Node }
): number[] {
  const statuses = new Set<number>()
  const literals = (node: ts.Expression): number[] => {
    if (ts.isNumericLiteral(node)) {
      return [Number(node.text)]
    }
    if (ts.isConditionalExpression(node)) {
      return [...literals(node.whenTrue), ...literals(node.whenFalse)]
    }
    return ts.isParenthesizedExpression(node) ? literals(node.expression) : []
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "status" &&
      node.arguments.length === 1
    ) {
      literals(node.arguments[0]).forEach((status) => statuses.add(status))
    }
    ts.forEachChild(node, visit)
  }
  if (fn.body) {
    visit(fn.body)
  }
  return statuses.size ? [...statuses].sort() : [200]
}

function docCommentOf(
  statement: ts.Statement,
  text: string
): string | undefined {
  const comments =
    ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? []
  const doc = comments
    .map((range) => text.slice(range.pos, range.end))
    .filter((comment) => comment.startsWith("/**"))
    .pop()
  if (!doc) {
    return undefined
  }
  return doc
    .replace(/^\/\*\*\s?/, "")
    .replace(/\s*\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n")
    .trim()
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : routeFiles(full)
    }
    return entry.name === "route.ts" ? [full] : []
  })
}
