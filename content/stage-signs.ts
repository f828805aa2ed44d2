/**
 * What each change stage tends to look like on a call: things a mentor can see or hear, so that
 * denial, resistance and acceptance can be told apart. Shown beside the stage control; they are
 * hints to weigh with what the person says, never a test to pass.
 */
import type { Stage } from './vocabulary';

export const STAGE_SIGNS: Readonly<Record<Stage, readonly string[]>> = {
  denial: [
    'Calls the skill optional, a passing trend or something for other people',
    'Agrees in the session, then has not opened the tool since',
    'Changes the subject or runs the clock down when the tool comes up',
  ],
  resistance: [
    'Argues with the steps, lists objections or blames the tool',
    'Sounds irritated or anxious, sighs, or asks to stop early',
    'Goes back to the old method as soon as something goes wrong',
  ],
  acceptance: [
    'Brings their own questions or a task they tried alone',
    'Uses the skill between sessions without being reminded',
    'Asks what to learn next or offers to show a colleague',
  ],
};
