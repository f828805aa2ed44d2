import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useId, useState } from 'react';
import { describeError } from '../../utils/error-message';
import { NoteComposer } from '../../components/NoteComposer';
import { deleteNote, listNotes, restoreNote } from '../../db/notes';
import { searchNotes } from '../../db/search';
import { NOTE_KINDS, type Note, type NoteKind, type Protege } from '../../db/types';
import { NOTE_KIND_LABELS } from '../../utils/labels';
import { panelNoteDraft } from '../../utils/storage';
import type { NoteDraft } from '../../utils/popup-items';
import { InboxNotes } from './InboxNotes';
import { NoteItem } from './NoteItem';
import { UndoBar } from './UndoBar';
import { ErrorText } from '../../components/ErrorText';

const SEARCH_PAGE = 25;

interface Props {
  protege: Protege;
  proteges: readonly Protege[];
  initialDraft: NoteDraft;
}

/** This protégé's notes, newest first, searchable and filterable, updating live when any page saves one. */
export function NotesTab({ protege, proteges, initialDraft }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<NoteKind | ''>('');
  const [everyone, setEveryone] = useState(false);
  const [deleted, setDeleted] = useState<Note>();
  const [error, setError] = useState('');
  const deferredQuery = useDeferredValue(query);
  // Results come a page at a time: a keystroke redraws a short list, not hundreds of notes.
  // This and the undo offer below reset while rendering, not in an effect, so none shows stale.
  const [resultLimit, setResultLimit] = useState(SEARCH_PAGE);
  const searchKey = JSON.stringify([deferredQuery, everyone, kind]);
  const [limitKey, setLimitKey] = useState(searchKey);
  if (limitKey !== searchKey) {
    setLimitKey(searchKey);
    setResultLimit(SEARCH_PAGE);
  }
  // The composer stays mounted across protégés (its draft is one box); the undo offer does not carry over.
  const [deletedFor, setDeletedFor] = useState(protege.id);
  if (deletedFor !== protege.id) {
    setDeletedFor(protege.id);
    setDeleted(undefined);
  }
  const searching = deferredQuery.trim() !== '';

  const notes = useLiveQuery(async () => {
    if (searching) {
      const hits = await searchNotes({
        text: deferredQuery,
        ...(everyone ? {} : { protegeId: protege.id }),
        ...(kind ? { kind } : {}),
        limit: resultLimit,
      });
      return hits.map((hit) => hit.note);
    }
    const all = await listNotes(protege.id);
    return kind ? all.filter((note) => note.kind === kind) : all;
  }, [deferredQuery, searching, everyone, kind, protege.id, resultLimit]);

  const names = new Map(proteges.map((p) => [p.id, p.name]));

  const remove = useCallback((note: Note) => {
    deleteNote(note.id).then(
      () => {
        setDeleted(note);
        setError('');
      },
      (caught: unknown) => setError(`The note was not deleted. ${describeError(caught)}`),
    );
  }, []);

  function undo() {
    if (!deleted) return;
    restoreNote(deleted).then(
      () => setDeleted(undefined),
      (caught: unknown) => setError(`The note could not be restored. ${describeError(caught)}`),
    );
  }

  return (
    <>
      <NoteComposer
        label="New note"
        boxName="notes"
        protegeId={protege.id}
        source="sidepanel"
        draftItem={panelNoteDraft}
        initialDraft={initialDraft}
      />
      <h2 className="section-heading">Notes about {protege.name}</h2>
      <div className="row note-filters" role="search">
        <div className="field grow">
          <label htmlFor={`${id}-search`}>Search notes</label>
          <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Show</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as NoteKind | '')}>
            <option value="">All kinds</option>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {NOTE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={everyone} onChange={(event) => setEveryone(event.target.checked)} /> Search
          all protégés
        </label>
      </div>
      <UndoBar message={deleted && 'Note deleted.'} onUndo={undo} />
      <ErrorText message={error} />
      {notes === undefined ? (
        <p className="empty">Loading notes…</p>
      ) : notes.length === 0 ? (
        <p className="empty">
          {searching || kind
            ? 'No notes match.'
            : 'No notes yet. Notes saved from the toolbar popup appear here at once.'}
        </p>
      ) : (
        <ul className="notes" aria-label={searching ? 'Search results' : 'Notes'}>
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              onDelete={remove}
              {...(everyone && searching ? { protegeName: names.get(note.protegeId ?? '') ?? 'Inbox' } : {})}
            />
          ))}
        </ul>
      )}
      <InboxNotes protege={protege} />
      {searching && notes?.length === resultLimit && (
        <button type="button" className="secondary" onClick={() => setResultLimit((n) => n + SEARCH_PAGE)}>
          More results
        </button>
      )}
    </>
  );
}
