import { cutToLength, MAX_AGENDA_ITEM_LENGTH } from '../db/record-rules';
import type { Goal, Note } from '../db/types';

export type AgendaItem =
  | { kind: 'talking-point'; text: string; noteId: string }
  | { kind: 'goal'; text: string; goalId: string; targetDate?: number }
  | { kind: 'tip'; text: string; tipId: string };

export interface AgendaInput {
  notes: readonly Note[];
  goals: readonly Goal[];
  /** A tip that fits the protégé's current stage, if one is at hand. */
  stageTip?: { id: string; title: string };
  maxTalkingPoints?: number;
  maxGoals?: number;
}

/**
 * A suggested agenda: open talking points first (oldest first: they have waited longest),
 * then open goals (nearest target date first, undated last), then one tip for the stage.
 */
export function buildAgenda({ notes, goals, stageTip, maxTalkingPoints = 5, maxGoals = 3 }: AgendaInput): AgendaItem[] {
  const talkingPoints = notes
    .filter((note) => note.kind === 'talking-point' && !note.discussed)
    .sort((a, b) => a.createdAt - b.createdAt)
    .slice(0, maxTalkingPoints)
    .map((note): AgendaItem => ({ kind: 'talking-point', text: note.text, noteId: note.id }));

  const openGoals = goals
    .filter((goal) => !goal.done)
    .sort(
      (a, b) =>
        (a.targetDate ?? Number.POSITIVE_INFINITY) - (b.targetDate ?? Number.POSITIVE_INFINITY) ||
        a.createdAt - b.createdAt,
    )
    .slice(0, maxGoals)
    .map((goal): AgendaItem => {
      const item: AgendaItem = { kind: 'goal', text: goal.title, goalId: goal.id };
      if (goal.targetDate !== undefined) item.targetDate = goal.targetDate;
      return item;
    });

  const tip: AgendaItem[] = stageTip ? [{ kind: 'tip', text: stageTip.title, tipId: stageTip.id }] : [];
  return [...talkingPoints, ...openGoals, ...tip];
}

const AGENDA_LABELS: Record<AgendaItem['kind'], string> = {
  'talking-point': 'Talking point',
  goal: 'Goal',
  tip: 'Try',
};

/**
 * How an agenda item reads when stored with the session. A talking point may be as long as a
 * note, so with its label it could pass the length a stored agenda item may have: the end of
 * such a line is cut (the talking point itself is unchanged).
 */
export function agendaLine(item: AgendaItem): string {
  return cutToLength(`${AGENDA_LABELS[item.kind]}: ${item.text}`, MAX_AGENDA_ITEM_LENGTH, '…');
}
