import { rankInputFor, rankTips, type VerdictsByTip } from '../content/rank-tips';
import type { Stage } from '../content/vocabulary';
import type { Goal, Note, Protege } from '../db/types';
import { buildAgenda, type AgendaItem } from './agenda';

export interface SessionAgendaInput {
  protege: Pick<Protege, 'generation' | 'gaps'>;
  notes: readonly Note[];
  goals: readonly Goal[];
  stage: Stage | undefined;
  feedback: VerdictsByTip;
}

/**
 * The agenda "Start session" suggests: open talking points, open goals, and the one in-session
 * tip that ranks first for this protégé now. The brief shows the same list before the call.
 */
export function sessionAgenda({ protege, notes, goals, stage, feedback }: SessionAgendaInput): AgendaItem[] {
  const [best] = rankTips({ ...rankInputFor(protege, stage, feedback, 'in-session'), limit: 1 });
  const stageTip = best && { id: best.tip.id, title: best.tip.title };
  return buildAgenda({ notes, goals, ...(stageTip ? { stageTip } : {}) });
}
