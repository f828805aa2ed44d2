/**
 * Chooses which tips to show a mentor now. Pure and deterministic: the same input always gives
 * the same order, so the side panel, the popup and the tests agree.
 *
 * Order of importance, from strongest to weakest:
 *  1. Stage. What is happening in the session matters more than birth year, so any tip for the
 *     protégé's stage outranks every tip that is not, whatever its generation or feedback.
 *     An unrecorded stage counts as a weak match for every tip.
 *  2. "Worked" feedback for this protégé. It outranks a generation match, because generation is
 *     only a starting point and what this person responded to is real evidence.
 *  3. Generation. A tip written for this generation outranks one written for everyone.
 *  4. Specificity. Among equals, a tip for fewer stages or generations is the more pointed one.
 * "Not a fit" removes a tip for this protégé only. Recently shown tips sink, and the last tip
 * shown is never first again. Remaining ties go to the lower id.
 */
import { TIP_RENAMES, TIPS } from './library';
import { SEED_POINTS, type SeedPointId } from './seed-points';
import type { Tip, TipGrounding } from './tip';
import { followRenames, type TipRenames } from './tip-renames';
import { GENERATION_LABELS, GENERATIONS, STAGES, type Generation, type Moment, type Stage } from './vocabulary';

export type TipFeedbackVerdict = 'worked' | 'not-a-fit';

export type TipFeedback = ReadonlyMap<string, TipFeedbackVerdict> | Readonly<Record<string, TipFeedbackVerdict>>;

export interface RankInput {
  readonly generation: Generation;
  /** Undefined while no stage is recorded: every tip matches, but less strongly than an exact stage. */
  readonly stage?: Stage;
  readonly moment: Moment;
  /** This protégé's verdicts, keyed by tip id (old ids are followed through renames). */
  readonly feedback?: TipFeedback;
  /** Tip ids shown most recently first. */
  readonly recentlyShown?: readonly string[];
  /** How many tips to return; 3 unless given. */
  readonly limit?: number;
}

export type TipReason =
  | { readonly kind: 'stage'; readonly stage: Stage }
  | { readonly kind: 'stage-not-recorded' }
  | { readonly kind: 'generation'; readonly generation: Generation }
  | { readonly kind: 'all-generations' }
  | { readonly kind: 'moment'; readonly moment: Moment }
  | { readonly kind: 'worked' }
  | { readonly kind: 'grounding'; readonly grounding: TipGrounding };

export interface RankedTip {
  readonly tip: Tip;
  readonly score: number;
  readonly reasons: readonly TipReason[];
}

export const DEFAULT_TIP_LIMIT = 3;

/**
 * Each weight exceeds the most that everything below it can add up to, so the order of
 * importance above holds lexicographically: specificity ≤ 4 + 3 < generation 10;
 * generation + specificity ≤ 17 < worked 20; worked + generation + specificity ≤ 37 < stage 100,
 * even after the largest recency penalty (100 − 30 = 70).
 */
export const RANK_WEIGHTS = {
  stageMatch: 100,
  stageNotRecorded: 50,
  /** Per stage the tip leaves out, only when the stage matched exactly. */
  stageSpecificity: 2,
  worked: 20,
  generationMatch: 10,
  /** Per generation the tip leaves out, only when the generation matched. */
  generationSpecificity: 1,
  /** Subtracted for recentlyShown[0], [1], …; tips shown longer ago are not pushed down. */
  recentPenalties: [30, 24, 18, 12, 6],
} as const;

function isFeedbackMap(feedback: TipFeedback): feedback is ReadonlyMap<string, TipFeedbackVerdict> {
  return feedback instanceof Map;
}

/** Feedback under current ids. When an old and a new id disagree, "not a fit" wins: hiding is the safer error. */
function normaliseFeedback(
  feedback: TipFeedback | undefined,
  renames: TipRenames,
): ReadonlyMap<string, TipFeedbackVerdict> {
  const byCurrentId = new Map<string, TipFeedbackVerdict>();
  if (feedback === undefined) return byCurrentId;
  const entries = isFeedbackMap(feedback) ? [...feedback.entries()] : Object.entries(feedback);
  for (const [id, verdict] of entries) {
    const currentId = followRenames(id, renames) ?? id;
    if (byCurrentId.get(currentId) !== 'not-a-fit') byCurrentId.set(currentId, verdict);
  }
  return byCurrentId;
}

function recentPenalty(tipId: string, recentIds: readonly string[]): number {
  const index = recentIds.indexOf(tipId);
  return index === -1 ? 0 : (RANK_WEIGHTS.recentPenalties[index] ?? 0);
}

