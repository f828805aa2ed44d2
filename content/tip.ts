import type { SeedPointId } from './seed-points';
import type { Generation, Moment, Stage } from './vocabulary';

/** Stable, kebab-case identifier. Feedback is stored against it, so renames go through TIP_RENAMES. */
export type TipId = string;

/** Where a tip's advice comes from: a point of the seed guidance, or established mentoring practice. */
export type TipGrounding = SeedPointId | 'practice';

export interface Tip {
  readonly id: TipId;
  /** Short enough for a card heading: at most 60 characters. */
  readonly title: string;
  /** One to three sentences that open with what to do; 40 to 320 characters. */
  readonly body: string;
  /** Who the tip tends to fit. All four when it fits everyone; a starting point, never a verdict. */
  readonly generations: readonly Generation[];
  readonly stages: readonly Stage[];
  readonly moments: readonly Moment[];
  readonly grounding: TipGrounding;
}
