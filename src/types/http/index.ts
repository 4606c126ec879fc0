/**
 * The HTTP contract of the marketplace routes: one type per response, for the routes, the
 * tests, the admin pages and the seller panel. Types only: importing this file loads no
 * server code. The zod schemas they are inferred from (same names, in the files beside this
 * one) also generate docs/openapi.json.
 */
export type * from "./catalog"
export type * from "./checkout"
export type * from "./commission"
export type * from "./common"
export type * from "./marketplace"
export type * from "./notifications"
export type * from "./openapi"
export type * from "./order-groups"
export type * from "./orders"
export type * from "./payments"
export type * from "./payouts"
export type * from "./reconcile"
export type * from "./requests"
export type * from "./returns"
export type * from "./reviews"
export type * from "./sellers"
export type * from "./stats"
export type * from "./uploads"
