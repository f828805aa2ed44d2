import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../content/vocabulary';
import type { ProgrammeReview, ProtegeReview, StagePoint } from '../../../utils/review-aggregates';
import {
  isQuietPeriod,
  programmeNarrative,
  protegeNarrative,
  type NarrativePeriod,
} from '../../../utils/review-narrative';

/** Local time, month 1-12. */
function local(year: number, month: number, day = 15): number {
  return new Date(year, month - 1, day, 12).getTime();
}

/** A year, January to December 2027. */
const YEAR_2027: NarrativePeriod = {
  range: { from: new Date(2027, 0, 1).getTime(), to: new Date(2028, 0, 1).getTime() },
  phrase: 'in the last 12 months',
};
/** Across two years: month names say which year. */
const WINTER: NarrativePeriod = {
  range: { from: new Date(2026, 10, 1).getTime(), to: new Date(2027, 2, 1).getTime() },
  phrase: 'this winter',
};

function months(counts: readonly number[]) {
  return counts.map((count, i) => ({ month: `2027-${String(i + 1).padStart(2, '0')}`, count }));
}

function review(changes: Partial<ProtegeReview> = {}): ProtegeReview {
  return {
    protegeId: 'pat',
    sessionsHeld: 0,
    sessionsPerMonth: months(Array(12).fill(0)),
    goalsSet: 0,
    goalsMet: 0,
    goalsOpenAtEnd: 0,
    actionsAgreed: 0,
    actionsDone: 0,
    thanksGiven: 0,
    thanksReceived: 0,
    thanksUnrecorded: 0,
    favoursOffered: 0,
    favoursReturned: 0,
    movesForward: 0,
    movesBack: 0,
    stageOverTime: [],
    situations: [],
    ...changes,
  };
}

/** A stage history as the aggregates give it: the stage in force at the start, then the moves. */
function stages(start: Stage | undefined, moves: [number, Stage][], range = YEAR_2027.range): Partial<ProtegeReview> {
  const points: StagePoint[] = [
    ...(start ? [{ at: range.from, stage: start }] : []),
    ...moves.map(([at, stage]) => ({ at, stage })),
  ];
  const levels = { denial: 0, resistance: 1, acceptance: 2 };
  let movesForward = 0;
  let movesBack = 0;
  points.forEach((point, i) => {
    const previous = points[i - 1];
    if (!previous) return;
    if (levels[point.stage] > levels[previous.stage]) movesForward++;
    if (levels[point.stage] < levels[previous.stage]) movesBack++;
  });
  const end = points.at(-1)?.stage;
  return {
    stageOverTime: points,
    movesForward,
    movesBack,
    ...(start ? { stageAtStart: start } : {}),
    ...(end ? { stageAtEnd: end } : {}),
  };
}

/** Something happened, so the narrative is not the quiet one. */
const BUSY = { sessionsHeld: 1, sessionsPerMonth: months([1, ...Array(11).fill(0)]) };

function sentences(changes: Partial<ProtegeReview>, period = YEAR_2027) {
  return protegeNarrative('Pat', review(changes), period);
}

