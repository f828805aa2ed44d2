import type { SeedPointId } from './seed-points';
import type { SituationId } from './situations';
import type { SkillTopic } from './skill-topics';
import type { TipTheme } from './themes';
import type { Generation, Moment, Stage } from './vocabulary';

/** Stable, kebab-case identifier. Feedback is stored against it, so renames go through TIP_RENAMES. */
type TipId = string;

/** Where a tip's advice comes from: a point of the seed guidance, or established mentoring practice. */
export type TipGrounding = SeedPointId | 'practice';

export interface Tip {
  readonly id: TipId;
  /** Short enough for a card heading: at most 60 characters. */
  readonly title: string;
  /**
   * One to three sentences that open with an imperative verb (what to do); 40 to 320 characters.
   * In-session bodies are read mid-call: at most 25 words. A body never names a generation.
   */
  readonly body: string;
  /** A line the mentor can say as it stands (no quotation marks), at most 20 words. */
  readonly say?: string;
  /**
   * One short line asking the mentor to check the tendency with this person, at most 16 words.
   * Required when the tip is for some generations only; it may name a generation only when the
   * grounding seed point speaks about that generation.
   */
  readonly check?: string;
  /** Who the tip tends to fit. All four when it fits everyone; a starting point, never a verdict. */
  readonly generations: readonly Generation[];
  readonly stages: readonly Stage[];
  readonly moments: readonly Moment[];
  /** What happening in the session the tip answers; the situation's list of tips derives from this. */
  readonly situations?: readonly SituationId[];
  /** The skills the tip is about, matched against the protégé's stated gaps. */
  readonly skills?: readonly SkillTopic[];
  /** Cross-cutting subjects the tip speaks to, such as power distance or ending well. */
  readonly themes?: readonly TipTheme[];
  readonly grounding: TipGrounding;
}
