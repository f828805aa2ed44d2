/**
 * Whole-library checks on what the ranking actually shows, over every generation × stage
 * (including none recorded) × situation (including none), without feedback: the state of a
 * new protégé, where the generation is all the ranking knows.
 */
import { rankTips, type RankInput } from './rank-tips';
import { SITUATION_IDS, type SituationId } from './situations';
import type { Tip } from './tip';
import type { TipRenames } from './tip-renames';
import { GENERATIONS, MOMENTS, STAGES, type Moment, type Stage } from './vocabulary';

/** Share of in-session tips that must reach some top 6 of the grid. */
export const MIN_REACHABLE_SHARE = 0.8;
const REACH_DEPTH = 6;
const TOP = 3;

export function rankingGrid(moment: Moment): RankInput[] {
  const stages: (Stage | undefined)[] = [undefined, ...STAGES];
  const situations: (SituationId | undefined)[] = [undefined, ...SITUATION_IDS];
  return GENERATIONS.flatMap((generation) =>
    stages.flatMap((stage) =>
      situations.map((situation) => ({
        generation,
        moment,
        ...(stage === undefined ? {} : { stage }),
        ...(situation === undefined ? {} : { situation }),
      })),
    ),
  );
}

function describeInput(input: RankInput): string {
  return `${input.generation} × ${input.stage ?? 'no stage'} × ${input.situation ?? 'no situation'} (${input.moment})`;
}

export interface Reachability {
  readonly reached: number;
  readonly total: number;
  readonly share: number;
  readonly unreached: readonly string[];
}

/** How many in-session tips appear in at least one top 6 over the grid. */
export function inSessionReachability(tips: readonly Tip[], renames: TipRenames = {}): Reachability {
  const inSession = tips.filter((tip) => tip.moments.includes('in-session'));
  const seen = new Set<string>();
  for (const input of rankingGrid('in-session')) {
    for (const { tip } of rankTips({ ...input, limit: REACH_DEPTH }, tips, renames)) seen.add(tip.id);
  }
  const unreached = inSession.filter((tip) => !seen.has(tip.id)).map((tip) => tip.id);
  const reached = inSession.length - unreached.length;
  return {
    reached,
    total: inSession.length,
    share: inSession.length === 0 ? 0 : reached / inSession.length,
    unreached,
  };
}

/** Each top 3 holds a tip for every generation and at most one written for some generations only. */
export function findTopThreeProblems(tips: readonly Tip[], renames: TipRenames = {}): string[] {
  const problems: string[] = [];
  for (const moment of MOMENTS) {
    for (const input of rankingGrid(moment)) {
      const top = rankTips({ ...input, limit: TOP }, tips, renames);
      const targeted = top.filter(({ tip }) => tip.generations.length < GENERATIONS.length).length;
      if (top.length > 0 && targeted === top.length) {
        problems.push(`${describeInput(input)}: no tip in the top ${TOP} fits every generation`);
      }
      if (targeted > 1) {
        problems.push(`${describeInput(input)}: ${targeted} generation-targeted tips in the top ${TOP} (max 1)`);
      }
    }
  }
  return problems;
}

export function findRankingProblems(tips: readonly Tip[], renames: TipRenames = {}): string[] {
  const problems = findTopThreeProblems(tips, renames);
  const { reached, total, share, unreached } = inSessionReachability(tips, renames);
  if (share < MIN_REACHABLE_SHARE) {
    problems.push(
      `only ${reached} of ${total} in-session tips reach a top ${REACH_DEPTH} (min ${MIN_REACHABLE_SHARE * 100}%); ` +
        `never shown: ${unreached.join(', ')}`,
    );
  }
  return problems;
}
