import { useLiveQuery } from 'dexie-react-hooks';
import { NoteComposer } from '../../components/NoteComposer';
import { NoteText } from '../../components/NoteText';
import { listNotes } from '../../db/notes';
import { NOTE_KIND_LABELS, type Protege } from '../../db/types';
import { panelNoteDraft, type QuickNoteDraft } from '../../utils/storage';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  protege: Protege;
  initialDraft: QuickNoteDraft;
}

/** This protégé's notes, newest first, updating live when any page saves one. */
export function NotesTab({ protege, initialDraft }: Props) {
  const notes = useLiveQuery(() => listNotes(protege.id), [protege.id]);
  return (
    <>
      <NoteComposer
        label="New note"
        protegeId={protege.id}
        source="sidepanel"
        draftItem={panelNoteDraft}
        initialDraft={initialDraft}
      />
      <h2 className="section-heading">Notes about {protege.name}</h2>
      {notes === undefined ? (
        <p className="empty">Loading notes…</p>
      ) : notes.length === 0 ? (
        <p className="empty">No notes yet. Notes saved from the toolbar popup appear here at once.</p>
      ) : (
        <ul className="notes" aria-label="Notes">
          {notes.map((note) => (
            <li key={note.id} className={`note note-${note.kind}`}>
              <div className="note-meta">
                <span className="note-kind">{NOTE_KIND_LABELS[note.kind]}</span>{' '}
                <time dateTime={new Date(note.createdAt).toISOString()}>{when.format(note.createdAt)}</time>
              </div>
              <NoteText text={note.text} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
