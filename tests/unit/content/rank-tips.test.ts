import { describe, expect, it } from 'vitest';
import {
  explainTip,
  nextTip,
  rankTips,
  type RankInput,
  type TipFeedback,
  type TipFeedbackVerdict,
} from '../../../content/rank-tips';
import type { Tip } from '../../../content/tip';
import { GENERATIONS, STAGES, type Generation, type Stage } from '../../../content/vocabulary';
import { makeTip } from './tip-fixtures';

function tipFor(id: string, generations: readonly Generation[], stages: readonly Stage[]): Tip {
  return makeTip({ id, generations, stages });
}

const bothMatch = tipFor('both-match', ['genx'], ['resistance']);
const everyoneInStage = tipFor('everyone-in-stage', GENERATIONS, ['resistance']);
const stageOnly = tipFor('stage-only', ['boomer'], ['resistance']);
const generationOnly = tipFor('generation-only', ['genx'], ['denial']);
const neither = tipFor('neither', ['boomer'], ['acceptance']);
const forPreparing = makeTip({
  id: 'for-preparing',
  generations: ['genx'],
  stages: ['resistance'],
  moments: ['prepare'],
});
const FIXTURE_TIPS = [neither, generationOnly, stageOnly, everyoneInStage, bothMatch, forPreparing];

const genxInResistance: RankInput = { generation: 'genx', stage: 'resistance', moment: 'in-session', limit: 10 };

const idsOf = (input: RankInput, tips: readonly Tip[] = FIXTURE_TIPS, renames = {}): string[] =>
  rankTips(input, tips, renames).map((ranked) => ranked.tip.id);

describe('rankTips order', () => {
  it('offers only tips for the requested moment', () => {
    expect(idsOf({ ...genxInResistance, moment: 'prepare' })).toEqual(['for-preparing']);
    expect(idsOf(genxInResistance)).not.toContain('for-preparing');
  });

  it('puts both-match tips first, then stage-only, then generation-only, then the rest', () => {
    expect(idsOf(genxInResistance)).toEqual([
      'both-match',
      'everyone-in-stage',
      'stage-only',
      'generation-only',
      'neither',
    ]);
  });

  // Each row: a rule, the tip that must come first, the one it must beat, and the input change.
  // The winner's id sorts last, so the id tie-break can never be what makes a row pass.
  type Profile = readonly [readonly Generation[], readonly Stage[]];
  it.each<[string, Profile, Profile, Partial<RankInput>]>([
    ['stage and generation beat stage alone', [['genx'], ['resistance']], [['boomer'], ['resistance']], {}],
    ['stage alone beats generation alone', [['boomer'], ['resistance']], [['genx'], ['denial']], {}],
    ['generation alone beats neither', [['genx'], ['denial']], [['boomer'], ['denial']], {}],
    ['a tip for this generation beats one for all four', [['genx'], ['resistance']], [GENERATIONS, ['resistance']], {}],
    ['a tip for this stage only beats one for every stage', [['genx'], ['resistance']], [['genx'], STAGES], {}],
    [
      'worked feedback beats a generation match',
      [['boomer'], ['resistance']],
      [['genx'], ['resistance']],
      { feedback: { 'z-winner': 'worked' } },
    ],
    [
      'worked feedback does not beat the stage',
      [['boomer'], ['resistance']],
      [['genx'], ['denial']],
      { feedback: { 'a-loser': 'worked' } },
    ],
    [
      'with no stage recorded, the generation decides',
      [['genx'], ['denial']],
      [['boomer'], ['resistance']],
      { stage: undefined },
    ],
  ])('%s', (_rule, [winnerGenerations, winnerStages], [loserGenerations, loserStages], change) => {
    const winner = tipFor('z-winner', winnerGenerations, winnerStages);
    const loser = tipFor('a-loser', loserGenerations, loserStages);
    const input = { ...genxInResistance, ...change };
    expect(idsOf(input, [loser, winner])).toEqual(['z-winner', 'a-loser']);
    expect(idsOf(input, [winner, loser])).toEqual(['z-winner', 'a-loser']);
  });

  it('breaks a tie between equal tips by the lower id', () => {
    const tips = ['b-tip', 'c-tip', 'a-tip'].map((id) => tipFor(id, ['genx'], ['resistance']));
    expect(idsOf(genxInResistance, tips)).toEqual(['a-tip', 'b-tip', 'c-tip']);
  });

  it('scores a recorded stage match above the weaker match of an unrecorded stage', () => {
    const anyStage = tipFor('any-stage', ['genx'], STAGES);
    const [exact] = rankTips(genxInResistance, [anyStage], {});
    const [unrecorded] = rankTips({ ...genxInResistance, stage: undefined }, [anyStage], {});
    expect(exact!.score).toBeGreaterThan(unrecorded!.score);
    expect(unrecorded!.reasons).toContainEqual({ kind: 'stage-not-recorded' });
  });

  it('gives the same output for the same input, whatever the order of the tips', () => {
    const reversed = [...FIXTURE_TIPS].reverse();
    expect(rankTips(genxInResistance, reversed, {})).toEqual(rankTips(genxInResistance, FIXTURE_TIPS, {}));
  });
});

