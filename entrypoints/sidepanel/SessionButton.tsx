import { useState } from 'react';
import { describeError } from '../../components/error-message';
import { listGoals } from '../../db/goals';
import { listNotes } from '../../db/notes';
import { startSession } from '../../db/sessions';
import type { Session } from '../../db/types';
import { agendaLine, buildAgenda } from '../../utils/agenda';

interface Props {
  protegeId: string;
  /** The running session, or null when none is. */
  session: Session | null;
  onEnd: () => void;
  disabled?: boolean;
}

/** "Start session" builds the suggested agenda and opens session mode; "End session" opens the wrap-up. */
export function SessionButton({ protegeId, session, onEnd, disabled = false }: Props) {
  const [error, setError] = useState('');

  async function start() {
    try {
      const [notes, goals] = await Promise.all([listNotes(protegeId), listGoals(protegeId)]);
      await startSession(protegeId, buildAgenda({ notes, goals }).map(agendaLine));
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
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
