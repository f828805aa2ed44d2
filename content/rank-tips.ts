/**
 * Chooses which tips to show a mentor now. Pure and deterministic: the same input always gives
 * the same order, so the side panel, the popup and the tests agree.
 *
 * Order of importance, from strongest to weakest:
 *  1. Situation. When the mentor says what is happening ("pushing back"), the tips for it come
 *     first, whatever the moment, stage or generation: it is the freshest evidence there is. A
 *     situation that signals a stage also stands in for the recorded stage below.
 *  2. Stage. Any tip for the protégé's stage outranks every tip that is not. An unrecorded stage
 *     counts as a weak match for every tip, and then the tips for every stage lead (a neutral set).
 *  3. "Worked" feedback for this protégé: what this person responded to is real evidence.
 *  4. Skill gap. A tip about a skill the protégé said they want (AI tools, data, social media,
 *     collaboration tools) outranks one that merely fits their generation.
 *  5. Generation. A tip written for this generation outranks one written for everyone.
 *  6. Specificity. With a stage recorded, a tip for fewer stages or generations is the more
 *     pointed one; with none recorded, a tip for more stages is the safer one.
 * "Not a fit" removes a tip for this protégé only. Recently shown tips sink, and the last tip
 * shown is never first again.
 *
 * Generation is a starting point, not a verdict, so each group of three (a top 3, then each
 * "show more") holds at least one tip that fits every generation and at most one written for
 * some generations only, unless this protégé marked it as worked.
 *
 * Remaining ties are broken by a stable shuffle keyed on the context, not by the id: the id
 * order says nothing about the advice, and would always put the same tips first.
 */
import { TIP_RENAMES, TIPS } from './library';
import { SEED_POINTS, type SeedPointId } from './seed-points';
import { situationById, type SituationId } from './situations';
import { SKILL_TOPIC_LABELS, skillTopicsIn, type SkillTopic } from './skill-topics';
import type { Tip, TipGrounding } from './tip';
import { followRenames, type TipRenames } from './tip-renames';
import {
  GENERATION_LABELS,
  GENERATIONS,
  STAGES,
  type Generation,
  type Moment,
  type Stage,
  type TipVerdict,
} from './vocabulary';

/** One protégé's verdicts, keyed by tip id. */
export type VerdictsByTip = ReadonlyMap<string, TipVerdict> | Readonly<Record<string, TipVerdict>>;

export interface RankInput {
  readonly generation: Generation;
  /** Undefined while no stage is recorded: every tip matches, but less strongly than an exact stage. */
  readonly stage?: Stage;
  readonly moment: Moment;
  /** What is happening in the session now, when the mentor has said. */
  readonly situation?: SituationId;
  /** The protégé's stated skills and knowledge gaps, as typed in their profile. */
  readonly gaps?: string;
  /** This protégé's verdicts, keyed by tip id (old ids are followed through renames). */
  readonly feedback?: VerdictsByTip;
  /** Tip ids shown most recently first. */
  readonly recentlyShown?: readonly string[];
  /** How many tips to return; 3 unless given. */
  readonly limit?: number;
}

/** What ranking takes from the person: generation and stated gaps, with their stage and verdicts. */
export interface RankedPerson {
  readonly generation: Generation;
  readonly gaps?: string | undefined;
}

/** The ranking input for one person at a moment, leaving out what is not known. */
export function rankInputFor(
  person: RankedPerson,
  stage: Stage | undefined,
  feedback: VerdictsByTip | undefined,
  moment: Moment,
): RankInput {
  return {
    generation: person.generation,
    ...(stage ? { stage } : {}),
    moment,
    ...(person.gaps ? { gaps: person.gaps } : {}),
    ...(feedback ? { feedback } : {}),
  };
}

type TipReason =
  | { readonly kind: 'situation'; readonly situation: SituationId }
  | { readonly kind: 'skill-gap'; readonly skill: SkillTopic }
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

