import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { SituationId } from '../../../content/situations';
import type { Stage } from '../../../content/vocabulary';
import type { Goal, GratitudeKind, Note, NoteKind, Protege, Session, StageEvent } from '../../../db/types';
import {
  coordinatorCsv,
  reviewProgramme,
  reviewProtege,
  type ProtegeRecords,
  type ProtegeReview,
  type ReviewPeriod,
} from '../../../utils/review-aggregates';
import { readCsv } from './csv-reader';

// Months are the mentor's months: run where local midnight is still the day before in UTC.
const zoneBefore = process.env.TZ;
process.env.TZ = 'Pacific/Auckland';
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const HOUR = 3_600_000;

/** Local time, month 1-12. */
function local(year: number, month: number, day: number, hour = 12, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

function period(from: [number, number, number], to: [number, number, number]): ReviewPeriod {
  return { from: local(...from, 0), to: local(...to, 0) };
}

let serial = 0;
function nextId(): string {
  serial++;
  return `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
}

function protege(name: string, createdAt: number): Protege {
  return { id: nextId(), name, generation: 'genx', archived: false, createdAt, updatedAt: createdAt };
}

function session(protegeId: string, startedAt: number, ended = true): Session {
  return {
    id: nextId(),
    protegeId,
    startedAt,
    agenda: ['SECRET agenda item'],
    ...(ended ? { endedAt: startedAt + HOUR, wrapUp: { summary: 'SECRET summary' } } : {}),
  };
}

function stage(protegeId: string, at: number, to: Stage): StageEvent {
  return { id: nextId(), protegeId, stage: to, at, evidence: 'SECRET evidence' };
}

function goal(protegeId: string, createdAt: number, doneAt?: number): Goal {
  return {
    id: nextId(),
    protegeId,
    title: 'SECRET goal',
    createdAt,
    done: doneAt !== undefined,
    ...(doneAt !== undefined ? { doneAt } : {}),
  };
}

function note(
  protegeId: string,
  kind: NoteKind,
  createdAt: number,
  extra: { done?: boolean; gratitude?: GratitudeKind; situation?: SituationId } = {},
): Note {
  return {
    id: nextId(),
    protegeId,
    kind,
    text: 'SECRET note text',
    source: { kind: 'sidepanel' },
    createdAt,
    updatedAt: createdAt,
    ...extra,
  };
}

// Pat: a first quarter of 2027 whose counts are worked out by hand below.
const pat = protege('Pat Smith', local(2026, 12, 1));
const other = protege('Alex Jones', local(2026, 11, 1));
const patRecords: ProtegeRecords = {
  protege: pat,
  sessions: [
    session(pat.id, local(2027, 3, 1, 0, 30)), // local March, UTC February
    session(pat.id, local(2027, 1, 24, 10)),
    session(pat.id, local(2027, 1, 10, 10)),
    session(pat.id, local(2027, 2, 7, 10)),
    session(pat.id, local(2027, 3, 15, 10), false), // still running: not held
    session(pat.id, local(2026, 12, 20, 10)),
    session(other.id, local(2027, 1, 12, 10)), // someone else's
  ],
  stageEvents: [
    stage(pat.id, local(2027, 2, 20), 'acceptance'),
    stage(pat.id, local(2026, 12, 5), 'denial'),
    stage(pat.id, local(2027, 1, 24), 'resistance'),
    stage(pat.id, local(2027, 3, 10), 'resistance'),
    stage(other.id, local(2027, 1, 2), 'acceptance'),
  ],
  goals: [
    goal(pat.id, local(2026, 12, 10), local(2027, 2, 1)), // set before, met in Q1
    goal(pat.id, local(2027, 1, 10), local(2027, 4, 5)), // set in Q1, met in Q2
    goal(pat.id, local(2027, 2, 1)), // set in Q1, open
    goal(pat.id, local(2027, 5, 1)), // set after Q1
    goal(other.id, local(2027, 1, 5), local(2027, 1, 6)),
  ],
  notes: [
    note(pat.id, 'action', local(2027, 1, 10), { done: true }),
    note(pat.id, 'action', local(2027, 2, 7), { done: false }),
    note(pat.id, 'action', local(2027, 4, 1), { done: true }),
    note(pat.id, 'gratitude', local(2027, 1, 10), { gratitude: 'given' }),
    note(pat.id, 'gratitude', local(2027, 1, 24), { gratitude: 'received' }),
    note(pat.id, 'gratitude', local(2027, 2, 7), { gratitude: 'received' }),
    note(pat.id, 'gratitude', local(2027, 3, 1, 1)),
    note(pat.id, 'gratitude', local(2027, 2, 7), { gratitude: 'favour', done: true }),
    note(pat.id, 'gratitude', local(2027, 3, 1, 1), { gratitude: 'favour', done: false }),
    note(pat.id, 'note', local(2027, 1, 10, 10, 20), { situation: 'going-quiet' }),
    note(pat.id, 'note', local(2027, 1, 24, 10, 20), { situation: 'pushing-back' }),
    note(pat.id, 'note', local(2027, 2, 7, 10, 20), { situation: 'tech-trouble' }),
    note(pat.id, 'note', local(2027, 2, 7, 10, 30), { situation: 'pushing-back' }),
    note(pat.id, 'note', local(2027, 3, 1, 0, 40), { situation: 'tech-trouble' }),
    note(pat.id, 'note', local(2027, 1, 11)),
    note(pat.id, 'talking-point', local(2027, 1, 11)),
    note(other.id, 'action', local(2027, 1, 12), { done: true }),
    note(other.id, 'gratitude', local(2027, 1, 12), { gratitude: 'given' }),
  ],
};

const ZERO = {
  sessionsHeld: 0,
  goalsSet: 0,
  goalsMet: 0,
  actionsAgreed: 0,
  actionsDone: 0,
  thanksGiven: 0,
  thanksReceived: 0,
  thanksUnrecorded: 0,
  favoursOffered: 0,
  favoursReturned: 0,
  movesForward: 0,
  movesBack: 0,
};

describe('reviewProtege', () => {
  const Q1 = period([2027, 1, 1], [2027, 4, 1]);
  const MARCH = period([2027, 3, 1], [2027, 4, 1]);

  it.each<{ case: string; period: ReviewPeriod; review: Partial<ProtegeReview> }>([
    {
      case: 'the first quarter',
      period: Q1,
      review: {
        sessionsHeld: 4,
        sessionsPerMonth: [
          { month: '2027-01', count: 2 },
          { month: '2027-02', count: 1 },
          { month: '2027-03', count: 1 },
        ],
        firstSessionAt: local(2027, 1, 10, 10),
        lastSessionAt: local(2027, 3, 1, 0, 30),
        stageAtStart: 'denial',
        stageAtEnd: 'resistance',
        stageOverTime: [
          { at: Q1.from, stage: 'denial' },
          { at: local(2027, 1, 24), stage: 'resistance' },
          { at: local(2027, 2, 20), stage: 'acceptance' },
          { at: local(2027, 3, 10), stage: 'resistance' },
        ],
        movesForward: 2,
        movesBack: 1,
        goalsSet: 2,
        goalsMet: 1,
        goalsOpenAtEnd: 2,
        actionsAgreed: 2,
        actionsDone: 1,
        thanksGiven: 1,
        thanksReceived: 2,
        thanksUnrecorded: 1,
        favoursOffered: 2,
        favoursReturned: 1,
        situations: [
          { situation: 'pushing-back', count: 2 },
          { situation: 'tech-trouble', count: 2 },
          { situation: 'going-quiet', count: 1 },
        ],
      },
    },
    {
      case: 'March alone, its first session half an hour into the month',
      period: MARCH,
      review: {
        sessionsHeld: 1,
        sessionsPerMonth: [{ month: '2027-03', count: 1 }],
        stageAtStart: 'acceptance',
        stageAtEnd: 'resistance',
        stageOverTime: [
          { at: MARCH.from, stage: 'acceptance' },
          { at: local(2027, 3, 10), stage: 'resistance' },
        ],
        movesForward: 0,
        movesBack: 1,
        goalsSet: 0,
        goalsMet: 0,
        goalsOpenAtEnd: 2,
        actionsAgreed: 0,
        thanksUnrecorded: 1,
        favoursOffered: 1,
        favoursReturned: 0,
        situations: [{ situation: 'tech-trouble', count: 1 }],
      },
    },
    {
      case: 'across the new year',
      period: period([2026, 12, 1], [2027, 2, 1]),
      review: {
        sessionsHeld: 3,
        sessionsPerMonth: [
          { month: '2026-12', count: 1 },
          { month: '2027-01', count: 2 },
        ],
        stageOverTime: [
          { at: local(2026, 12, 5), stage: 'denial' },
          { at: local(2027, 1, 24), stage: 'resistance' },
        ],
        movesForward: 1,
        goalsSet: 2,
        goalsMet: 0,
        goalsOpenAtEnd: 2,
      },
    },
    {
      case: 'a half year before anything happened',
      period: period([2026, 1, 1], [2026, 7, 1]),
      review: {
        ...ZERO,
        sessionsPerMonth: ['01', '02', '03', '04', '05', '06'].map((m) => ({ month: `2026-${m}`, count: 0 })),
        stageOverTime: [],
        goalsOpenAtEnd: 0,
        situations: [],
      },
    },
    {
      case: 'an empty period',
      period: { from: Q1.from, to: Q1.from },
      review: { ...ZERO, sessionsPerMonth: [], situations: [] },
    },
  ])('$case', ({ period: p, review }) => {
    expect(reviewProtege(patRecords, p)).toMatchObject({ protegeId: pat.id, ...review });
  });

  it('has no session dates or stages when there were none', () => {
    const review = reviewProtege(patRecords, period([2026, 1, 1], [2026, 7, 1]));
    expect(review).not.toHaveProperty('firstSessionAt');
    expect(review).not.toHaveProperty('lastSessionAt');
    expect(review).not.toHaveProperty('stageAtStart');
    expect(review).not.toHaveProperty('stageAtEnd');
  });

  it('counts a stage recorded at the first moment of the period as a move in it', () => {
    const at = local(2027, 6, 1, 0);
    const review = reviewProtege(
      { ...patRecords, stageEvents: [...patRecords.stageEvents, stage(pat.id, at, 'acceptance')] },
      { from: at, to: local(2027, 7, 1, 0) },
    );
    expect(review.stageAtStart).toBe('resistance');
    expect(review.stageOverTime).toEqual([
      { at, stage: 'resistance' },
      { at, stage: 'acceptance' },
    ]);
    expect(review.movesForward).toBe(1);
  });
});

describe('reviewProgramme', () => {
  const alexRecords: ProtegeRecords = {
    protege: other,
    sessions: [session(other.id, local(2027, 1, 12, 10)), session(other.id, local(2027, 3, 2, 10))],
    stageEvents: [stage(other.id, local(2027, 1, 2), 'acceptance')],
    goals: [goal(other.id, local(2027, 1, 5), local(2027, 1, 6))],
    notes: [
      note(other.id, 'action', local(2027, 1, 12), { done: true }),
      note(other.id, 'gratitude', local(2027, 1, 12), { gratitude: 'given' }),
      note(other.id, 'note', local(2027, 1, 12, 10, 5), { situation: 'going-quiet' }),
    ],
  };

  it('adds up every protégé over the same period', () => {
    const { reviews, totals } = reviewProgramme([patRecords, alexRecords], period([2027, 1, 1], [2027, 4, 1]));
    expect(reviews.map((review) => review.protegeId)).toEqual([pat.id, other.id]);
    expect(totals).toMatchObject({
      sessionsHeld: 6,
      goalsSet: 3,
      goalsMet: 2,
      goalsOpenAtEnd: 2,
      actionsAgreed: 3,
      actionsDone: 2,
      thanksGiven: 2,
      thanksReceived: 2,
      movesForward: 2,
      movesBack: 1,
      sessionsPerMonth: [
        { month: '2027-01', count: 3 },
        { month: '2027-02', count: 1 },
        { month: '2027-03', count: 2 },
      ],
      situations: [
        { situation: 'pushing-back', count: 2 },
        { situation: 'going-quiet', count: 2 },
        { situation: 'tech-trouble', count: 2 },
      ],
    });
  });

  it('has zero totals and every month for no protégés', () => {
    const { reviews, totals } = reviewProgramme([], period([2027, 1, 1], [2027, 3, 1]));
    expect(reviews).toEqual([]);
    expect(totals).toMatchObject({
      ...ZERO,
      sessionsPerMonth: [
        { month: '2027-01', count: 0 },
        { month: '2027-02', count: 0 },
      ],
    });
  });
});

describe('coordinatorCsv', () => {
  const Q1 = period([2027, 1, 1], [2027, 4, 1]);
  const HEADERS = [
    'Protégé',
    'From',
    'To',
    'Sessions held',
    'First session',
    'Last session',
    'Stage at start',
    'Stage at end',
    'Stage moves forward',
    'Stage moves back',
    'Goals set',
    'Goals met',
    'Goals open at end',
    'Action items agreed',
    'Action items done',
    'Thanks given',
    'Thanks received',
    'Thanks, direction not noted',
    'Favours offered',
    'Favours returned',
  ];
  const hostile = protege('=HYPERLINK("https://evil.test","Pat, \\"PJ\\"")\nSmith', local(2027, 2, 1));
  const hostileRecords: ProtegeRecords = { protege: hostile, sessions: [], stageEvents: [], goals: [], notes: [] };
  const alexRecords: ProtegeRecords = { protege: other, sessions: [], stageEvents: [], goals: [], notes: [] };

  function read(text: string) {
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(text.slice(1));
    return { header, rows: rows.map((row) => Object.fromEntries(row.map((value, i) => [header?.[i], value]))) };
  }

  it('has one row per protégé of counts, dates and stages', () => {
    const { header, rows } = read(coordinatorCsv([patRecords], Q1));
    expect(header).toEqual(HEADERS);
    expect(rows).toEqual([
      {
        Protégé: 'Protégé 1',
        From: '2027-01-01',
        To: '2027-03-31',
        'Sessions held': '4',
        'First session': '2027-01-10',
        'Last session': '2027-03-01',
        'Stage at start': 'Denial',
        'Stage at end': 'Resistance',
        'Stage moves forward': '2',
        'Stage moves back': '1',
        'Goals set': '2',
        'Goals met': '1',
        'Goals open at end': '2',
        'Action items agreed': '2',
        'Action items done': '1',
        'Thanks given': '1',
        'Thanks received': '2',
        'Thanks, direction not noted': '1',
        'Favours offered': '2',
        'Favours returned': '1',
      },
    ]);
  });

  it('carries no note text, agenda, evidence or goal titles, and no names unless asked', () => {
    const text = coordinatorCsv([patRecords, alexRecords, hostileRecords], Q1);
    expect(text).not.toMatch(/SECRET/);
    expect(text).not.toContain('Pat');
    expect(text).not.toContain('Alex');
    expect(text).not.toContain('HYPERLINK');
  });

  it('numbers protégés in the order they were added, whatever order they come in', () => {
    const first = read(coordinatorCsv([patRecords, hostileRecords, alexRecords], Q1)).rows;
    const again = read(coordinatorCsv([hostileRecords, alexRecords, patRecords], Q1)).rows;
    expect(again).toEqual(first);
    // Alex was added first, then Pat, then the third.
    expect(first.map((row) => [row['Protégé'], row['Sessions held']])).toEqual([
      ['Protégé 1', '0'],
      ['Protégé 2', '4'],
      ['Protégé 3', '0'],
    ]);
  });

  it('names protégés when asked, quoted and kept from running as a formula', () => {
    const text = coordinatorCsv([hostileRecords, patRecords], Q1, { includeNames: true });
    expect(read(text).rows.map((row) => row['Protégé'])).toEqual(['Pat Smith', `'${hostile.name}`]);
    expect(text).not.toMatch(/^=|,=/m);
  });

  it('is what the README documents, column by column, in order', async () => {
    const readme = await readFile('README.md', 'utf8');
    const section = readme.slice(readme.indexOf("**Coordinator's CSV**"));
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| column')));
    const documented = [...table.matchAll(/^\s*\| ([^|]+?) +\|/gm)].map((match) => match[1]).slice(1);
    expect(documented.filter((cell) => !/^-+$/.test(cell ?? ''))).toEqual(read(coordinatorCsv([], Q1)).header);
  });
});
