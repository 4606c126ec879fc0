import { ReviewModeration } from "./constants"

/** What src/config passes to the review module. */
export type ReviewModuleOptions = {
  /** `auto` publishes a new review at once; `manual` holds it for an admin. */
  moderation?: ReviewModeration
}
export type ReviewSettings = Required<ReviewModuleOptions>

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  moderation: ReviewModeration.AUTO,
}

export function reviewSettings(
  options: ReviewModuleOptions = {}
): ReviewSettings {
  return {
    moderation: options.moderation ?? DEFAULT_REVIEW_SETTINGS.moderation,
  }
}
