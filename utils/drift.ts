import type { Goal, Id, Protege, Session, Timestamp } from '../db/types';
import { overdueGoals, overdueSince } from './next-meeting';

/**
 * A relationship drifting: no session for longer than the agreed cadence, or goals past their
 * target day. The side panel's switcher marks these protégés and the popup lists them.
 */
export interface Drift {
  protegeId: Id;
  name: string;
  /** Set when a meeting is overdue by the cadence: the day it fell due. */
  overdueSince?: Timestamp;
  /** The last session's start, when there has been one. */
  lastSessionAt?: Timestamp;
  /** Goals not met whose target day has passed. */
  goalsPastDate: number;
}

/** How one protégé is drifting, or undefined when they are not (or are archived). */
export function driftOf(
  protege: Protege,
  sessions: readonly Session[],
  goals: readonly Goal[],
  now: Timestamp,
): Drift | undefined {
  if (protege.archived) return undefined;
  const since = overdueSince(protege, sessions, now);
  const goalsPastDate = overdueGoals(goals, now).length;
  if (since === undefined && goalsPastDate === 0) return undefined;
  const lastSessionAt = sessions.reduce<number | undefined>(
    (latest, session) => (latest === undefined || session.startedAt > latest ? session.startedAt : latest),
    undefined,
  );
  return {
    protegeId: protege.id,
    name: protege.name,
    ...(since !== undefined ? { overdueSince: since } : {}),
    ...(lastSessionAt !== undefined ? { lastSessionAt } : {}),
    goalsPastDate,
  };
}

/** "no session since 3 Nov", "goal past its date", "no session yet; 2 goals past their dates". */
export function describeDrift(drift: Drift, locales?: Intl.LocalesArgument): string {
  const parts: string[] = [];
  if (drift.overdueSince !== undefined) {
    parts.push(
      drift.lastSessionAt === undefined
        ? 'no session yet'
        : `no session since ${new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'short' }).format(drift.lastSessionAt)}`,
    );
  }
  if (drift.goalsPastDate === 1) parts.push('goal past its date');
  else if (drift.goalsPastDate > 1) parts.push(`${drift.goalsPastDate} goals past their dates`);
  return parts.join('; ');
}
