import { useLiveQuery } from 'dexie-react-hooks';
import type { Stage, TipVerdict } from '../content/vocabulary';
import { activeSession } from '../db/sessions';
import { currentStage } from '../db/stage-events';
import { feedbackFor } from '../db/tip-feedback';

export interface CoachingContext {
  stage: Stage | undefined;
  feedback: Map<string, TipVerdict>;
  inSession: boolean;
}

/** What tip ranking needs to know about one protégé, kept live; undefined while loading. */
export function useCoachingContext(protegeId: string | undefined): CoachingContext | undefined {
  return useLiveQuery(async () => {
    if (!protegeId) return { stage: undefined, feedback: new Map<string, TipVerdict>(), inSession: false };
    const [stage, feedback, session] = await Promise.all([
      currentStage(protegeId),
      feedbackFor(protegeId),
      activeSession(protegeId),
    ]);
    return { stage: stage?.stage, feedback, inSession: session !== undefined };
  }, [protegeId]);
}
