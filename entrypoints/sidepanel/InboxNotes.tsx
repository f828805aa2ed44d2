import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { describeError } from '../../utils/error-message';
import { NoteText } from '../../components/NoteText';
import { listInboxNotes, moveNoteToProtege } from '../../db/notes';
import type { Protege } from '../../db/types';
import { formatDateTime } from '../../utils/dates';
import { ErrorText } from '../../components/ErrorText';

function InboxList({ protege }: { protege: Protege }) {
  const notes = useLiveQuery(() => listInboxNotes(), []);
  const [error, setError] = useState('');
  if (notes === undefined) return <p className="empty">Loading…</p>;
  if (notes.length === 0) return <p className="empty">Nothing in the inbox.</p>;
  return (
    <>
      <ul className="notes" aria-label="Inbox">
        {notes.map((note) => (
          <li key={note.id} className="note">
            <div className="note-meta">
              <time dateTime={new Date(note.createdAt).toISOString()}>{formatDateTime(note.createdAt)}</time>
              {note.source.title ? ` · ${note.source.title}` : ''}
            </div>
            <NoteText text={note.text} />
            <button
              type="button"
              className="secondary"
              onClick={() =>
                void moveNoteToProtege(note.id, protege.id).then(
                  () => setError(''),
                  (caught: unknown) => setError(describeError(caught)),
                )
              }
            >
              Move to {protege.name}
            </button>
          </li>
        ))}
      </ul>
      <ErrorText message={error} />
    </>
  );
}

/** Notes saved from a page before any protégé existed, to file under one. Read only when opened. */
export function InboxNotes({ protege }: { protege: Protege }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="inbox" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Inbox: notes saved without a protégé</summary>
      {open && <InboxList protege={protege} />}
    </details>
  );
}