describe('rankTips feedback', () => {
  const asRecord = (entries: [string, TipFeedbackVerdict][]): TipFeedback => Object.fromEntries(entries);
  const asMap = (entries: [string, TipFeedbackVerdict][]): TipFeedback => new Map(entries);

  it.each([
    ['a record', asRecord],
    ['a map', asMap],
  ])('removes a not-a-fit tip when feedback is %s', (_form, toFeedback) => {
    const ids = idsOf({ ...genxInResistance, feedback: toFeedback([['both-match', 'not-a-fit']]) });
    expect(ids).not.toContain('both-match');
    expect(ids).toHaveLength(FIXTURE_TIPS.length - 2);
  });

  it('removes a not-a-fit tip only for the protégé whose feedback it is', () => {
    expect(idsOf({ ...genxInResistance, feedback: { 'both-match': 'not-a-fit' } })).not.toContain('both-match');
    expect(idsOf({ ...genxInResistance, feedback: {} })).toContain('both-match');
  });

  it('says when a tip is lifted because it worked', () => {
    const [top] = rankTips({ ...genxInResistance, feedback: { 'stage-only': 'worked' } }, FIXTURE_TIPS, {});
    expect(top?.tip.id).toBe('stage-only');
    expect(top?.reasons).toContainEqual({ kind: 'worked' });
  });

  it.each<[string, TipFeedbackVerdict, boolean]>([
    ['not-a-fit', 'not-a-fit', false],
    ['worked', 'worked', true],
  ])('applies %s feedback saved under a renamed id', (_case, verdict, stillShown) => {
    const renames = { 'older-name': 'old-name', 'old-name': 'stage-only' };
    const ranked = rankTips({ ...genxInResistance, feedback: { 'older-name': verdict } }, FIXTURE_TIPS, renames);
    expect(ranked.some((entry) => entry.tip.id === 'stage-only')).toBe(stillShown);
    if (stillShown) expect(ranked[0]?.tip.id).toBe('stage-only');
  });

  it('lets not-a-fit win when an old and a new id disagree', () => {
    const feedback = new Map<string, TipFeedbackVerdict>([
      ['old-name', 'not-a-fit'],
      ['stage-only', 'worked'],
    ]);
    expect(idsOf({ ...genxInResistance, feedback }, FIXTURE_TIPS, { 'old-name': 'stage-only' })).not.toContain(
      'stage-only',
    );
  });
});

describe('rankTips recency', () => {
  it.each([
    ['the top tip', 'both-match'],
    ['a worked tip', 'stage-only'],
  ])('never puts the last tip shown first again (%s)', (_case, lastShown) => {
    const input = { ...genxInResistance, feedback: { 'stage-only': 'worked' as const }, recentlyShown: [lastShown] };
    const ids = idsOf(input);
    expect(ids[0]).not.toBe(lastShown);
    expect(ids).toContain(lastShown);
  });

  it('still never repeats the last tip when it outscores everything by far', () => {
    const ids = idsOf({ ...genxInResistance, recentlyShown: ['both-match'] }, [bothMatch, neither]);
    expect(ids).toEqual(['neither', 'both-match']);
  });

  it('keeps the only fitting tip rather than showing nothing', () => {
    expect(idsOf({ ...genxInResistance, recentlyShown: ['both-match'] }, [bothMatch])).toEqual(['both-match']);
  });

  it('follows renames in the recently shown list', () => {
    const ids = idsOf({ ...genxInResistance, recentlyShown: ['old-name'] }, FIXTURE_TIPS, { 'old-name': 'both-match' });
    expect(ids[0]).not.toBe('both-match');
  });

  it.each<[string, readonly string[], readonly string[]]>([
    ['shown just now', ['a-tip'], ['b-tip', 'c-tip', 'a-tip']],
    ['shown one before last', ['x', 'a-tip'], ['b-tip', 'c-tip', 'a-tip']],
    ['shown long ago', ['f1', 'f2', 'f3', 'f4', 'f5', 'a-tip'], ['a-tip', 'b-tip', 'c-tip']],
  ])('pushes down a tip %s', (_case, recentlyShown, expected) => {
    const tips = ['a-tip', 'b-tip', 'c-tip'].map((id) => tipFor(id, ['genx'], ['resistance']));
    expect(idsOf({ ...genxInResistance, recentlyShown }, tips)).toEqual(expected);
  });

  it('keeps a recently shown tip for this stage above tips for another stage', () => {
    const ids = idsOf({
      ...genxInResistance,
      recentlyShown: ['x', 'both-match'],
      feedback: { 'generation-only': 'worked' },
    });
    expect(ids.indexOf('both-match')).toBeLessThan(ids.indexOf('generation-only'));
  });
});

