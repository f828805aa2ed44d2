import { describe, expect, it } from 'vitest';
import {
  findUnknownFeedbackTipIds,
  resolveTipId,
  TIP_LIBRARY_VERSION,
  TIP_RENAMES,
  tipById,
  TIPS,
} from '../../../content/library';
import { SEED_POINT_IDS, SEED_POINTS, type SeedPoint } from '../../../content/seed-points';
import { SITUATION_IDS, SITUATIONS, type Situation } from '../../../content/situations';
import type { Tip } from '../../../content/tip';
import { findUnknownTipIds, followRenames, resolveTipIdIn } from '../../../content/tip-renames';
import {
  countInSessionTips,
  countSentences,
  countWords,
  findCoverageProblems,
  findDuplicateProblems,
  findLibraryProblems,
  findReadabilityProblems,
  findRenameProblems,
  findSeedPointProblems,
  findSituationProblems,
  findThemeProblems,
  findTipProblems,
  MAX_IN_SESSION_BODY_WORDS,
  medianInSessionBodyWords,
} from '../../../content/validate-library';
import { TIP_THEMES } from '../../../content/themes';
import { GENERATIONS, MOMENTS, STAGES, type Generation, type Moment, type Stage } from '../../../content/vocabulary';
import { makeTip } from './tip-fixtures';

const CELLS = GENERATIONS.flatMap((generation) => STAGES.map((stage) => [generation, stage] as const));
const someTip = TIPS[0]!;