describe('the narrative of one protégé', () => {
  it.each([
    ['none', { sessionsHeld: 0, goalsSet: 1, goalsOpenAtEnd: 1 }, 'Pat had no sessions in the last 12 months.'],
    ['one', BUSY, 'Pat met once in the last 12 months (in 1 of the 12 months).'],
    [
      'two in a month',
      { sessionsHeld: 2, sessionsPerMonth: months([2, ...Array(11).fill(0)]) },
      'Pat met twice in the last 12 months (in 1 of the 12 months).',
    ],
    [
      'nine over the year',
      { sessionsHeld: 9, sessionsPerMonth: months([1, 1, 2, 0, 1, 1, 0, 1, 1, 0, 1, 0]) },
      'Pat met 9 times in the last 12 months (in 8 of the 12 months).',
    ],
    [
      'a period within one month',
      { sessionsHeld: 3, sessionsPerMonth: months([3]) },
      'Pat met 3 times in the last 12 months.',
    ],
  ])('sessions: %s', (_, changes, expected) => {
    expect(sentences(changes)[0]).toBe(expected);
  });

  it.each([
    ['no stage ever', stages(undefined, []), 'No change stage has been recorded for Pat.'],
    ['a stage, unchanged all period', stages('resistance', []), 'Pat stayed in Resistance throughout.'],
    ['first placed', stages(undefined, [[local(2027, 2), 'denial']]), 'Pat was first placed in Denial in February.'],
    [
      'first placed, then further on',
      stages(undefined, [
        [local(2027, 1), 'denial'],
        [local(2027, 3), 'acceptance'],
      ]),
      'Pat was first placed in Denial in January and reached Acceptance in March.',
    ],
    [
      'first placed, away and back',
      stages(undefined, [
        [local(2027, 1), 'resistance'],
        [local(2027, 4), 'acceptance'],
        [local(2027, 6), 'resistance'],
      ]),
      'Pat was first placed in Resistance in January and was there again at the end, with 1 move back along the way.',
    ],
    [
      'one move on',
      stages('denial', [[local(2027, 3), 'acceptance']]),
      'Pat moved on from Denial to Acceptance in March.',
    ],
    [
      'moves on with a step back',
      stages('denial', [
        [local(2027, 2), 'resistance'],
        [local(2027, 4), 'denial'],
        [local(2027, 9), 'acceptance'],
      ]),
      'Pat moved on from Denial to Acceptance, the last move in September, with 1 move back along the way.',
    ],
    [
      'one move back',
      stages('acceptance', [[local(2027, 5), 'resistance']]),
      'Pat moved back from Acceptance to Resistance in May.',
    ],
    [
      'away and back to the start',
      stages('resistance', [
        [local(2027, 5), 'acceptance'],
        [local(2027, 7), 'resistance'],
      ]),
      'Pat ended in Resistance, where they began, after 2 moves.',
    ],
    [
      'the same stage confirmed',
      stages('acceptance', [[local(2027, 10), 'acceptance']]),
      'Pat stayed in Acceptance, last confirmed in October.',
    ],
  ])('stage: %s', (_, changes, expected) => {
    expect(sentences({ ...BUSY, ...changes })[1]).toBe(expected);
  });

  it('names the year with the month when the period spans two', () => {
    const changes = stages('denial', [[local(2027, 2), 'resistance']], WINTER.range);
    expect(sentences({ ...BUSY, ...changes }, WINTER)[1]).toBe(
      'Pat moved on from Denial to Resistance in February 2027.',
    );
  });

  it.each([
    [{}, 'No goals were open in this period.'],
    [{ goalsSet: 2, goalsMet: 3, goalsOpenAtEnd: 1 }, '3 of 4 goals were met; 1 is still open. 2 new goals were set.'],
    [{ goalsMet: 1, goalsOpenAtEnd: 0 }, '1 of 1 goal was met.'],
    [{ goalsSet: 1, goalsMet: 0, goalsOpenAtEnd: 2 }, 'No goal was met; 2 are still open. 1 new goal was set.'],
    [{ goalsMet: 2, goalsOpenAtEnd: 2 }, '2 of 4 goals were met; 2 are still open.'],
  ])('goals: %j', (changes, expected) => {
    expect(sentences({ ...BUSY, ...changes })[2]).toBe(expected);
  });

  it.each([
    [{}, 'No action items were agreed.'],
    [{ actionsAgreed: 6, actionsDone: 4 }, '4 of 6 action items agreed were done.'],
    [{ actionsAgreed: 1, actionsDone: 1 }, '1 of 1 action item agreed was done.'],
    [{ actionsAgreed: 3, actionsDone: 0 }, '0 of 3 action items agreed were done.'],
  ])('action items: %j', (changes, expected) => {
    expect(sentences({ ...BUSY, ...changes })[3]).toBe(expected);
  });

  it.each([
    [{}, ['No thanks were noted.']],
    [{ thanksGiven: 4, thanksReceived: 3 }, ['Thanks went both ways: 4 given, 3 received.']],
    [{ thanksGiven: 2 }, ['Thanks were given twice; none were noted as received.']],
    [{ thanksReceived: 1 }, ['Thanks were received once; none were noted as given.']],
    [{ thanksUnrecorded: 3 }, ['Thanks were noted 3 times, without saying which way they went.']],
    [
      { thanksGiven: 1, thanksReceived: 1, thanksUnrecorded: 2 },
      [
        'Thanks went both ways: 1 given, 1 received.',
        'Thanks were also noted twice without saying which way they went.',
      ],
    ],
    [{ favoursOffered: 2, favoursReturned: 1 }, ['2 favours were offered in return, 1 returned.']],
  ])('thanks: %j', (changes, expected) => {
    expect(sentences({ ...BUSY, ...changes }).slice(4)).toEqual(expected);
  });

  it.each([
    [[], undefined],
    [[{ situation: 'pushing-back', count: 1 }], 'Seen most often: Pushing back (once).'],
    [
      [
        { situation: 'tech-trouble', count: 4 },
        { situation: 'going-quiet', count: 2 },
        { situation: 'pushing-back', count: 1 },
        { situation: 'out-of-time', count: 1 },
      ],
      'Seen most often: Tech trouble on the call (4 times), Gone quiet (twice) and Pushing back (once).',
    ],
  ] as const)('situations: %#', (situations, expected) => {
    const all = sentences({ ...BUSY, situations: [...situations] });
    expect(all.find((sentence) => sentence.startsWith('Seen most often'))).toBe(expected);
  });

  it.each([
    [{}, true],
    [stages('denial', []), true],
    [BUSY, false],
    [stages('denial', [[local(2027, 3), 'denial']]), false],
    [{ goalsSet: 1 }, false],
    [{ goalsMet: 1 }, false],
    [{ goalsOpenAtEnd: 3 }, true],
    [{ actionsAgreed: 1 }, false],
    [{ thanksUnrecorded: 1 }, false],
    [{ favoursOffered: 1 }, false],
    [{ situations: [{ situation: 'going-quiet' as const, count: 1 }] }, false],
  ])('quiet period: %j → %s', (changes, quiet) => {
    expect(isQuietPeriod(review(changes))).toBe(quiet);
  });

  it('says when nothing was recorded, and the stage that held', () => {
    expect(sentences(stages('resistance', []))).toEqual([
      'Nothing was recorded for Pat in the last 12 months: no sessions, stage changes, goals, action items or thanks. Pat was in Resistance throughout.',
    ]);
  });
});

