import { situationById, type SituationId } from '../content/situations';
import { STAGE_LABELS, type Stage } from '../content/vocabulary';
import type { Timestamp } from '../db/types';
import type {
  MonthCount,
  ProgrammeReview,
  ProtegeReview,
  ReviewCounts,
  ReviewPeriod,
  SituationCount,
  StagePoint,
} from './review-aggregates';
import { stageLevel } from './stage-history';

/**
 * A review told in a few plain sentences, built by rules from the counts alone: never a note's
 * text, never a guess. English, as the rest of the product is.
 */

export interface NarrativePeriod {
  range: ReviewPeriod;
  /** How the period ends a sentence: "in the last 12 months", "so far this year". */
  phrase: string;
}

const SITUATIONS_NAMED = 3;

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n.toLocaleString('en')} times`;
}

/** "a, b and c". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const monthOnly = new Intl.DateTimeFormat('en', { month: 'long' });
const monthAndYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' });

/** "in March", or "in March 2027" when the period reaches into more than one year. */
function inMonth(at: Timestamp, range: ReviewPeriod): string {
  const oneYear = new Date(range.from).getFullYear() === new Date(range.to - 1).getFullYear();
  return `in ${(oneYear ? monthOnly : monthAndYear).format(at)}`;
}

function stageName(stage: Stage): string {
  return STAGE_LABELS[stage];
}

/** The stages recorded during the period, without the one in force when it began. */
function stagesRecordedIn(review: ProtegeReview): StagePoint[] {
  return review.stageAtStart ? review.stageOverTime.slice(1) : [...review.stageOverTime];
}

/** Nothing the review counts happened for this protégé in the period. */
export function isQuietPeriod(review: ProtegeReview): boolean {
  return (
    review.sessionsHeld === 0 &&
    stagesRecordedIn(review).length === 0 &&
    review.goalsSet === 0 &&
    review.goalsMet === 0 &&
    review.actionsAgreed === 0 &&
    review.thanksGiven + review.thanksReceived + review.thanksUnrecorded + review.favoursOffered === 0 &&
    review.situations.length === 0
  );
}

function monthsWithSessions(months: readonly MonthCount[]): string {
  if (months.length < 2) return '';
  const met = months.filter((month) => month.count > 0).length;
  return ` (in ${met} of the ${months.length} months)`;
}

function sessionsSentence(name: string, review: ProtegeReview, period: NarrativePeriod): string {
  if (review.sessionsHeld === 0) return `${name} had no sessions ${period.phrase}.`;
  return `${name} met ${times(review.sessionsHeld)} ${period.phrase}${monthsWithSessions(review.sessionsPerMonth)}.`;
}

function stageSentence(name: string, review: ProtegeReview, range: ReviewPeriod): string {
  const start = review.stageAtStart;
  const end = review.stageAtEnd;
  const recorded = stagesRecordedIn(review);
  const last = recorded.at(-1);
  if (end === undefined) return `No change stage has been recorded for ${name}.`;
  if (!last) return `${name} stayed in ${stageName(end)} throughout.`;
  const stepsBack = review.movesBack > 0 ? `, with ${count(review.movesBack, 'move', 'moves')} back along the way` : '';

  if (start === undefined) {
    const first = recorded[0]!;
    const placed = `${name} was first placed in ${stageName(first.stage)} ${inMonth(first.at, range)}`;
    if (recorded.length === 1) return `${placed}.`;
    if (first.stage === end) return `${placed} and was there again at the end${stepsBack}.`;
    return `${placed} and reached ${stageName(end)} ${inMonth(last.at, range)}${stepsBack}.`;
  }
  if (start === end) {
    if (recorded.every((point) => point.stage === end)) {
      return `${name} stayed in ${stageName(end)}, last confirmed ${inMonth(last.at, range)}.`;
    }
    return `${name} ended in ${stageName(end)}, where they began, after ${count(recorded.length, 'move', 'moves')}.`;
  }
  const forward = stageLevel(end) > stageLevel(start);
  const moved = `${name} ${forward ? 'moved on' : 'moved back'} from ${stageName(start)} to ${stageName(end)}`;
  if (recorded.length === 1) return `${moved} ${inMonth(last.at, range)}.`;
  return `${moved}, the last move ${inMonth(last.at, range)}${forward ? stepsBack : ''}.`;
}

function goalsSentence(counts: ReviewCounts): string {
  const open = counts.goalsOpenAtEnd;
  const inPlay = counts.goalsMet + open;
  if (inPlay === 0) return 'No goals were open in this period.';
  const stillOpen = `${open} ${open === 1 ? 'is' : 'are'} still open`;
  const met =
    counts.goalsMet === 0
      ? `No goal was met; ${stillOpen}.`
      : `${counts.goalsMet} of ${count(inPlay, 'goal', 'goals')} ${counts.goalsMet === 1 ? 'was' : 'were'} met${open > 0 ? `; ${stillOpen}` : ''}.`;
  const set = counts.goalsSet > 0 ? ` ${count(counts.goalsSet, 'new goal was', 'new goals were')} set.` : '';
  return met + set;
}

function actionsSentence(counts: ReviewCounts): string {
  if (counts.actionsAgreed === 0) return 'No action items were agreed.';
  const verb = counts.actionsDone === 1 ? 'was' : 'were';
  return `${counts.actionsDone} of ${count(counts.actionsAgreed, 'action item', 'action items')} agreed ${verb} done.`;
}

function thanksSentences(counts: ReviewCounts): string[] {
  const { thanksGiven: given, thanksReceived: received, thanksUnrecorded: unsaid } = counts;
  const sentences: string[] = [];
  if (given > 0 && received > 0) sentences.push(`Thanks went both ways: ${given} given, ${received} received.`);
  else if (given > 0) sentences.push(`Thanks were given ${times(given)}; none were noted as received.`);
  else if (received > 0) sentences.push(`Thanks were received ${times(received)}; none were noted as given.`);
  if (unsaid > 0) {
    sentences.push(
      given + received > 0
        ? `Thanks were also noted ${times(unsaid)} without saying which way they went.`
        : `Thanks were noted ${times(unsaid)}, without saying which way they went.`,
    );
  }
  if (counts.favoursOffered > 0) {
    sentences.push(
      `${count(counts.favoursOffered, 'favour was', 'favours were')} offered in return, ${counts.favoursReturned} returned.`,
    );
  }
  return sentences.length > 0 ? sentences : ['No thanks were noted.'];
}

function situationLabel(id: SituationId): string {
  return situationById(id)?.label ?? id;
}

function situationsSentence(situations: readonly SituationCount[]): string[] {
  if (situations.length === 0) return [];
  const named = situations
    .slice(0, SITUATIONS_NAMED)
    .map(({ situation, count: seen }) => `${situationLabel(situation)} (${times(seen)})`);
  return [`Seen most often: ${listOf(named)}.`];
}

/** A protégé's period in plain sentences: sessions, stage, goals, action items, thanks, situations. */
export function protegeNarrative(name: string, review: ProtegeReview, period: NarrativePeriod): string[] {
  if (isQuietPeriod(review)) {
    const stage = review.stageAtEnd ? ` ${name} was in ${stageName(review.stageAtEnd)} throughout.` : '';
    return [
      `Nothing was recorded for ${name} ${period.phrase}: no sessions, stage changes, goals, action items or thanks.${stage}`,
    ];
  }
  return [
    sessionsSentence(name, review, period),
    stageSentence(name, review, period.range),
    goalsSentence(review),
    actionsSentence(review),
    ...thanksSentences(review),
    ...situationsSentence(review.situations),
  ];
}

/** Where each protégé ended, against where they began, among those with a stage recorded. */
function programmeStageSentence(reviews: readonly ProtegeReview[]): string {
  let further = 0;
  let back = 0;
  let same = 0;
  for (const review of reviews) {
    const start = review.stageOverTime[0]?.stage;
    const end = review.stageAtEnd;
    if (start === undefined || end === undefined) continue;
    const change = stageLevel(end) - stageLevel(start);
    if (change > 0) further++;
    else if (change < 0) back++;
    else same++;
  }
  if (further + back + same === 0) return 'No change stage was recorded in this period.';
  const parts = [
    further > 0 ? `${further} ended further on than they began` : '',
    back > 0 ? `${back} further back` : '',
    same > 0 ? `${same} where they began` : '',
  ].filter(Boolean);
  return `Of those with a stage recorded, ${listOf(parts)}.`;
}

/** The whole programme in plain sentences: the totals, and how the stages moved. */
export function programmeNarrative(programme: ProgrammeReview, period: NarrativePeriod): string[] {
  const { reviews, totals } = programme;
  if (reviews.length === 0) return ['There are no protégés to review yet.'];
  const met = reviews.filter((review) => review.sessionsHeld > 0).length;
  const sessions = `${count(totals.sessionsHeld, 'session was', 'sessions were')} held with ${count(reviews.length, 'protégé', 'protégés')} ${period.phrase}`;
  const who = met < reviews.length && reviews.length > 1 ? `; ${met} of them met at least once` : '';
  if (reviews.every(isQuietPeriod)) {
    return [`Nothing was recorded ${period.phrase}: no sessions, stage changes, goals, action items or thanks.`];
  }
  return [
    `${sessions}${who}.`,
    programmeStageSentence(reviews),
    goalsSentence(totals),
    actionsSentence(totals),
    ...thanksSentences(totals),
    ...situationsSentence(totals.situations),
  ];
}
