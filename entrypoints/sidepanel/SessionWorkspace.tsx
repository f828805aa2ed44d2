import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { NoteComposer } from '../../components/NoteComposer';
import { NoteText } from '../../components/NoteText';
import { StoredCheckbox } from '../../components/StoredCheckbox';
import { listNotes, listSessionNotes, setTalkingPointDiscussed } from '../../db/notes';
import type { Protege, Session } from '../../db/types';
import { NOTE_KIND_LABELS } from '../../utils/labels';
import { formatDateTime } from '../../utils/dates';
import { isShareable } from '../../utils/session-recap';
import { sessionNoteDraft } from '../../utils/storage';
import type { NoteDraft } from '../../utils/popup-items';
import { ErrorText } from '../../components/ErrorText';
import { SessionSituations } from './SessionSituations';

interface Props {
  protege: Protege;
  session: Session;
  initialDraft: NoteDraft;
}

/** Session mode: the agenda, talking points to tick off, and notes linked to this session. */
export function SessionWorkspace({ protege, session, initialDraft }: Props) {
  const id = useId();
  const [error, setError] = useState('');
  const notes = useLiveQuery(() => listSessionNotes(session.id), [session.id]);
  // Talking points still open, plus those ticked off during this session (so they can be unticked).
  const talkingPoints = useLiveQuery(
    async () =>
      (await listNotes(protege.id)).filter(
        (note) => note.kind === 'talking-point' && (!note.discussed || note.updatedAt >= session.startedAt),
      ),
    [protege.id, session.startedAt],
  );

  return (
    <section className="session" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Session with {protege.name}, started {formatDateTime(session.startedAt)}
      </h2>
      <h3>Agenda</h3>
      {session.agenda.length === 0 ? (
        <p className="empty">Nothing open: ask what they want to work on today.</p>
      ) : (
        <ol className="agenda" aria-label="Agenda">
          {session.agenda.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      )}
      <SessionSituations protege={protege} session={session} />
      {talkingPoints && talkingPoints.length > 0 && (
        <fieldset>
          <legend>Talking points</legend>
          {talkingPoints.map((point) => (
            <StoredCheckbox
              key={point.id}
              checked={point.discussed ?? false}
              save={(on) => setTalkingPointDiscussed(point.id, on)}
              onError={setError}
            >
              {point.text}
            </StoredCheckbox>
          ))}
        </fieldset>
      )}
      <ErrorText message={error} />
      <NoteComposer
        label="Session note"
        boxName="session"
        protegeId={protege.id}
        sessionId={session.id}
        source="sidepanel"
        draftItem={sessionNoteDraft}
        initialDraft={initialDraft}
        autoFocus
        offerShareable
      />
      <h3>Notes this session</h3>
      {notes && notes.length > 0 ? (
        <ul className="session-notes" aria-label="Notes this session">
          {notes.map((note) => (
            <li key={note.id}>
              <span className="note-kind">{NOTE_KIND_LABELS[note.kind]}:</span> <NoteText text={note.text} />
              {isShareable(note) && <span className="hint"> (shareable)</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">Notes you save here are linked to this session.</p>
      )}
    </section>
  );
}
