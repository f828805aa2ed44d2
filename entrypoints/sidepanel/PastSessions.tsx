import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { NoteText } from '../../components/NoteText';
import { WrapUpFacts } from './WrapUpFacts';
import { RecapCopy } from './RecapCopy';
import { listSessionNotes } from '../../db/notes';
import { listSessions } from '../../db/sessions';
import type { Session } from '../../db/types';
import { NOTE_KIND_LABELS } from '../../utils/labels';
import { describeMeetingLength, formatDateTime } from '../../utils/dates';

function SessionRecord({ session }: { session: Session }) {
  const notes = useLiveQuery(() => listSessionNotes(session.id), [session.id]);
  const wrapUp = session.wrapUp;
  return (
    <li className="session-record">
      <h3>
        {formatDateTime(session.startedAt)}
        {session.endedAt !== undefined
          ? `, ${describeMeetingLength(session.endedAt - session.startedAt)}`
          : ' (in progress)'}
      </h3>
      {session.agenda.length > 0 && (
        <>
          <h4>Agenda</h4>
          <ul>
            {session.agenda.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {wrapUp && <WrapUpFacts wrapUp={wrapUp} />}
      <h4>Notes</h4>
      {notes && notes.length > 0 ? (
        <ul className="session-notes" aria-label={`Notes from the session of ${formatDateTime(session.startedAt)}`}>
          {notes.map((note) => (
            <li key={note.id}>
              <span className="note-kind">{NOTE_KIND_LABELS[note.kind]}:</span> <NoteText text={note.text} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No notes taken.</p>
      )}
      {notes && <RecapCopy session={session} notes={notes} />}
    </li>
  );
}

export function PastSessions({ protegeId }: { protegeId: string }) {
  const id = useId();
  const sessions = useLiveQuery(() => listSessions(protegeId), [protegeId]);
  return (
    <section aria-labelledby={`${id}-sessions`} className="stack">
      <h2 id={`${id}-sessions`}>Sessions</h2>
      {sessions === undefined ? null : sessions.length === 0 ? (
        <p className="empty">No sessions yet. Use “Start session” at the top when you meet.</p>
      ) : (
        <ol className="sessions" aria-label="Sessions">
          {sessions.map((session) => (
            <SessionRecord key={session.id} session={session} />
          ))}
        </ol>
      )}
    </section>
  );
}
