import { SITUATION_IDS, type SituationId } from '../content/situations';
import { STAGE_LABELS, type Stage } from '../content/vocabulary';
import type { Goal, Id, Note, Protege, Session, StageEvent, Timestamp } from '../db/types';
import { toCsv, type CsvValue } from './csv';
import { moveDirection } from './stage-history';

/**
 * What a programme review counts, per protégé over a period: numbers and dates only, worked
 * out from the records, never the text of a note.
 */

/** From the first moment `from` up to, not including, `to`. */
export interface ReviewPeriod {
  from: Timestamp;
  to: Timestamp;
}

/** Everything stored for one protégé, in any order. */
export interface ProtegeRecords {
  protege: Protege;
  sessions: readonly Session[];
  stageEvents: readonly StageEvent[];
  goals: readonly Goal[];
  notes: readonly Note[];
}

export interface MonthCount {
  /** "2027-03", local time. */
  month: string;
  count: number;
}

export interface StagePoint {
  at: Timestamp;
  stage: Stage;
}

export interface SituationCount {
  situation: SituationId;
  count: number;
}

export interface ReviewCounts {
  /** Sessions started in the period that were held to the end. */
  sessionsHeld: number;
  goalsSet: number;
  /** Goals ticked off in the period, whenever they were set. */
  goalsMet: number;
  /** Goals set before the period ended and not met by then. */
  goalsOpenAtEnd: number;
  /** Action items written in the period… */
  actionsAgreed: number;
  /** …and of those, the ones ticked off. */
  actionsDone: number;
  thanksGiven: number;
  thanksReceived: number;
  /** Thanks noted without saying which way they went (as the wrap-up saves them). */
  thanksUnrecorded: number;
  favoursOffered: number;
  /** Of the favours offered in the period, the ones returned. */
  favoursReturned: number;
  movesForward: number;
  movesBack: number;
}

export interface ProtegeReview extends ReviewCounts {
  protegeId: Id;
  /** Every month of the period, empty ones included, so a chart has no gaps. */
  sessionsPerMonth: MonthCount[];
  firstSessionAt?: Timestamp;
  lastSessionAt?: Timestamp;
  /** The stage in force when the period began. */
  stageAtStart?: Stage;
  /** The stage in force when it ended. */
  stageAtEnd?: Stage;
  /** The stage in force at the start (at `from`), then each stage recorded in the period. */
  stageOverTime: StagePoint[];
  /** The situations logged in the period, most seen first. */
  situations: SituationCount[];
}

function within(period: ReviewPeriod, at: Timestamp | undefined): at is Timestamp {
  return at !== undefined && at >= period.from && at < period.to;
}

function monthKey(at: Timestamp): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The months the period touches, oldest first, local time. */
function monthsOf(period: ReviewPeriod): string[] {
  if (period.to <= period.from) return [];
  const months: string[] = [];
  const last = monthKey(period.to - 1);
  const cursor = new Date(period.from);
  cursor.setDate(1);
  for (;;) {
    const key = monthKey(cursor.getTime());
    months.push(key);
    if (key === last) return months;
    cursor.setMonth(cursor.getMonth() + 1);
  }
}

function perMonth(period: ReviewPeriod, times: readonly Timestamp[]): MonthCount[] {
  const counts = new Map(monthsOf(period).map((month) => [month, 0]));
  for (const at of times) {
    const key = monthKey(at);
    const count = counts.get(key);
    if (count !== undefined) counts.set(key, count + 1);
  }
  return [...counts].map(([month, count]) => ({ month, count }));
}

