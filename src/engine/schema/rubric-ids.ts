import { z } from 'zod';

/** The three rubrics rated per line, −2 … +2. */
export const RATED_RUBRICS = ['empathy', 'ownership', 'expectations'] as const;
export const RatedRubricSchema = z.enum(RATED_RUBRICS);
export type RatedRubric = z.infer<typeof RatedRubricSchema>;

/** All four rubrics of a call's scorecard. */
export const SCORED_RUBRICS = [...RATED_RUBRICS, 'triggers'] as const;
export type ScoredRubric = (typeof SCORED_RUBRICS)[number];

/** A line's rating on one rubric. */
export const RatingSchema = z.number().int().min(-2).max(2);

/** A line's ratings on the three rated rubrics. */
export const RatingsSchema = z.object({
  empathy: RatingSchema,
  ownership: RatingSchema,
  expectations: RatingSchema,
});
export type Ratings = z.infer<typeof RatingsSchema>;