describe('the real tip library', () => {
  it('has no problems', () => {
    expect(findLibraryProblems(TIPS, SEED_POINTS, TIP_RENAMES, SITUATIONS)).toEqual([]);
  });

  it('keeps in-session bodies short enough to read mid-call', () => {
    const inSession = TIPS.filter((tip) => tip.moments.includes('in-session'));
    expect(Math.max(...inSession.map((tip) => countWords(tip.body)))).toBeLessThanOrEqual(MAX_IN_SESSION_BODY_WORDS);
    expect(medianInSessionBodyWords(TIPS)).toBeLessThanOrEqual(20);
  });

  it.each(SITUATION_IDS)('answers the situation %s with at least three tips, one with a line to say', (id) => {
    const answering = TIPS.filter((tip) => tip.situations?.includes(id) === true);
    expect(answering.length).toBeGreaterThanOrEqual(3);
    expect(answering.some((tip) => tip.say !== undefined)).toBe(true);
  });

  it.each(TIP_THEMES)('has tips on the theme %s', (theme) => {
    expect(TIPS.filter((tip) => tip.themes?.includes(theme) === true).length).toBeGreaterThanOrEqual(3);
  });

  it('moves every generation claim out of the body into a check line', () => {
    for (const tip of TIPS.filter((candidate) => candidate.generations.length < GENERATIONS.length)) {
      expect(tip.check, tip.id).toBeDefined();
    }
  });

  it('holds well over a hundred tips', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(100);
  });

  it('has a positive whole-number version', () => {
    expect(Number.isInteger(TIP_LIBRARY_VERSION) && TIP_LIBRARY_VERSION >= 1).toBe(true);
  });

  it.each(CELLS)('has at least three in-session tips for %s × %s', (generation, stage) => {
    expect(countInSessionTips(TIPS, generation, stage)).toBeGreaterThanOrEqual(3);
  });

  it.each(MOMENTS)('has tips for the %s moment', (moment) => {
    expect(TIPS.filter((tip) => tip.moments.includes(moment)).length).toBeGreaterThanOrEqual(10);
  });

  it.each(SEED_POINT_IDS)('grounds at least one listed tip in seed point %s', (id) => {
    const point = SEED_POINTS.find((candidate) => candidate.id === id);
    const listed = point?.tipIds.map(tipById) ?? [];
    expect(listed.length).toBeGreaterThan(0);
    for (const tip of listed) expect(tip?.grounding).toBe(id);
  });

  it('has no two identical titles', () => {
    const titles = TIPS.map((tip) => tip.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('looks tips up by id', () => {
    expect(tipById(someTip.id)).toBe(someTip);
    expect(tipById('no-such-tip')).toBeUndefined();
  });

  it('resolves current ids to themselves and unknown ids to nothing', () => {
    expect(resolveTipId(someTip.id)).toBe(someTip.id);
    expect(resolveTipId('no-such-tip')).toBeUndefined();
  });
});

describe('findTipProblems', () => {
  it('finds nothing wrong with the well-formed fixture', () => {
    expect(findTipProblems(makeTip({ id: 'fine-tip' }))).toEqual([]);
  });

  const badTips: [string, Tip, string][] = [
    ['an id with capitals', makeTip({ id: 'Bad-Id' }), 'id is not kebab-case'],
    ['an id with underscores', makeTip({ id: 'bad_id' }), 'id is not kebab-case'],
    ['an id with a trailing dash', makeTip({ id: 'bad-' }), 'id is not kebab-case'],
    ['an id with a double dash', makeTip({ id: 'bad--id' }), 'id is not kebab-case'],
    ['a title over 60 characters', makeTip({ id: 't', title: 'x'.repeat(61) }), 'title is 61 characters'],
    ['an empty title', makeTip({ id: 't', title: '  ' }), 'title is empty'],
    ['a body under 40 characters', makeTip({ id: 't', body: 'Ask them.' }), 'body is too short'],
    ['a body over 320 characters', makeTip({ id: 't', body: `Ask ${'them '.repeat(70)}now.` }), 'body is too long'],
    [
      'a body in lower case',
      makeTip({ id: 't', body: 'ask which task matters most to them today.' }),
      'does not start with what to do',
    ],
    [
      'a body without a final stop',
      makeTip({ id: 't', body: 'Ask which task matters most to them today' }),
      'does not end with a full stop',
    ],
    [
      'a body of four sentences',
      makeTip({ id: 't', body: 'Ask one thing. Wait for it. Note it down. Thank them.' }),
      'body has 4 sentences',
    ],
    [
      'a generation named in the body',
      makeTip({ id: 't', body: 'Speak slowly, because Boomers need more time with new software.' }),
      'body names a generation',
    ],
    [
      'a tip for some generations with no check line',
      makeTip({ id: 't', generations: ['genx'] }),
      'is for some generations only but has no check line',
    ],
    [
      'a check line that does not ask',
      makeTip({ id: 't', generations: ['genx'], check: 'This tends to land well with most people.' }),
      'check line does not ask the mentor to check',
    ],
    [
      'a generation claim grounded only in practice',
      makeTip({ id: 't', generations: ['genx'], check: 'Many Gen X people hate hype; ask whether they do.' }),
      'makes a claim about genx that its grounding does not',
    ],
    [
      'a claim about Millennials grounded in a Boomer seed point',
      makeTip({
        id: 't',
        generations: ['millennial'],
        grounding: 'boomer-ideas-and-standing',
        check: 'Many Millennials like this; check with them.',
      }),
      'makes a claim about millennial',
    ],
    [
      'a body that does not open with a listed action verb',
      makeTip({ id: 't', body: 'Gently the protégé should be asked which task matters to them.' }),
      'does not open with a listed action verb ("Gently")',
    ],
    [
      'an in-session body over 25 words',
      makeTip({ id: 't', body: `Ask ${'them one more thing '.repeat(6)}now.` }),
      'in-session body is 26 words (max 25)',
    ],
    [
      'a say line over 20 words',
      makeTip({ id: 't', say: `Could ${'we try this '.repeat(7)}now?` }),
      'say line is 23 words (max 20)',
    ],
    [
      'a say line in quotation marks',
      makeTip({ id: 't', say: '“What worries you most?”' }),
      'say line is wrapped in quotation marks',
    ],
    ['an empty say line', makeTip({ id: 't', say: ' ' }), 'say line is empty'],
    [
      'a check line over 16 words',
      makeTip({ id: 't', check: `Ask whether ${'this suits them '.repeat(5)}today.` }),
      'check line is 18 words (max 16)',
    ],
    [
      'a fear appeal',
      makeTip({ id: 't', body: 'Ask what happens to their projects if the team moves without you, calmly.' }),
      'appeals to fear ("moves without you")',
    ],
    [
      'probing of their status',
      makeTip({ id: 't', body: 'Ask gently whether the change affects how others see them at work.' }),
      'probes their status',
    ],
    [
      'the mentor doing the work',
      makeTip({ id: 't', body: 'Open their profile and rewrite the headline while they watch.' }),
      'has the mentor doing the work ("while they watch")',
    ],
    [
      'a note to their manager',
      makeTip({ id: 't', body: 'Mark a reached goal with a short note to their manager about it.' }),
      'passes on what was said in confidence',
    ],
    [
      'an unknown situation',
      makeTip({ id: 't', situations: ['crying' as Situation['id']] }),
      'unknown situations value "crying"',
    ],
    ['an empty situation list', makeTip({ id: 't', situations: [] }), 'situations is empty'],
    [
      'an unknown skill',
      makeTip({ id: 't', skills: ['knitting' as NonNullable<Tip['skills']>[number]] }),
      'unknown skills value "knitting"',
    ],
    [
      'an unknown theme',
      makeTip({ id: 't', themes: ['gossip' as NonNullable<Tip['themes']>[number]] }),
      'unknown themes value "gossip"',
    ],
    [
      'a demeaning phrase',
      makeTip({ id: 't', body: 'Explain it slowly so that no dinosaur in the room gets lost.' }),
      'demeaning phrase "dinosaur"',
    ],
    ['empty generations', makeTip({ id: 't', generations: [] }), 'generations is empty'],
    ['empty stages', makeTip({ id: 't', stages: [] }), 'stages is empty'],
    ['empty moments', makeTip({ id: 't', moments: [] }), 'moments is empty'],
    [
      'an unknown generation',
      makeTip({ id: 't', generations: ['genz' as Generation] }),
      'unknown generations value "genz"',
    ],
    ['an unknown stage', makeTip({ id: 't', stages: ['anger' as Stage] }), 'unknown stages value "anger"'],
    ['an unknown moment', makeTip({ id: 't', moments: ['lunch' as Moment] }), 'unknown moments value "lunch"'],
    ['a repeated stage', makeTip({ id: 't', stages: ['denial', 'denial'] }), 'stages lists a value twice'],
    [
      'an unknown grounding',
      makeTip({ id: 't', grounding: 'folk-wisdom' as Tip['grounding'] }),
      'unknown grounding "folk-wisdom"',
    ],
  ];

  it.each(badTips)('flags %s', (_case, tip, expected) => {
    expect(findTipProblems(tip)).toContainEqual(expect.stringContaining(expected));
  });

  it.each(['You', 'The', 'A', 'Many', 'Most', 'When', 'If'])('flags a body starting with "%s"', (opener) => {
    const tip = makeTip({ id: 't', body: `${opener} protégé will usually enjoy a short demo of the tool.` });
    expect(findTipProblems(tip)).toContainEqual(
      expect.stringContaining(`does not start with what to do ("${opener}")`),
    );
  });

  it('accepts a check line naming a generation its seed point speaks about', () => {
    const tip = makeTip({
      id: 't',
      generations: ['boomer'],
      grounding: 'boomer-ideas-and-standing',
      check: 'Many Boomers like their ideas sought; ask whether this person does.',
    });
    expect(findTipProblems(tip)).toEqual([]);
  });

  it('accepts a say line and a question-style check line for a practice tip', () => {
    const tip = makeTip({
      id: 't',
      generations: ['silent'],
      say: 'Would a phone call be easier today?',
      check: 'Ask whether a phone call would suit them better.',
    });
    expect(findTipProblems(tip)).toEqual([]);
  });
});

describe('countWords', () => {
  it.each([
    ['Ask them.', 2],
    ['Ask them — then wait.', 4],
    ["Say “Let's try” and wait.", 5],
    ['  ', 0],
  ])('counts %j as %i', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('findReadabilityProblems', () => {
  const withWords = (id: string, words: number): Tip => makeTip({ id, body: `Ask ${'them '.repeat(words - 2)}now.` });

  it('accepts a median of 20 words', () => {
    expect(findReadabilityProblems([withWords('a', 10), withWords('b', 20), withWords('c', 25)])).toEqual([]);
  });

  it('flags a median over 20 words', () => {
    expect(findReadabilityProblems([withWords('a', 10), withWords('b', 21), withWords('c', 25)])).toEqual([
      'in-session bodies: median 21 words (max 20)',
    ]);
  });

  it('ignores tips for other moments', () => {
    const long = makeTip({ id: 'long', moments: ['after'], body: `Ask ${'them '.repeat(40)}now.` });
    expect(findReadabilityProblems([withWords('a', 10), long, { ...long, id: 'long-2' }])).toEqual([]);
  });
});

describe('findSituationProblems', () => {
  const answering = (situationIds: readonly Situation['id'][]): Tip[] =>
    [0, 1, 2].map((index) =>
      makeTip({
        id: `answer-${index}`,
        situations: situationIds,
        ...(index === 0 ? { say: 'What would help right now?' } : {}),
      }),
    );
  const everyTip = answering(SITUATION_IDS);
  const withSituation = (id: Situation['id'], change: Partial<Record<keyof Situation, unknown>>): Situation[] =>
    SITUATIONS.map((situation) => (situation.id === id ? ({ ...situation, ...change } as Situation) : situation));

  it('finds nothing wrong with the real situations and tips', () => {
    expect(findSituationProblems(SITUATIONS, TIPS)).toEqual([]);
  });

  it('finds nothing wrong with three tips per situation, one with a line', () => {
    expect(findSituationProblems(SITUATIONS, everyTip)).toEqual([]);
  });

  it.each<[string, readonly Situation[], readonly Tip[], string]>([
    ['a situation with two tips', SITUATIONS, everyTip.slice(0, 2), 'situation "pushing-back": 2 tips (min 3)'],
    [
      'a situation with no line to say',
      SITUATIONS,
      everyTip.map(({ say: _say, ...tip }) => tip),
      'situation "going-quiet": no tip gives a line to say',
    ],
    [
      'a missing label',
      withSituation('going-quiet', { label: '' }),
      everyTip,
      'situation "going-quiet": label is missing',
    ],
    [
      'an absent label',
      withSituation('going-quiet', { label: undefined }),
      everyTip,
      'situation "going-quiet": label is missing',
    ],
    [
      'a label too long for a button',
      withSituation('going-quiet', { label: 'x'.repeat(29) }),
      everyTip,
      'situation "going-quiet": label is 29 characters (max 28)',
    ],
    [
      'an unknown stage',
      withSituation('pushing-back', { signals: 'anger' }),
      everyTip,
      'situation "pushing-back": signals unknown stage "anger"',
    ],
    ['a situation listed twice', [...SITUATIONS, SITUATIONS[0]!], everyTip, 'situation "pushing-back": listed 2 times'],
    [
      'a missing situation',
      SITUATIONS.filter((situation) => situation.id !== 'tech-trouble'),
      everyTip,
      'situation "tech-trouble": missing',
    ],
    [
      'an unknown id',
      [...SITUATIONS, { id: 'crying', label: 'Crying' } as unknown as Situation],
      everyTip,
      'situation "crying": unknown id',
    ],
  ])('flags %s', (_case, situations, tips, expected) => {
    expect(findSituationProblems(situations, tips)).toContain(expected);
  });
});

describe('findThemeProblems', () => {
  it('flags a theme below its minimum', () => {
    const tips = [0, 1, 2, 3].map((index) => makeTip({ id: `t-${index}`, themes: ['power-distance'] }));
    expect(findThemeProblems(tips)).toContain('theme "power-distance": 4 tips (min 5)');
  });

  it('accepts a theme at its minimum', () => {
    const tips = [0, 1, 2, 3, 4].map((index) => makeTip({ id: `t-${index}`, themes: ['power-distance'] }));
    expect(findThemeProblems(tips).some((problem) => problem.includes('power-distance'))).toBe(false);
  });
});

describe('countSentences', () => {
  it.each([
    ['Ask them.', 1],
    ['Ask them. Then wait.', 2],
    ['Say "Is this useful?" and wait. Then note it.', 2],
    ['Ask "What next?" Then listen. Then note it.', 3],
  ])('counts %j as %i', (text, expected) => {
    expect(countSentences(text)).toBe(expected);
  });
});

describe('findDuplicateProblems', () => {
  it('finds nothing wrong with distinct tips', () => {
    const tips = [
      makeTip({ id: 'one', body: 'Ask which report takes them longest each week, then automate it together.' }),
      makeTip({ id: 'two', body: 'Show how to mute a noisy team channel without leaving it.' }),
    ];
    expect(findDuplicateProblems(tips)).toEqual([]);
  });

  it.each<[string, Tip[], string]>([
    ['a duplicate id', [makeTip({ id: 'same' }), makeTip({ id: 'same', title: 'Other' })], 'tip "same": duplicate id'],
    [
      'a duplicate title in another case',
      [makeTip({ id: 'one', title: 'Slow down' }), makeTip({ id: 'two', title: 'slow down' })],
      'tip "two": same title as "one"',
    ],
    [
      'a near-identical body',
      [
        makeTip({ id: 'one', body: 'Ask which report takes them longest each week, then automate it together.' }),
        makeTip({ id: 'two', body: 'Ask which report takes them the longest every week, then automate it together.' }),
      ],
      'tip "two": body nearly identical to "one"',
    ],
  ])('flags %s', (_case, tips, expected) => {
    expect(findDuplicateProblems(tips)).toContain(expected);
  });
});

describe('findSeedPointProblems', () => {
  const withPoint = (id: SeedPoint['id'], change: Partial<SeedPoint>): SeedPoint[] =>
    SEED_POINTS.map((point) => (point.id === id ? { ...point, ...change } : point));
  const historyTipId = SEED_POINTS.find((point) => point.id === 'history-of-change')!.tipIds[0]!;

  it.each<[string, readonly Tip[], readonly SeedPoint[], string]>([
    ['a point with no tip', TIPS, withPoint('matching', { tipIds: [] }), 'seed point "matching": no tip'],
    [
      'a listed tip that does not exist',
      TIPS,
      withPoint('matching', { tipIds: ['first-check-the-fit', 'no-such-tip'] }),
      'seed point "matching": lists unknown tip "no-such-tip"',
    ],
    [
      'a listed tip grounded elsewhere',
      TIPS,
      withPoint('matching', { tipIds: ['first-check-the-fit', 'prepare-compare-skills-with-needs', historyTipId] }),
      `seed point "matching": lists tip "${historyTipId}" whose grounding is "history-of-change"`,
    ],
    [
      'a grounded tip left off the list',
      [...TIPS, makeTip({ id: 'extra-matching-tip', grounding: 'matching' })],
      SEED_POINTS,
      'seed point "matching": does not list tip "extra-matching-tip"',
    ],
    [
      'a missing point',
      TIPS,
      SEED_POINTS.filter((point) => point.id !== 'genx-relaxed-respect'),
      'seed point "genx-relaxed-respect": missing',
    ],
    ['an empty summary', TIPS, withPoint('matching', { summary: ' ' }), 'seed point "matching": summary is empty'],
  ])('flags %s', (_case, tips, points, expected) => {
    expect(findSeedPointProblems(tips, points)).toContainEqual(expect.stringContaining(expected));
  });
});

describe('findCoverageProblems', () => {
  it('accepts three in-session tips for every cell', () => {
    const tips = ['a', 'b', 'c'].map((id) => makeTip({ id }));
    expect(findCoverageProblems(tips)).toEqual([]);
  });

  it('ignores tips for other moments', () => {
    const tips = ['a', 'b', 'c'].map((id) => makeTip({ id, moments: ['prepare'] }));
    expect(findCoverageProblems(tips)).toHaveLength(CELLS.length);
  });

  it.each(CELLS)('flags %s × %s when it has only two in-session tips', (generation, stage) => {
    // Two tips cover every cell; the third is split so that it misses exactly this one.
    const tips = [
      makeTip({ id: 'a' }),
      makeTip({ id: 'b' }),
      makeTip({ id: 'c', generations: GENERATIONS.filter((other) => other !== generation) }),
      makeTip({ id: 'd', generations: [generation], stages: STAGES.filter((other) => other !== stage) }),
    ];
    expect(findCoverageProblems(tips)).toEqual([`cell ${generation} × ${stage}: 2 in-session tips (min 3)`]);
  });
});

describe('findRenameProblems', () => {
  const tips = [makeTip({ id: 'current' }), makeTip({ id: 'other' })];

  it('accepts renames, including chains, that end at a tip', () => {
    expect(findRenameProblems(tips, { oldest: 'old', old: 'current' })).toEqual([]);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a rename to an unknown id', { old: 'gone' }, 'rename "old": points to unknown tip "gone"'],
    ['a rename whose old id is still a tip', { other: 'current' }, 'rename "other": old id is still a tip'],
    ['renames that loop', { a: 'b', b: 'a' }, 'rename "a": renames loop'],
  ])('flags %s', (_case, renames, expected) => {
    expect(findRenameProblems(tips, renames)).toContain(expected);
  });
});

describe('findLibraryProblems', () => {
  it('reports problems from every kind of check at once', () => {
    const tips = [
      makeTip({ id: 'Bad' }),
      makeTip({ id: 'dup' }),
      makeTip({ id: 'dup', title: 'Other', moments: ['after'] }),
    ];
    const problems = findLibraryProblems(tips, SEED_POINTS, { old: 'gone' }, SITUATIONS);
    const expectedKinds = [
      'id is not kebab-case',
      'duplicate id',
      'lists unknown tip',
      'in-session tips (min 3)',
      'situation "pushing-back": 0 tips (min 3)',
      'theme "ending": 0 tips (min 5)',
      'points to unknown tip',
    ];
    for (const expected of expectedKinds) {
      expect(problems).toContainEqual(expect.stringContaining(expected));
    }
  });
});

describe('renames', () => {
  const known = new Set(['current']);

  it.each<[string, Record<string, string>, string | undefined]>([
    ['an id with no rename', {}, 'start'],
    ['a single rename', { start: 'current' }, 'current'],
    ['a chain of renames', { start: 'middle', middle: 'current' }, 'current'],
    ['a loop', { start: 'middle', middle: 'start' }, undefined],
  ])('followRenames handles %s', (_case, renames, expected) => {
    expect(followRenames('start', renames)).toBe(expected);
  });

  it('does not treat object prototype keys as renames', () => {
    expect(followRenames('constructor', {})).toBe('constructor');
  });

  it.each<[string, string, Record<string, string>, string | undefined]>([
    ['a known id', 'current', {}, 'current'],
    ['an old id renamed to a known one', 'old', { old: 'current' }, 'current'],
    ['an old id renamed to a removed one', 'old', { old: 'removed' }, undefined],
    ['an id that was never known', 'never', {}, undefined],
  ])('resolveTipIdIn resolves %s', (_case, id, renames, expected) => {
    expect(resolveTipIdIn(id, renames, known)).toBe(expected);
  });

  it('findUnknownTipIds lists each id that no longer resolves, once, in first-seen order', () => {
    const renames = { old: 'current', lost: 'removed', loopA: 'loopB', loopB: 'loopA' };
    const ids = ['current', 'lost', 'old', 'never', 'lost', 'loopA'];
    expect(findUnknownTipIds(ids, renames, known)).toEqual(['lost', 'never', 'loopA']);
  });

  it('findUnknownFeedbackTipIds checks ids against the real library', () => {
    expect(findUnknownFeedbackTipIds(TIPS.map((tip) => tip.id))).toEqual([]);
    expect(findUnknownFeedbackTipIds(new Set([someTip.id, 'retired-tip', 'typo-tip']))).toEqual([
      'retired-tip',
      'typo-tip',
    ]);
  });
});