function countSituations(notes: readonly Note[]): SituationCount[] {
  const counts = new Map<SituationId, number>();
  for (const note of notes) {
    if (note.situation !== undefined) counts.set(note.situation, (counts.get(note.situation) ?? 0) + 1);
  }
  // Most seen first; ties in the order the situations are listed.
  return SITUATION_IDS.filter((situation) => counts.has(situation))
    .map((situation) => ({ situation, count: counts.get(situation) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

function stageIn(history: readonly StageEvent[], before: Timestamp): Stage | undefined {
  return history.filter((event) => event.at < before).at(-1)?.stage;
}

/** One protégé's review for the period. Records of any other protégé are left out. */
export function reviewProtege(records: ProtegeRecords, period: ReviewPeriod): ProtegeReview {
  const id = records.protege.id;
  const mine = <T extends { protegeId?: Id }>(list: readonly T[]) => list.filter((record) => record.protegeId === id);

  const held = mine(records.sessions)
    .filter((session) => session.endedAt !== undefined && within(period, session.startedAt))
    .map((session) => session.startedAt)
    .sort((a, b) => a - b);

  const history = mine(records.stageEvents).sort((a, b) => a.at - b.at);
  const stageAtStart = stageIn(history, period.from);
  const stageAtEnd = stageIn(history, period.to);
  const stageOverTime: StagePoint[] = stageAtStart ? [{ at: period.from, stage: stageAtStart }] : [];
  let movesForward = 0;
  let movesBack = 0;
  history.forEach((event, i) => {
    if (!within(period, event.at)) return;
    stageOverTime.push({ at: event.at, stage: event.stage });
    const direction = moveDirection(history[i - 1]?.stage, event.stage);
    if (direction === 'forward') movesForward++;
    if (direction === 'back') movesBack++;
  });

  const goals = mine(records.goals);
  const metBy = (goal: Goal, at: Timestamp) => goal.done && (goal.doneAt === undefined || goal.doneAt < at);

  const notes = mine(records.notes).filter((note) => within(period, note.createdAt));
  const actions = notes.filter((note) => note.kind === 'action');
  const gratitude = notes.filter((note) => note.kind === 'gratitude');
  const favours = gratitude.filter((note) => note.gratitude === 'favour');

  const review: ProtegeReview = {
    protegeId: id,
    sessionsHeld: held.length,
    sessionsPerMonth: perMonth(period, held),
    stageOverTime,
    movesForward,
    movesBack,
    goalsSet: goals.filter((goal) => within(period, goal.createdAt)).length,
    goalsMet: goals.filter((goal) => goal.done && within(period, goal.doneAt)).length,
    goalsOpenAtEnd: goals.filter((goal) => goal.createdAt < period.to && !metBy(goal, period.to)).length,
    actionsAgreed: actions.length,
    actionsDone: actions.filter((note) => note.done === true).length,
    thanksGiven: gratitude.filter((note) => note.gratitude === 'given').length,
    thanksReceived: gratitude.filter((note) => note.gratitude === 'received').length,
    thanksUnrecorded: gratitude.filter((note) => note.gratitude === undefined).length,
    favoursOffered: favours.length,
    favoursReturned: favours.filter((note) => note.done === true).length,
    situations: countSituations(notes),
  };
  const [first, last] = [held[0], held.at(-1)];
  if (first !== undefined) review.firstSessionAt = first;
  if (last !== undefined) review.lastSessionAt = last;
  if (stageAtStart) review.stageAtStart = stageAtStart;
  if (stageAtEnd) review.stageAtEnd = stageAtEnd;
  return review;
}

const COUNT_KEYS = [
  'sessionsHeld',
  'goalsSet',
  'goalsMet',
  'goalsOpenAtEnd',
  'actionsAgreed',
  'actionsDone',
  'thanksGiven',
  'thanksReceived',
  'thanksUnrecorded',
  'favoursOffered',
  'favoursReturned',
  'movesForward',
  'movesBack',
] as const satisfies readonly (keyof ReviewCounts)[];

export interface ProgrammeReview {
  reviews: ProtegeReview[];
  totals: ReviewCounts & { sessionsPerMonth: MonthCount[]; situations: SituationCount[] };
}

/** Every protégé's review, and the programme's totals over the same period. */
export function reviewProgramme(all: readonly ProtegeRecords[], period: ReviewPeriod): ProgrammeReview {
  const reviews = all.map((records) => reviewProtege(records, period));
  const counts = Object.fromEntries(
    COUNT_KEYS.map((key) => [key, reviews.reduce((sum, review) => sum + review[key], 0)]),
  ) as Record<(typeof COUNT_KEYS)[number], number>;
  const sessionsPerMonth = monthsOf(period).map((month) => ({
    month,
    count: reviews.reduce(
      (sum, review) => sum + (review.sessionsPerMonth.find((m) => m.month === month)?.count ?? 0),
      0,
    ),
  }));
  const situationTotals = new Map<SituationId, number>();
  for (const review of reviews) {
    for (const { situation, count } of review.situations) {
      situationTotals.set(situation, (situationTotals.get(situation) ?? 0) + count);
    }
  }
  const situations = SITUATION_IDS.filter((situation) => situationTotals.has(situation))
    .map((situation) => ({ situation, count: situationTotals.get(situation) ?? 0 }))
    .sort((a, b) => b.count - a.count);
  return { reviews, totals: { ...counts, sessionsPerMonth, situations } };
}

// ---- The coordinator's CSV ------------------------------------------------------------------

function isoDay(at: Timestamp | undefined): string | undefined {
  if (at === undefined) return undefined;
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function stageLabel(stage: Stage | undefined): string | undefined {
  return stage && STAGE_LABELS[stage];
}

interface CsvRow {
  label: string;
  period: ReviewPeriod;
  review: ProtegeReview;
}

/** The columns, in order: the README lists them. */
const COORDINATOR_COLUMNS: readonly { header: string; value: (row: CsvRow) => CsvValue }[] = [
  { header: 'Protégé', value: (row) => row.label },
  { header: 'From', value: (row) => isoDay(row.period.from) },
  { header: 'To', value: (row) => isoDay(row.period.to - 1) },
  { header: 'Sessions held', value: (row) => row.review.sessionsHeld },
  { header: 'First session', value: (row) => isoDay(row.review.firstSessionAt) },
  { header: 'Last session', value: (row) => isoDay(row.review.lastSessionAt) },
  { header: 'Stage at start', value: (row) => stageLabel(row.review.stageAtStart) },
  { header: 'Stage at end', value: (row) => stageLabel(row.review.stageAtEnd) },
  { header: 'Stage moves forward', value: (row) => row.review.movesForward },
  { header: 'Stage moves back', value: (row) => row.review.movesBack },
  { header: 'Goals set', value: (row) => row.review.goalsSet },
  { header: 'Goals met', value: (row) => row.review.goalsMet },
  { header: 'Goals open at end', value: (row) => row.review.goalsOpenAtEnd },
  { header: 'Action items agreed', value: (row) => row.review.actionsAgreed },
  { header: 'Action items done', value: (row) => row.review.actionsDone },
  { header: 'Thanks given', value: (row) => row.review.thanksGiven },
  { header: 'Thanks received', value: (row) => row.review.thanksReceived },
  { header: 'Thanks, direction not noted', value: (row) => row.review.thanksUnrecorded },
  { header: 'Favours offered', value: (row) => row.review.favoursOffered },
  { header: 'Favours returned', value: (row) => row.review.favoursReturned },
];

export interface CoordinatorCsvOptions {
  /** Names the protégés; otherwise each is "Protégé 1", "Protégé 2"… */
  includeNames?: boolean;
}

/**
 * The programme coordinator's CSV: one row of counts, dates and stages per protégé, never a
 * note's text. Without names, protégés are numbered in the order they were added, so the same
 * protégé keeps the same number from one export to the next.
 */
export function coordinatorCsv(
  all: readonly ProtegeRecords[],
  period: ReviewPeriod,
  { includeNames = false }: CoordinatorCsvOptions = {},
): string {
  const ordered = [...all].sort(
    (a, b) => a.protege.createdAt - b.protege.createdAt || (a.protege.id < b.protege.id ? -1 : 1),
  );
  const rows = ordered.map((records, i) => {
    const row: CsvRow = {
      label: includeNames ? records.protege.name : `Protégé ${i + 1}`,
      period,
      review: reviewProtege(records, period),
    };
    return COORDINATOR_COLUMNS.map((column) => column.value(row));
  });
  // The byte order mark tells spreadsheets the file is UTF-8, so "Protégé" shows as written.
  return `\uFEFF${toCsv([COORDINATOR_COLUMNS.map((column) => column.header), ...rows])}`;
}