const DEFAULT_TIP_LIMIT = 3;

/** Tips per group in which the generation rules hold (a page of the Coach tab). */
const TIP_GROUP_SIZE = 3;

/**
 * Each weight exceeds the most that everything below it can add up to, so the order of
 * importance above holds lexicographically: specificity ≤ 4 + 3 < generation 10;
 * generation + specificity ≤ 17 < skill gap 20; skill gap + everything below ≤ 37 < worked 40;
 * worked + everything below ≤ 77 < stage 120 − the largest recency penalty 30; and stage plus
 * everything below ≤ 201 < situation 300 − 30.
 */
const RANK_WEIGHTS = {
  situationMatch: 300,
  stageMatch: 120,
  stageNotRecorded: 60,
  /** Per stage the tip leaves out when the stage matched exactly; per extra stage it fits when none is recorded. */
  stageSpecificity: 2,
  worked: 40,
  skillGap: 20,
  generationMatch: 10,
  /** Per generation the tip leaves out, only when the generation matched. */
  generationSpecificity: 1,
  /** Subtracted for recentlyShown[0], [1], …; tips shown longer ago are not pushed down. */
  recentPenalties: [30, 24, 18, 12, 6],
} as const;

function isFeedbackMap(feedback: VerdictsByTip): feedback is ReadonlyMap<string, TipVerdict> {
  return feedback instanceof Map;
}

/** Feedback under current ids. When an old and a new id disagree, "not a fit" wins: hiding is the safer error. */
function normaliseFeedback(feedback: VerdictsByTip | undefined, renames: TipRenames): ReadonlyMap<string, TipVerdict> {
  const byCurrentId = new Map<string, TipVerdict>();
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

interface ScoredTip extends RankedTip {
  /** Written for some generations only, and not marked as worked: at most one per group. */
  readonly capped: boolean;
  readonly tieBreak: number;
}

/** FNV-1a: a small, stable string hash, so tie order is the same on every run and machine. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function contextKey(input: RankInput): string {
  return [input.generation, input.stage ?? '-', input.moment, input.situation ?? '-'].join('/');
}

/**
 * The stage to rank for: a situation that signals a stage ("pushing back" → resistance) is
 * fresher evidence than the recorded stage, so its tips follow it. The record itself changes
 * only when the mentor accepts the suggestion.
 */
function stageToRankFor(input: RankInput): Stage | undefined {
  const signalled = input.situation === undefined ? undefined : situationById(input.situation)?.signals;
  return signalled ?? input.stage;
}

function scoreTip(
  tip: Tip,
  input: RankInput,
  verdict: TipVerdict | undefined,
  recentIds: readonly string[],
  gapTopics: readonly SkillTopic[],
  context: string,
): ScoredTip {
  // Reasons are listed in reading order ("Pushing back · Fits Gen X · resistance · …"), not in order of weight.
  const reasons: TipReason[] = [];
  let score = 0;

  if (input.situation !== undefined && tip.situations?.includes(input.situation) === true) {
    score += RANK_WEIGHTS.situationMatch;
    reasons.push({ kind: 'situation', situation: input.situation });
  }

  if (tip.generations.includes(input.generation)) {
    score +=
      RANK_WEIGHTS.generationMatch + RANK_WEIGHTS.generationSpecificity * (GENERATIONS.length - tip.generations.length);
    reasons.push(
      tip.generations.length === GENERATIONS.length
        ? { kind: 'all-generations' }
        : { kind: 'generation', generation: input.generation },
    );
  }

  const stage = stageToRankFor(input);
  if (stage === undefined) {
    score += RANK_WEIGHTS.stageNotRecorded + RANK_WEIGHTS.stageSpecificity * (tip.stages.length - 1);
    reasons.push({ kind: 'stage-not-recorded' });
  } else if (tip.stages.includes(stage)) {
    score += RANK_WEIGHTS.stageMatch + RANK_WEIGHTS.stageSpecificity * (STAGES.length - tip.stages.length);
    reasons.push({ kind: 'stage', stage });
  }

  reasons.push({ kind: 'moment', moment: input.moment });

  const skill = tip.skills?.find((topic) => gapTopics.includes(topic));
  if (skill !== undefined) {
    score += RANK_WEIGHTS.skillGap;
    reasons.push({ kind: 'skill-gap', skill });
  }

  if (verdict === 'worked') {
    score += RANK_WEIGHTS.worked;
    reasons.push({ kind: 'worked' });
  }

  score -= recentPenalty(tip.id, recentIds);
  reasons.push({ kind: 'grounding', grounding: tip.grounding });
  const capped = tip.generations.length < GENERATIONS.length && verdict !== 'worked';
  return { tip, score, reasons, capped, tieBreak: stableHash(`${context}|${tip.id}`) };
}

function byScoreThenShuffle(a: ScoredTip, b: ScoredTip): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.tieBreak !== b.tieBreak) return a.tieBreak - b.tieBreak;
  return a.tip.id < b.tip.id ? -1 : a.tip.id > b.tip.id ? 1 : 0;
}