function scoreTip(
  tip: Tip,
  input: RankInput,
  verdict: TipFeedbackVerdict | undefined,
  recentIds: readonly string[],
): RankedTip {
  // Reasons are listed in reading order ("Fits Gen X · resistance · …"), not in order of weight.
  const reasons: TipReason[] = [];
  let score = 0;

  if (tip.generations.includes(input.generation)) {
    score +=
      RANK_WEIGHTS.generationMatch + RANK_WEIGHTS.generationSpecificity * (GENERATIONS.length - tip.generations.length);
    reasons.push(
      tip.generations.length === GENERATIONS.length
        ? { kind: 'all-generations' }
        : { kind: 'generation', generation: input.generation },
    );
  }

  if (input.stage === undefined) {
    score += RANK_WEIGHTS.stageNotRecorded;
    reasons.push({ kind: 'stage-not-recorded' });
  } else if (tip.stages.includes(input.stage)) {
    score += RANK_WEIGHTS.stageMatch + RANK_WEIGHTS.stageSpecificity * (STAGES.length - tip.stages.length);
    reasons.push({ kind: 'stage', stage: input.stage });
  }

  reasons.push({ kind: 'moment', moment: input.moment });

  if (verdict === 'worked') {
    score += RANK_WEIGHTS.worked;
    reasons.push({ kind: 'worked' });
  }

  score -= recentPenalty(tip.id, recentIds);
  reasons.push({ kind: 'grounding', grounding: tip.grounding });
  return { tip, score, reasons };
}

function byScoreThenId(a: RankedTip, b: RankedTip): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.tip.id < b.tip.id ? -1 : a.tip.id > b.tip.id ? 1 : 0;
}

/** Every tip for the moment, best first, before the limit is applied. */
function rankAll(input: RankInput, tips: readonly Tip[], renames: TipRenames): RankedTip[] {
  const feedback = normaliseFeedback(input.feedback, renames);
  const recentIds = (input.recentlyShown ?? []).map((id) => followRenames(id, renames) ?? id);
  const ranked = tips
    .filter((tip) => tip.moments.includes(input.moment) && feedback.get(tip.id) !== 'not-a-fit')
    .map((tip) => scoreTip(tip, input, feedback.get(tip.id), recentIds))
    .sort(byScoreThenId);

  // No tip twice in a row: the last one shown gives up first place whatever its score.
  const [first, second] = ranked;
  if (first !== undefined && second !== undefined && first.tip.id === recentIds[0]) {
    ranked[0] = second;
    ranked[1] = first;
  }
  return ranked;
}

/** The best tips for this protégé and moment, best first. */
export function rankTips(
  input: RankInput,
  tips: readonly Tip[] = TIPS,
  renames: TipRenames = TIP_RENAMES,
): RankedTip[] {
  return rankAll(input, tips, renames).slice(0, Math.max(0, input.limit ?? DEFAULT_TIP_LIMIT));
}

/**
 * The tip after `currentId` for a "next tip" button. Walks the ranking without the
 * recently-shown adjustment, so repeated presses visit every fitting tip once before wrapping
 * around. Undefined when no other tip fits.
 */
export function nextTip(
  input: RankInput,
  currentId: string | undefined,
  tips: readonly Tip[] = TIPS,
  renames: TipRenames = TIP_RENAMES,
): RankedTip | undefined {
  const current = currentId === undefined ? undefined : (followRenames(currentId, renames) ?? currentId);
  const ranked = rankAll({ ...input, recentlyShown: [] }, tips, renames);
  const index = ranked.findIndex((entry) => entry.tip.id === current);
  const candidate = index === -1 ? ranked[0] : ranked[(index + 1) % ranked.length];
  return candidate === undefined || candidate.tip.id === current ? undefined : candidate;
}

const SEED_POINT_LABELS: ReadonlyMap<SeedPointId, string> = new Map(
  SEED_POINTS.map((point) => [point.id, point.label]),
);

function groundingLabel(grounding: TipGrounding): string {
  if (grounding === 'practice') return 'mentoring practice';
  return SEED_POINT_LABELS.get(grounding) ?? grounding;
}

/** "Gen X" rather than "Gen X (1965–80)": the years add nothing in a one-line reason. */
function shortGenerationLabel(generation: Generation): string {
  return GENERATION_LABELS[generation].replace(/\s*\(.*\)$/, '');
}

function describeReason(reason: TipReason): string | undefined {
  switch (reason.kind) {
    case 'generation':
      return `Fits ${shortGenerationLabel(reason.generation)}`;
    case 'all-generations':
      return 'Fits every generation';
    case 'stage':
      return reason.stage;
    case 'stage-not-recorded':
      return 'any stage (none recorded yet)';
    case 'worked':
      return 'worked before';
    case 'grounding':
      return `from: ${groundingLabel(reason.grounding)}`;
    case 'moment':
      return undefined; // every tip in a list shares the moment; naming it adds nothing
  }
}

/** A short line saying why a tip was chosen, e.g. "Fits Gen X · resistance · from: agreeing expectations". */
export function explainTip(ranked: RankedTip): string {
  return ranked.reasons
    .map(describeReason)
    .filter((part): part is string => part !== undefined)
    .join(' · ');
}
