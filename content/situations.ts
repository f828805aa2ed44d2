/**
 * What can happen in a session and needs help within seconds. The order is the order shown, so
 * the first nine (picked with the number keys in session mode) are the ones that happen on a call.
 * Which tips answer a situation is said once, on the tips (`Tip.situations`).
 */
import type { Stage } from './vocabulary';

export const SITUATION_IDS = [
  'pushing-back',
  'going-quiet',
  'overwhelmed',
  'its-a-fad',
  'embarrassed',
  'do-it-for-me',
  'pulls-rank',
  'keen-for-more',
  'tech-trouble',
  'out-of-time',
  'slipped-back',
  'cancels-again',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

export interface Situation {
  readonly id: SituationId;
  /** A button label: a few words, at most 28 characters. */
  readonly label: string;
  /** The stage this tends to signal, if any: offered as a suggestion, never recorded by itself. */
  readonly signals?: Stage;
}

export const SITUATIONS: readonly Situation[] = [
  { id: 'pushing-back', label: 'Pushing back', signals: 'resistance' },
  { id: 'going-quiet', label: 'Gone quiet' },
  { id: 'overwhelmed', label: 'Anxious or overwhelmed' },
  { id: 'its-a-fad', label: '“It’s a fad, not for me”', signals: 'denial' },
  { id: 'embarrassed', label: 'Embarrassed not to know' },
  { id: 'do-it-for-me', label: 'Wants you to do it' },
  { id: 'pulls-rank', label: 'Pulls rank or talks over' },
  { id: 'keen-for-more', label: 'Keen and wants more', signals: 'acceptance' },
  { id: 'tech-trouble', label: 'Tech trouble on the call' },
  { id: 'out-of-time', label: 'Running out of time' },
  { id: 'slipped-back', label: 'Slipped back to old way', signals: 'resistance' },
  { id: 'cancels-again', label: 'Cancels or postpones again' },
];

export function isSituationId(value: unknown): value is SituationId {
  return typeof value === 'string' && (SITUATION_IDS as readonly string[]).includes(value);
}

const SITUATIONS_BY_ID: ReadonlyMap<string, Situation> = new Map(
  SITUATIONS.map((situation) => [situation.id, situation]),
);

export function situationById(id: string): Situation | undefined {
  return SITUATIONS_BY_ID.get(id);
}

/**
 * The stage to suggest recording when the mentor picks a situation: the stage it signals, only
 * when that differs from the current one. A suggestion only; recording it is the mentor's call.
 */
export function suggestedStage(situationId: string, current: Stage | undefined): Stage | undefined {
  const signalled = situationById(situationId)?.signals;
  return signalled !== undefined && signalled !== current ? signalled : undefined;
}
