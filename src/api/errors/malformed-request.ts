import { MedusaError } from "@medusajs/framework/utils"

const QUERY_TOO_DEEP = /^Key accessor more than 2 levels deep: /
/** MikroORM's plain Error for `?order=<not a property>` on routes without an `allowed` field list. */
const UNKNOWN_ORDER_FIELD = /^Trying to order by not existing property /
/** knex's for `?offset=-1` (Medusa's find params take any number; PostgreSQL refuses a negative LIMIT itself). */
const NEGATIVE_OFFSET = /^A non-negative integer must be provided to offset\.$/

/**
 * PostgreSQL data exceptions a request value causes when it reaches a query unchecked:
 * text too long, number out of range, unparsable date or number, negative LIMIT/OFFSET,
 * bad LIKE escape, untranslatable character. (Class 22 also holds errors the server's own
 * arithmetic causes, such as division by zero; those stay 500.)
 */
const CLIENT_DATA_EXCEPTIONS = new Set([
  "22001",
  "22003",
  "22007",
  "22008",
  "22019",
  "22021",
  "22025",
  "2201W",
  "2201X",
  "22P02",
  "22P05",
])

/**
 * Requests refused before or while reading the database, whose errors Medusa's error
 * handler does not recognise and would answer with a 500:
 * - a path that is not valid percent-encoding (`/vendor/orders/%E0%A4%A`): Express's
 *   router throws a URIError carrying `status: 400`;
 * - a query key nested more than two levels (`?limit.a.b=1`): validateAndTransformQuery
 *   throws `invalid_argument`;
 * - an `order` naming no property (`/admin/sellers?order=nope`): MikroORM throws a plain Error;
 * - a filter or pagination value the database refuses (`?limit=-1`, `?offset=-1`,
 *   `?created_at=garbage`).
 * These become `invalid_data` (400); any other error is returned unchanged.
 */
export function asMalformedRequest(error: unknown): unknown {
  if (typeof error !== "object" || error === null) {
    return error
  }
  const { name, status, type, code, message } = error as Record<string, unknown>
  if (typeof message !== "string") {
    return error
  }
  if (name === "URIError" && status === 400) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  if (
    type === MedusaError.Types.INVALID_ARGUMENT &&
    QUERY_TOO_DEEP.test(message)
  ) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  if (NEGATIVE_OFFSET.test(message)) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "offset must be a non-negative integer"
    )
  }
  if (UNKNOWN_ORDER_FIELD.test(message)) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Order field ${message.replace(UNKNOWN_ORDER_FIELD, "")} is not valid`
    )
  }
  if (typeof code === "string" && CLIENT_DATA_EXCEPTIONS.has(code)) {
    // The driver's message is `<the SQL> - <PostgreSQL's reason>`: never send the SQL.
    const separator = message.lastIndexOf(" - ")
    const reason =
      separator >= 0
        ? message.slice(separator + 3)
        : "the value does not fit its field"
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid value in the request: ${reason}`
    )
  }
  return error
}
