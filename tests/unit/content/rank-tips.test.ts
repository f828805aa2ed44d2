import { describe, expect, it } from 'vitest';
import { explainTip, nextTip, rankTips, type RankInput, type VerdictsByTip } from '../../../content/rank-tips';
import { SITUATION_IDS } from '../../../content/situations';
import type { Tip } from '../../../content/tip';
import { GENERATIONS, STAGES, type Generation, type Stage, type TipVerdict } from '../../../content/vocabulary';
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

  it('breaks ties by a stable shuffle, not by the id', () => {
    const ids = Array.from({ length: 8 }, (_, index) => `tie-${index}`);
    const tips = ids.map((id) => tipFor(id, GENERATIONS, ['resistance']));
    const ranked = idsOf(genxInResistance, tips);
    expect(ranked).not.toEqual(ids);
    expect(idsOf(genxInResistance, [...tips].reverse())).toEqual(ranked);
    // Another context shuffles differently, so no tip always wins a tie.
    expect(idsOf({ ...genxInResistance, generation: 'boomer' }, tips)).not.toEqual(ranked);
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
  const asRecord = (entries: [string, TipVerdict][]): VerdictsByTip => Object.fromEntries(entries);
  const asMap = (entries: [string, TipVerdict][]): VerdictsByTip => new Map(entries);

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

  it.each<[string, TipVerdict, boolean]>([
    ['not-a-fit', 'not-a-fit', false],
    ['worked', 'worked', true],
  ])('applies %s feedback saved under a renamed id', (_case, verdict, stillShown) => {
    const renames = { 'older-name': 'old-name', 'old-name': 'stage-only' };
    const ranked = rankTips({ ...genxInResistance, feedback: { 'older-name': verdict } }, FIXTURE_TIPS, renames);
    expect(ranked.some((entry) => entry.tip.id === 'stage-only')).toBe(stillShown);
    if (stillShown) expect(ranked[0]?.tip.id).toBe('stage-only');
  });

  it('lets not-a-fit win when an old and a new id disagree', () => {
    const feedback = new Map<string, TipVerdict>([
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

  it.each<[string, readonly string[], number]>([
    ['shown just now', ['a-tip'], 2],
    ['shown one before last', ['x', 'a-tip'], 2],
  ])('pushes down a tip %s', (_case, recentlyShown, expectedIndex) => {
    const tips = ['a-tip', 'b-tip', 'c-tip'].map((id) => tipFor(id, GENERATIONS, ['resistance']));
    expect(idsOf({ ...genxInResistance, recentlyShown }, tips).indexOf('a-tip')).toBe(expectedIndex);
  });

  it('leaves a tip shown long ago where it was', () => {
    const tips = ['a-tip', 'b-tip', 'c-tip'].map((id) => tipFor(id, GENERATIONS, ['resistance']));
    const recentlyShown = ['f1', 'f2', 'f3', 'f4', 'f5', 'a-tip'];
    expect(idsOf({ ...genxInResistance, recentlyShown }, tips)).toEqual(idsOf(genxInResistance, tips));
  });

  it('keeps a recently shown tip for this stage above tips for another stage', () => {
    const ids = idsOf({
      ...genxInResistance,
      recentlyShown: ['x', 'everyone-in-stage'],
      feedback: { 'generation-only': 'worked' },
    });
    expect(ids.indexOf('everyone-in-stage')).toBeLessThan(ids.indexOf('generation-only'));
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

describe('rankTips situation', () => {
  const forPushingBack = makeTip({
    id: 'for-pushing-back',
    generations: GENERATIONS,
    stages: ['resistance'],
    situations: ['pushing-back'],
  });
  const forPushingBackInDenial = makeTip({
    id: 'for-pushing-back-in-denial',
    generations: GENERATIONS,
    stages: ['denial'],
    situations: ['pushing-back'],
  });
  const boomerPushingBack = makeTip({
    id: 'boomer-pushing-back',
    generations: ['boomer'],
    stages: ['resistance'],
    situations: ['pushing-back'],
    check: 'Ask whether it fits.',
  });
  const anotherForPushingBack = makeTip({
    id: 'another-for-pushing-back',
    generations: GENERATIONS,
    stages: ['resistance'],
    situations: ['pushing-back'],
  });
  const quietInAcceptance = makeTip({
    id: 'quiet-in-acceptance',
    generations: GENERATIONS,
    stages: ['acceptance'],
    situations: ['going-quiet'],
  });
  const forCancelling = makeTip({
    id: 'for-cancelling',
    generations: GENERATIONS,
    stages: STAGES,
    moments: ['after'],
    situations: ['cancels-again'],
  });
  const plain = (id: string, generations: readonly Generation[], stages: readonly Stage[]) =>
    makeTip({ id, generations, stages });
  const SITUATION_TIPS = [
    forPushingBack,
    forPushingBackInDenial,
    boomerPushingBack,
    anotherForPushingBack,
    quietInAcceptance,
    forCancelling,
    plain('plain-resistance', GENERATIONS, ['resistance']),
    plain('plain-denial', GENERATIONS, ['denial']),
    plain('plain-boomer-denial', ['boomer'], ['denial']),
  ];

  // Each row: the input, and the tips expected first, in order.
  it.each<[string, RankInput, readonly string[]]>([
    [
      'puts the situation first whatever the recorded stage',
      { generation: 'genx', stage: 'denial', moment: 'in-session', situation: 'going-quiet' },
      ['quiet-in-acceptance'],
    ],
    [
      'ranks for the stage the situation signals, not the recorded one',
      { generation: 'boomer', stage: 'denial', moment: 'in-session', situation: 'pushing-back', limit: 3 },
      ['boomer-pushing-back', 'for-pushing-back', 'another-for-pushing-back'],
    ],
    [
      'lifts the generation-targeted situation tip for its generation',
      { generation: 'boomer', stage: 'resistance', moment: 'in-session', situation: 'pushing-back' },
      ['boomer-pushing-back'],
    ],
    [
      'lets worked feedback order tips within the situation',
      {
        generation: 'genx',
        stage: 'resistance',
        moment: 'in-session',
        situation: 'pushing-back',
        feedback: { 'another-for-pushing-back': 'worked' },
      },
      ['another-for-pushing-back', 'for-pushing-back'],
    ],
    [
      'keeps a situation tip for another stage above every tip for no situation',
      { generation: 'boomer', stage: 'resistance', moment: 'in-session', situation: 'pushing-back' },
      ['boomer-pushing-back', 'for-pushing-back', 'another-for-pushing-back', 'for-pushing-back-in-denial'],
    ],
    [
      'drops a situation tip marked not a fit',
      {
        generation: 'boomer',
        stage: 'resistance',
        moment: 'in-session',
        situation: 'pushing-back',
        feedback: { 'boomer-pushing-back': 'not-a-fit', 'another-for-pushing-back': 'not-a-fit' },
      },
      ['for-pushing-back', 'for-pushing-back-in-denial'],
    ],
    [
      'brings in situation tips written for another moment',
      { generation: 'genx', stage: 'denial', moment: 'in-session', situation: 'cancels-again' },
      ['for-cancelling'],
    ],
    [
      'without a situation, ranks by stage as before',
      { generation: 'boomer', stage: 'denial', moment: 'in-session' },
      ['plain-boomer-denial'],
    ],
  ])('%s', (_case, input, expectedFirst) => {
    const ids = idsOf({ limit: 10, ...input }, SITUATION_TIPS);
    const first = ids.slice(0, expectedFirst.length);
    // Equal tips are shuffled, so each row names a clear leader and then the set that follows it.
    expect(new Set(first)).toEqual(new Set(expectedFirst));
    expect(first[0]).toBe(expectedFirst[0]);
  });

  it('names the situation first in the reasons', () => {
    const [top] = rankTips(
      { generation: 'genx', stage: 'resistance', moment: 'in-session', situation: 'pushing-back' },
      SITUATION_TIPS,
      {},
    );
    expect(explainTip(top!)).toBe('Pushing back · Fits every generation · resistance · from: mentoring practice');
  });

  it('keeps situation tips out of the ranking when no situation is chosen and the moment differs', () => {
    expect(idsOf({ generation: 'genx', moment: 'in-session', limit: 10 }, SITUATION_TIPS)).not.toContain(
      'for-cancelling',
    );
  });
});

describe('rankTips skill gaps', () => {
  const aboutAi = makeTip({ id: 'about-ai', skills: ['ai-tools'] });
  const aboutData = makeTip({ id: 'about-data', skills: ['data'] });
  const general = makeTip({ id: 'general' });
  const tips = [aboutAi, aboutData, general];

  it.each<[string | undefined, string]>([
    ['Wants to use ChatGPT for first drafts', 'about-ai'],
    ['Dashboards and Excel pivot tables', 'about-data'],
    ['Prompting an AI assistant', 'about-ai'],
  ])('lifts the tip matching the gaps %j', (gaps, expected) => {
    const ranked = rankTips({ ...genxInResistance, gaps }, tips, {});
    expect(ranked[0]?.tip.id).toBe(expected);
    expect(ranked[0]?.reasons).toContainEqual({ kind: 'skill-gap', skill: ranked[0]?.tip.skills?.[0] });
  });

  it('says which gap a tip matched', () => {
    const [top] = rankTips({ ...genxInResistance, gaps: 'LinkedIn and AI' }, [aboutAi], {});
    expect(explainTip(top!)).toBe(
      'Fits every generation · resistance · their gap: AI tools · from: mentoring practice',
    );
  });

  it.each([undefined, '', 'Delegating and public speaking'])('lifts no skill tip for the gaps %j', (gaps) => {
    const ranked = rankTips({ ...genxInResistance, gaps }, tips, {});
    expect(ranked.every((entry) => !entry.reasons.some((reason) => reason.kind === 'skill-gap'))).toBe(true);
  });

  it('keeps the stage above a skill gap', () => {
    const otherStageAi = makeTip({ id: 'other-stage-ai', stages: ['denial'], skills: ['ai-tools'] });
    const sameStage = makeTip({ id: 'same-stage', stages: ['resistance'] });
    expect(idsOf({ ...genxInResistance, gaps: 'AI tools' }, [otherStageAi, sameStage])).toEqual([
      'same-stage',
      'other-stage-ai',
    ]);
  });
});

describe('rankTips generation balance', () => {
  const genx = (id: string) => makeTip({ id, generations: ['genx'], stages: ['resistance'], check: 'Ask them.' });
  const everyone = (id: string) => makeTip({ id, generations: GENERATIONS, stages: ['denial'] });
  const tips = [genx('genx-1'), genx('genx-2'), genx('genx-3'), everyone('all-1'), everyone('all-2')];
  const isTargeted = (id: string) => id.startsWith('genx');

  it('lets at most one generation-targeted tip into each group of three without feedback', () => {
    const ids = idsOf({ ...genxInResistance, limit: 5 }, tips);
    expect(ids.slice(0, 3).filter(isTargeted)).toHaveLength(1);
    expect(ids.slice(3).filter(isTargeted)).toHaveLength(2);
  });

  it('keeps the best-scoring tip first', () => {
    expect(idsOf({ ...genxInResistance, limit: 1 }, tips)[0]).toMatch(/^genx-/);
  });

  it('lets worked tips through the cap, but still keeps one tip for everyone in the top three', () => {
    const feedback = { 'genx-1': 'worked', 'genx-2': 'worked', 'genx-3': 'worked' } as const;
    const ids = idsOf({ ...genxInResistance, feedback, limit: 3 }, tips);
    expect(ids.filter(isTargeted)).toHaveLength(2);
    expect(ids.filter((id) => !isTargeted(id))).toHaveLength(1);
  });

  it('fills with targeted tips only when nothing else fits', () => {
    expect(
      idsOf(
        { ...genxInResistance, limit: 3 },
        tips.filter((tip) => isTargeted(tip.id)),
      ),
    ).toHaveLength(3);
  });
});

describe('rankTips with no stage recorded', () => {
  it('puts tips for every stage first (a neutral set)', () => {
    const everyStage = makeTip({ id: 'z-every-stage', stages: STAGES });
    const acceptanceOnly = makeTip({ id: 'a-acceptance', stages: ['acceptance'] });
    expect(idsOf({ generation: 'genx', moment: 'in-session' }, [acceptanceOnly, everyStage])).toEqual([
      'z-every-stage',
      'a-acceptance',
    ]);
  });

  it.each(GENERATIONS)('offers a %s protégé a top three fit for any stage on the real library', (generation) => {
    const ranked = rankTips({ generation, moment: 'in-session' });
    expect(ranked).toHaveLength(3);
    for (const { tip } of ranked) expect(tip.stages).toEqual(STAGES);
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

  const GRID = GENERATIONS.flatMap((generation) =>
    STAGES.flatMap((stage) => SITUATION_IDS.map((situation) => [generation, stage, situation] as const)),
  );

  it.each(GRID)('for %s × %s × %s, shows the situation’s tips first', (generation, stage, situation) => {
    const ranked = rankTips({ generation, stage, situation, moment: 'in-session' });
    expect(ranked).toHaveLength(3);
    for (const { tip } of ranked) expect(tip.situations).toContain(situation);
    expect(ranked.some(({ tip }) => tip.generations.length === GENERATIONS.length)).toBe(true);
  });

  it.each<[string, RankInput, (tip: Tip) => boolean]>([
    [
      'pushing back for a Boomer in denial: resistance tips lead',
      { generation: 'boomer', stage: 'denial', situation: 'pushing-back', moment: 'in-session' },
      (tip) => tip.stages.includes('resistance'),
    ],
    [
      'keen for more from Gen X in acceptance: acceptance tips lead',
      { generation: 'genx', stage: 'acceptance', situation: 'keen-for-more', moment: 'in-session' },
      (tip) => tip.stages.includes('acceptance'),
    ],
    [
      'a Millennial with AI in their gaps, no situation: an AI tip leads',
      { generation: 'millennial', stage: 'resistance', moment: 'in-session', gaps: 'Using AI tools for reports' },
      (tip) => tip.skills?.includes('ai-tools') === true,
    ],
    [
      'a Gen X protégé for whom a resistance tip worked: it leads',
      {
        generation: 'genx',
        stage: 'resistance',
        moment: 'in-session',
        feedback: { 'resistance-offer-two-paths': 'worked' },
      },
      (tip) => tip.id === 'resistance-offer-two-paths',
    ],
  ])('%s', (_case, input, fits) => {
    const [top] = rankTips(input);
    expect(top && fits(top.tip)).toBe(true);
  });

  it('uses the real library and renames by default', () => {
    const input: RankInput = { generation: 'millennial', stage: 'acceptance', moment: 'after' };
    expect(rankTips(input).length).toBe(3);
    expect(nextTip(input, rankTips(input)[0]!.tip.id)?.tip.id).toBe(rankTips(input)[1]!.tip.id);
  });
});
