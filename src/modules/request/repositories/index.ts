export { RequestRepository } from "./request"
export type { ReviewPendingInput } from "./request"
