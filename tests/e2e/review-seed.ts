/**
 * A year of mentoring as a backup file, dated back from the month the test runs in, and the
 * counts it implies, worked out here from the same lists (never by the product's code).
 * Everything happens in months that have ended, on set days, so the counts hold whatever the
 * date: "the last 12 months" is this month and the 11 before it, so month -11 is its first.
 */

type Row = Record<string, unknown>;

const HOUR = 3_600_000;

/** Local time, `offset` months from this one. */
function monthAt(now: Date, offset: number, day: number, hour = 10): number {
  return new Date(now.getFullYear(), now.getMonth() + offset, day, hour).getTime();
}

let serial = 0;
function nextId(): string {
  serial++;
  return `5eed0000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
}

interface Plan {
  name: string;
  generation: string;
  archived?: boolean;
  createdMonth: number;
  /** The month of each session held (two in a month allowed). */
  sessions: number[];
  stages: { month: number; stage: 'denial' | 'resistance' | 'acceptance' }[];
  goals: { created: number; met?: number }[];
  actions: { month: number; done: boolean }[];
  thanks: { month: number; way: 'given' | 'received' | 'favour'; done?: boolean }[];
  situations: { month: number; situation: string }[];
}

export const PAT: Plan = {
  name: 'Pat Lee',
  generation: 'boomer',
  createdMonth: -12,
  sessions: [-11, -10, -9, -8, -7, -5, -4, -3, -3, -2, -1],
  stages: [
    { month: -11, stage: 'denial' },
    { month: -8, stage: 'resistance' },
    { month: -4, stage: 'acceptance' },
    { month: -3, stage: 'resistance' },
    { month: -1, stage: 'acceptance' },
  ],
  goals: [{ created: -11, met: -6 }, { created: -10, met: -2 }, { created: -7 }, { created: -2, met: -1 }],
  actions: [
    { month: -10, done: true },
    { month: -8, done: true },
    { month: -6, done: true },
    { month: -4, done: true },
    { month: -2, done: false },
    { month: -1, done: false },
  ],
  thanks: [
    { month: -9, way: 'given' },
    { month: -5, way: 'given' },
    { month: -1, way: 'given' },
    { month: -7, way: 'received' },
    { month: -2, way: 'received' },
    { month: -6, way: 'favour', done: true },
  ],
  situations: [
    { month: -9, situation: 'pushing-back' },
    { month: -8, situation: 'pushing-back' },
    { month: -3, situation: 'pushing-back' },
    { month: -10, situation: 'going-quiet' },
    { month: -5, situation: 'tech-trouble' },
    { month: -2, situation: 'tech-trouble' },
  ],
};

export const SAM: Plan = {
  name: 'Sam Ortiz',
  generation: 'genx',
  createdMonth: -7,
  sessions: [-6, -4, -2],
  stages: [
    { month: -6, stage: 'denial' },
    { month: -2, stage: 'resistance' },
  ],
  goals: [{ created: -5 }],
  actions: [{ month: -4, done: true }],
  thanks: [{ month: -4, way: 'received' }],
  situations: [],
};

/** Mentored before the last twelve months, and archived since: nothing of theirs is in that period. */
export const ROBIN: Plan = {
  name: 'Robin Hale',
  generation: 'silent',
  archived: true,
  createdMonth: -16,
  sessions: [-15, -14],
  stages: [{ month: -15, stage: 'denial' }],
  goals: [{ created: -15, met: -14 }],
  actions: [],
  thanks: [{ month: -14, way: 'given' }],
  situations: [],
};

const PLANS = [PAT, SAM, ROBIN];

function rowsFor(plan: Plan, now: Date) {
  const protegeId = nextId();
  const createdAt = monthAt(now, plan.createdMonth, 1, 9);
  const protege = {
    id: protegeId,
    name: plan.name,
    generation: plan.generation,
    archived: plan.archived ?? false,
    createdAt,
    updatedAt: createdAt,
  };
  // Two sessions in one month fall on different days.
  const seen = new Map<number, number>();
  const sessions = plan.sessions.map((month) => {
    const nth = seen.get(month) ?? 0;
    seen.set(month, nth + 1);
    const startedAt = monthAt(now, month, 6 + nth * 12);
    return { id: nextId(), protegeId, startedAt, endedAt: startedAt + HOUR, agenda: ['Private agenda item'] };
  });
  const stageEvents = plan.stages.map(({ month, stage }) => ({
    id: nextId(),
    protegeId,
    stage,
    at: monthAt(now, month, 14),
    evidence: 'Private evidence',
  }));
  const goals = plan.goals.map(({ created, met }) => ({
    id: nextId(),
    protegeId,
    title: 'Private goal',
    createdAt: monthAt(now, created, 3),
    done: met !== undefined,
    ...(met !== undefined ? { doneAt: monthAt(now, met, 20) } : {}),
  }));
  const note = (month: number, extra: Row) => {
    const at = monthAt(now, month, 7);
    return {
      id: nextId(),
      protegeId,
      text: 'Private note text',
      source: { kind: 'sidepanel' },
      createdAt: at,
      updatedAt: at,
      ...extra,
    };
  };
  const notes = [
    ...plan.actions.map(({ month, done }) => note(month, { kind: 'action', done })),
    ...plan.thanks.map(({ month, way, done }) =>
      note(month, { kind: 'gratitude', gratitude: way, ...(done !== undefined ? { done } : {}) }),
    ),
    ...plan.situations.map(({ month, situation }) => note(month, { kind: 'note', situation })),
  ];
  return { protege, sessions, stageEvents, goals, notes };
}

/** The backup's JSON, made as of `now`. */
export function yearOfMentoring(now = new Date()): string {
  const parts = PLANS.map((plan) => rowsFor(plan, now));
  return JSON.stringify({
    format: 'mentor-up-backup',
    formatVersion: 1,
    schemaVersion: 1,
    exportedAt: now.toISOString(),
    proteges: parts.map((part) => part.protege),
    notes: parts.flatMap((part) => part.notes),
    stageEvents: parts.flatMap((part) => part.stageEvents),
    sessions: parts.flatMap((part) => part.sessions),
    goals: parts.flatMap((part) => part.goals),
    tipFeedback: [],
  });
}

/** Months `first`..`last` (offsets, inclusive) as a list, oldest first. */
function months(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const inRange = (first: number, last: number) => (month: number) => month >= first && month <= last;

/** What a period from month `first` to this one (month 0) should show for a plan. */
export function expectedCounts(plan: Plan, first: number) {
  const within = inRange(first, 0);
  const open = plan.goals.filter((goal) => goal.met === undefined || goal.met > 0).length;
  const levels = { denial: 0, resistance: 1, acceptance: 2 };
  let forward = 0;
  let back = 0;
  plan.stages.forEach((event, i) => {
    const previous = plan.stages[i - 1];
    if (!within(event.month) || !previous) return;
    if (levels[event.stage] > levels[previous.stage]) forward++;
    if (levels[event.stage] < levels[previous.stage]) back++;
  });
  const thanks = plan.thanks.filter((t) => within(t.month));
  const actions = plan.actions.filter((a) => within(a.month));
  return {
    perMonth: months(first, 0).map((month) => plan.sessions.filter((m) => m === month).length),
    'Sessions held': plan.sessions.filter(within).length,
    'Goals set': plan.goals.filter((goal) => within(goal.created)).length,
    'Goals met': plan.goals.filter((goal) => goal.met !== undefined && within(goal.met)).length,
    'Goals still open at the end': open,
    'Action items agreed': actions.length,
    'Action items done': actions.filter((a) => a.done).length,
    'Thanks given': thanks.filter((t) => t.way === 'given').length,
    'Thanks received': thanks.filter((t) => t.way === 'received').length,
    'Thanks, direction not noted': 0,
    'Favours offered in return': thanks.filter((t) => t.way === 'favour').length,
    'Favours returned': thanks.filter((t) => t.way === 'favour' && t.done === true).length,
    'Stage moves forward': forward,
    'Stage moves back': back,
  };
}

export type ExpectedCounts = ReturnType<typeof expectedCounts>;

/** The sum of several plans' counts, as "All protégés" shows them. */
export function addCounts(all: readonly ExpectedCounts[]): ExpectedCounts {
  const [first, ...rest] = all;
  if (!first) throw new Error('No counts to add.');
  return rest.reduce((sum, counts) => {
    const total = { ...sum, perMonth: sum.perMonth.map((n, i) => n + (counts.perMonth[i] ?? 0)) };
    for (const key of Object.keys(counts) as (keyof ExpectedCounts)[]) {
      if (key !== 'perMonth') total[key] = sum[key] + counts[key];
    }
    return total;
  }, first);
}
