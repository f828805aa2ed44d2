import { describe, expect, it } from 'vitest';
import { TIP_RENAMES, TIPS } from '../../../content/library';
import {
  findRankingProblems,
  findTopThreeProblems,
  inSessionReachability,
  MIN_REACHABLE_SHARE,
  rankingGrid,
} from '../../../content/ranking-coverage';
import { SITUATION_IDS } from '../../../content/situations';
import type { Tip } from '../../../content/tip';
import { GENERATIONS, STAGES, type Generation } from '../../../content/vocabulary';
import { makeTip } from './tip-fixtures';

describe('ranking coverage on the real library', () => {
  it('meets the top-3 and top-6 rules over the whole grid', () => {
    expect(findRankingProblems(TIPS, TIP_RENAMES)).toEqual([]);
  });

  it(`brings at least ${MIN_REACHABLE_SHARE * 100}% of in-session tips into some top 6`, () => {
    const { share, reached, total } = inSessionReachability(TIPS, TIP_RENAMES);
    console.log(`in-session tips reaching a top 6: ${reached} of ${total} (${Math.round(share * 100)}%)`);
    expect(share).toBeGreaterThanOrEqual(MIN_REACHABLE_SHARE);
  });

  it('walks every generation × stage (or none) × situation (or none)', () => {
    expect(rankingGrid('in-session')).toHaveLength(
      GENERATIONS.length * (STAGES.length + 1) * (SITUATION_IDS.length + 1),
    );
  });
});

describe('ranking coverage on broken fixtures', () => {
  const forEveryone = (id: string, extra: Partial<Tip> = {}) => makeTip({ id, ...extra });
  const forOnly = (generation: Generation, id: string, extra: Partial<Tip> = {}) =>
    makeTip({ id, generations: [generation], check: 'Ask whether it fits.', ...extra });

  it('flags a grid cell whose top 3 has no tip for every generation', () => {
    // For Boomers in acceptance, only Boomer tips exist.
    const tips = [
      ...['a', 'b', 'c'].map((id) => forEveryone(id, { stages: ['denial', 'resistance'] })),
      ...['x', 'y', 'z'].map((id) => forOnly('boomer', id, { stages: ['acceptance'] })),
    ];
    const problems = findTopThreeProblems(tips.filter((tip) => tip.stages.includes('acceptance')));
    expect(problems).toContainEqual(expect.stringContaining('boomer × acceptance × no situation (in-session): no tip'));
  });

  it('flags a top 3 with two generation-targeted tips', () => {
    const tips = [forOnly('genx', 'x'), forOnly('genx', 'y'), forEveryone('a')];
    expect(findTopThreeProblems(tips)).toContainEqual(
      expect.stringContaining('genx × no stage × no situation (in-session): 2 generation-targeted tips'),
    );
  });

  it('flags a library where most in-session tips never reach a top 6', () => {
    // Six tips for each single stage and six for every stage win every context; thirty tips for
    // two stages always lose to one or the other, so they never show.
    const winners = [...STAGES.map((stage) => [stage]), STAGES].flatMap((stages, group) =>
      Array.from({ length: 6 }, (_, index) => forEveryone(`winner-${group}-${index}`, { stages })),
    );
    const losers = Array.from({ length: 30 }, (_, index) =>
      forEveryone(`loser-${index}`, { stages: ['denial', 'resistance'] }),
    );
    const tips = [...winners, ...losers];
    const { share, unreached } = inSessionReachability(tips);
    expect(share).toBeLessThan(MIN_REACHABLE_SHARE);
    expect(unreached).toEqual(losers.map((tip) => tip.id));
    expect(findRankingProblems(tips)).toContainEqual(expect.stringContaining('in-session tips reach a top 6'));
  });
});
