import { findUnknownTipIds, resolveTipIdIn, type TipRenames } from './tip-renames';
import type { Tip } from './tip';
import { AFTER_TIPS } from './tips/after';
import { FIRST_MEETING_TIPS } from './tips/first-meeting';
import { IN_SESSION_ACCEPTANCE_TIPS } from './tips/in-session-acceptance';
import { IN_SESSION_DENIAL_TIPS } from './tips/in-session-denial';
import { IN_SESSION_RESISTANCE_TIPS } from './tips/in-session-resistance';
import { IN_SESSION_SITUATION_TIPS } from './tips/in-session-situations';
import { IN_SESSION_SKILL_TIPS } from './tips/in-session-skills';
import { PREPARE_TIPS } from './tips/prepare';
import { RELATIONSHIP_TIPS } from './tips/relationship';

/** Bump when tips are added, reworded or removed, so stored data can tell which library it saw. */
export const TIP_LIBRARY_VERSION = 2;

export const TIPS: readonly Tip[] = [
  ...PREPARE_TIPS,
  ...FIRST_MEETING_TIPS,
  ...IN_SESSION_DENIAL_TIPS,
  ...IN_SESSION_RESISTANCE_TIPS,
  ...IN_SESSION_ACCEPTANCE_TIPS,
  ...IN_SESSION_SKILL_TIPS,
  ...IN_SESSION_SITUATION_TIPS,
  ...AFTER_TIPS,
  ...RELATIONSHIP_TIPS,
];

const TIPS_BY_ID: ReadonlyMap<string, Tip> = new Map(TIPS.map((tip) => [tip.id, tip]));

export function tipById(id: string): Tip | undefined {
  return TIPS_BY_ID.get(id);
}

/**
 * Old id → new id for every tip ever renamed. Never remove an entry: feedback saved under the
 * old id would stop applying to the tip.
 */
export const TIP_RENAMES: TipRenames = {
  // Version 2: a warning about being left behind became a question about where they want to be.
  'denial-ask-cost-of-waiting': 'denial-ask-where-they-want-to-be',
  // Version 2: asking about their standing became leaving the reveal to them.
  'boomer-resistance-name-the-worry': 'boomer-resistance-let-them-choose-the-reveal',
};

/** The current id for a stored tip id, or undefined when the tip no longer exists. */
export function resolveTipId(id: string): string | undefined {
  return resolveTipIdIn(id, TIP_RENAMES, TIPS_BY_ID);
}

/** Ids used in stored feedback that no longer resolve to a tip, e.g. to report after an import. */
export function findUnknownFeedbackTipIds(ids: Iterable<string>): string[] {
  return findUnknownTipIds(ids, TIP_RENAMES, TIPS_BY_ID);
}