describe('rankTips limit', () => {
  it.each<[number | undefined, number]>([
    [undefined, 3],
    [1, 1],
    [0, 0],
    [-2, 0],
    [100, 5],
  ])('returns at most %s tips (%i here)', (limit, expected) => {
    expect(rankTips({ ...genxInResistance, limit }, FIXTURE_TIPS, {})).toHaveLength(expected);
  });
});

describe('nextTip', () => {
  const inResistance = FIXTURE_TIPS.filter((tip) => tip !== forPreparing);

  it('visits every fitting tip once, in ranked order, before coming back round', () => {
    const visited: string[] = [];
    let current: string | undefined = 'both-match';
    for (let step = 0; step < inResistance.length; step += 1) {
      current = nextTip(genxInResistance, current, FIXTURE_TIPS, {})?.tip.id;
      visited.push(current ?? 'none');
    }
    expect(visited).toEqual(['everyone-in-stage', 'stage-only', 'generation-only', 'neither', 'both-match']);
  });

  it.each<[string, string | undefined, Partial<RankInput>, string | undefined]>([
    ['starts at the top when nothing is shown', undefined, {}, 'both-match'],
    ['starts at the top when the current tip is unknown', 'retired', {}, 'both-match'],
    ['skips tips marked not a fit', 'both-match', { feedback: { 'everyone-in-stage': 'not-a-fit' } }, 'stage-only'],
    ['follows a renamed current id', 'old-name', {}, 'everyone-in-stage'],
    ['ignores the recently shown order', 'both-match', { recentlyShown: ['both-match'] }, 'everyone-in-stage'],
  ])('%s', (_case, currentId, change, expected) => {
    const next = nextTip({ ...genxInResistance, ...change }, currentId, FIXTURE_TIPS, { 'old-name': 'both-match' });
    expect(next?.tip.id).toBe(expected);
  });

  it('returns nothing when no other tip fits', () => {
    expect(nextTip(genxInResistance, 'both-match', [bothMatch], {})).toBeUndefined();
  });
});

describe('explainTip', () => {
  it.each<[string, Tip, Partial<RankInput>, string]>([
    [
      'a tip for this generation and stage',
      makeTip({ id: 'x', generations: ['genx'], stages: ['resistance'], grounding: 'agreed-expectations' }),
      {},
      'Fits Gen X · resistance · from: agreeing expectations',
    ],
    [
      'a tip for everyone that worked',
      makeTip({ id: 'x', stages: ['resistance'] }),
      { feedback: { x: 'worked' } },
      'Fits every generation · resistance · worked before · from: mentoring practice',
    ],
    [
      'a tip while no stage is recorded',
      makeTip({ id: 'x', generations: ['boomer'], grounding: 'history-of-change' }),
      { generation: 'boomer', stage: undefined },
      'Fits Baby Boomer · any stage (none recorded yet) · from: change through history',
    ],
    [
      'a tip that fits the stage only',
      makeTip({ id: 'x', generations: ['silent'], stages: ['resistance'] }),
      {},
      'resistance · from: mentoring practice',
    ],
  ])('explains %s', (_case, tip, change, expected) => {
    const [ranked] = rankTips({ ...genxInResistance, ...change }, [tip], {});
    expect(explainTip(ranked!)).toBe(expected);
  });
});

describe('rankTips on the real library', () => {
  const topInSession = (generation: Generation, stage: Stage) =>
    rankTips({ generation, stage, moment: 'in-session' })[0]!.tip;

  it('gives a Gen X protégé in resistance and a Boomer in denial different top tips, each fitting them', () => {
    const genx = topInSession('genx', 'resistance');
    const boomer = topInSession('boomer', 'denial');
    expect(genx.id).not.toBe(boomer.id);
    expect(genx.generations).toContain('genx');
    expect(genx.stages).toContain('resistance');
    expect(boomer.generations).toContain('boomer');
    expect(boomer.stages).toContain('denial');
  });

  it.each(GENERATIONS.flatMap((generation) => STAGES.map((stage) => [generation, stage] as const)))(
    'offers three in-session tips for %s × %s that fit both',
    (generation, stage) => {
      const ranked = rankTips({ generation, stage, moment: 'in-session' });
      expect(ranked).toHaveLength(3);
      for (const { tip } of ranked) {
        expect(tip.generations).toContain(generation);
        expect(tip.stages).toContain(stage);
      }
    },
  );

  it('uses the real library and renames by default', () => {
    const input: RankInput = { generation: 'millennial', stage: 'acceptance', moment: 'after' };
    expect(rankTips(input).length).toBe(3);
    expect(nextTip(input, rankTips(input)[0]!.tip.id)?.tip.id).toBe(rankTips(input)[1]!.tip.id);
  });
});
