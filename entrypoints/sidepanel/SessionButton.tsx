import { useState } from 'react';
import { describeError } from '../../utils/error-message';
import { listGoals } from '../../db/goals';
import { listNotes } from '../../db/notes';
import { startSession } from '../../db/sessions';
import { currentStage } from '../../db/stage-events';
import { feedbackFor } from '../../db/tip-feedback';
import type { Protege, Session } from '../../db/types';
import { agendaLine } from '../../utils/agenda';
import { sessionAgenda } from '../../utils/session-agenda';
import { ErrorText } from '../../components/ErrorText';

interface Props {
  protege: Protege;
  /** The running session, or null when none is. */
  session: Session | null;
  onEnd: () => void;
  disabled?: boolean;
}

/** "Start session" builds the suggested agenda and opens session mode; "End session" opens the wrap-up. */
export function SessionButton({ protege, session, onEnd, disabled = false }: Props) {
  const [error, setError] = useState('');

  async function start() {
    try {
      const [notes, goals, stage, feedback] = await Promise.all([
        listNotes(protege.id),
        listGoals(protege.id),
        currentStage(protege.id),
        feedbackFor(protege.id),
      ]);
      const agenda = sessionAgenda({ protege, notes, goals, stage: stage?.stage, feedback });
      await startSession(protege.id, agenda.map(agendaLine));
      setError('');
    } catch (caught) {
      setError(`The session did not start. ${describeError(caught)}`);
    }
  }

  return (
    <>
      {session ? (
        <button type="button" onClick={onEnd}>
          End session
        </button>
      ) : (
        <button type="button" onClick={() => void start()} disabled={disabled}>
          Start session
        </button>
      )}
      <ErrorText message={error} />
    </>
  );
}