function programme(reviews: ProtegeReview[]): ProgrammeReview {
  const sum = (key: keyof ProtegeReview) => reviews.reduce((n, r) => n + (r[key] as number), 0);
  return {
    reviews,
    totals: {
      sessionsHeld: sum('sessionsHeld'),
      goalsSet: sum('goalsSet'),
      goalsMet: sum('goalsMet'),
      goalsOpenAtEnd: sum('goalsOpenAtEnd'),
      actionsAgreed: sum('actionsAgreed'),
      actionsDone: sum('actionsDone'),
      thanksGiven: sum('thanksGiven'),
      thanksReceived: sum('thanksReceived'),
      thanksUnrecorded: sum('thanksUnrecorded'),
      favoursOffered: sum('favoursOffered'),
      favoursReturned: sum('favoursReturned'),
      movesForward: sum('movesForward'),
      movesBack: sum('movesBack'),
      sessionsPerMonth: months(Array(12).fill(0)),
      situations: [],
    },
  };
}

describe('the narrative of the whole programme', () => {
  it.each([
    [[], ['There are no protégés to review yet.']],
    [
      [review(), review()],
      ['Nothing was recorded in the last 12 months: no sessions, stage changes, goals, action items or thanks.'],
    ],
  ])('with %# protégés and nothing to say', (reviews, expected) => {
    expect(programmeNarrative(programme(reviews), YEAR_2027)).toEqual(expected);
  });

  it('counts sessions, who met, and where each stage ended against where it began', () => {
    const reviews = [
      review({
        sessionsHeld: 9,
        goalsMet: 2,
        goalsOpenAtEnd: 1,
        ...stages(undefined, [
          [local(2027, 1), 'denial'],
          [local(2027, 4), 'resistance'],
        ]),
      }),
      review({
        sessionsHeld: 3,
        actionsAgreed: 2,
        actionsDone: 2,
        ...stages('acceptance', [[local(2027, 6), 'resistance']]),
      }),
      review({ ...stages('resistance', []), thanksGiven: 1 }),
      review({ thanksReceived: 2 }),
    ];
    expect(programmeNarrative(programme(reviews), YEAR_2027)).toEqual([
      '12 sessions were held with 4 protégés in the last 12 months; 2 of them met at least once.',
      'Of those with a stage recorded, 1 ended further on than they began, 1 further back and 1 where they began.',
      '2 of 3 goals were met; 1 is still open.',
      '2 of 2 action items agreed were done.',
      'Thanks went both ways: 1 given, 2 received.',
    ]);
  });

  it.each([
    [[review({ ...BUSY })], '1 session was held with 1 protégé in the last 12 months.'],
    [[review({ ...BUSY }), review({ ...BUSY })], '2 sessions were held with 2 protégés in the last 12 months.'],
  ])('sessions, everyone met: %#', (reviews, expected) => {
    expect(programmeNarrative(programme(reviews), YEAR_2027)[0]).toBe(expected);
  });

  it('says so when no protégé has a stage', () => {
    expect(programmeNarrative(programme([review(BUSY)]), YEAR_2027)[1]).toBe(
      'No change stage was recorded in this period.',
    );
  });
});