function fitsEveryGeneration(entry: ScoredTip): boolean {
  return entry.tip.generations.length === GENERATIONS.length;
}

/**
 * Keeps the best-first order but, in each group of three, lets in at most one capped tip and
 * saves the last place for a tip that fits every generation when the group has none yet.
 * A tip that must wait moves down only as far as the next group with room for it.
 */
function balanceGenerations(ranked: readonly ScoredTip[]): ScoredTip[] {
  const waiting = [...ranked];
  const balanced: ScoredTip[] = [];
  while (waiting.length > 0) {
    const group = balanced.slice(balanced.length - (balanced.length % TIP_GROUP_SIZE));
    const hasCapped = group.some((entry) => entry.capped);
    const lastPlace = group.length === TIP_GROUP_SIZE - 1;
    const needsEveryone = lastPlace && !group.some(fitsEveryGeneration);
    const index = waiting.findIndex((entry) =>
      needsEveryone ? fitsEveryGeneration(entry) : !(hasCapped && entry.capped),
    );
    const [next] = waiting.splice(Math.max(index, 0), 1);
    if (next !== undefined) balanced.push(next);
  }
  return balanced;
}

/** Every tip for the moment (and the situation), best first, before the limit is applied. */
function rankAll(input: RankInput, tips: readonly Tip[], renames: TipRenames): RankedTip[] {
  const feedback = normaliseFeedback(input.feedback, renames);
  const recentIds = (input.recentlyShown ?? []).map((id) => followRenames(id, renames) ?? id);
  const gapTopics = skillTopicsIn(input.gaps);
  const context = contextKey(input);
  const fitsNow = (tip: Tip): boolean =>
    tip.moments.includes(input.moment) ||
    (input.situation !== undefined && tip.situations?.includes(input.situation) === true);
  const scored = tips
    .filter((tip) => fitsNow(tip) && feedback.get(tip.id) !== 'not-a-fit')
    .map((tip) => scoreTip(tip, input, feedback.get(tip.id), recentIds, gapTopics, context))
    .sort(byScoreThenShuffle);
  const ranked: RankedTip[] = balanceGenerations(scored).map(({ tip, score, reasons }) => ({ tip, score, reasons }));

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
    case 'situation':
      return situationById(reason.situation)?.label ?? reason.situation;
    case 'skill-gap':
      return `their gap: ${SKILL_TOPIC_LABELS[reason.skill]}`;
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

/**
 * A short line saying why a tip was chosen, e.g. "Pushing back · Fits Gen X · resistance · from: agreeing
 * expectations".
 */
export function explainTip(ranked: RankedTip): string {
  return ranked.reasons
    .map(describeReason)
    .filter((part): part is string => part !== undefined)
    .join(' · ');
}
