export { ReviewRatingRepository } from "./review-rating"
export type { RatingTarget, RatingValue } from "./review-rating"
