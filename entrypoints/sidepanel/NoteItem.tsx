import { memo, useId, useRef, useState } from 'react';
import { NoteText } from '../../components/NoteText';
import { StoredCheckbox } from '../../components/StoredCheckbox';
import { EditConflict } from '../../components/EditConflict';
import { useAutosave } from '../../components/use-autosave';
import { useFocusAtEnd } from '../../components/use-focus-at-end';
import { setActionDone, setNoteShareable, setTalkingPointDiscussed } from '../../db/notes';
import { mayBeShared, type Note } from '../../db/types';
import { NOTE_KIND_LABELS } from '../../utils/labels';
import { ErrorText } from '../../components/ErrorText';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  note: Note;
  /** Shown when the list mixes protégés. */
  protegeName?: string;
  onDelete: (note: Note) => void;
}

function NoteEditor({ note, onDone }: { note: Note; onDone: () => void }) {
  const id = useId();
  const { value, change, flush, state, keepMine, takeTheirs } = useAutosave(
    { type: 'note-text', id: note.id },
    note.text,
  );
  const box = useRef<HTMLTextAreaElement>(null);
  useFocusAtEnd(box);
  // In a conflict the editor stays open until the user has picked a text.
  function finish() {
    if (state.kind === 'conflict') return;
    flush();
    onDone();
  }
  return (
    <div className="note-editor">
      <label htmlFor={id}>Edit note</label>
      <textarea
        id={id}
        value={value}
        rows={4}
        ref={box}
        onChange={(event) => change(event.target.value)}
        onBlur={flush}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
            event.preventDefault();
            finish();
          }
        }}
      />
      {state.kind === 'conflict' ? (
        <EditConflict theirs={state.theirs} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
      ) : state.kind === 'error' ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : (
        <p className="hint" aria-live="polite">
          {state.kind === 'pending' ? 'Saving…' : 'Saved as you type.'}
        </p>
      )}
      <button type="button" className="secondary" onClick={finish}>
        Done
      </button>
    </div>
  );
}

/** Memoised: while a search narrows, notes that stay in the list are not redrawn. */
export const NoteItem = memo(function NoteItem({ note, protegeName, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');

  return (
    <li className={`note note-${note.kind}`}>
      <div className="note-meta">
        <span className="note-kind">{NOTE_KIND_LABELS[note.kind]}</span>{' '}
        {protegeName && <span className="note-protege">{protegeName} · </span>}
        <time dateTime={new Date(note.createdAt).toISOString()}>{when.format(note.createdAt)}</time>
        {note.source.kind === 'selection' && note.source.url && (
          <>
            {' · '}
            <SourceLink url={note.source.url} title={note.source.title} />
          </>
        )}
      </div>
      {editing ? <NoteEditor note={note} onDone={() => setEditing(false)} /> : <NoteText text={note.text} />}
      <div className="row note-actions">
        {note.kind === 'action' && (
          <StoredCheckbox checked={note.done ?? false} save={(on) => setActionDone(note.id, on)} onError={setError}>
            Done
          </StoredCheckbox>
        )}
        {note.kind === 'talking-point' && (
          <StoredCheckbox
            checked={note.discussed ?? false}
            save={(on) => setTalkingPointDiscussed(note.id, on)}
            onError={setError}
          >
            Discussed
          </StoredCheckbox>
        )}
        {mayBeShared(note) && (
          <StoredCheckbox
            checked={note.shareable ?? false}
            save={(on) => setNoteShareable(note.id, on)}
            onError={setError}
          >
            Shareable
          </StoredCheckbox>
        )}
        {!editing && (
          <button type="button" className="link" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        <button type="button" className="link" onClick={() => onDelete(note)}>
          Delete
        </button>
      </div>
      <ErrorText message={error} />
    </li>
  );
});

/** Only web and mail links are ever made clickable. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host a link really goes to ("docs.example.com"), or undefined for one that has none. */
function linkHost(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page chooses its own title, so the title alone could claim to be any site: the host the
 * link really opens is shown beside it, apart from the title's text.
 */
function SourceLink({ url, title }: { url: string; title?: string }) {
  const href = safeHref(url);
  const label = title?.trim() || url;
  if (!href) return <span>{label}</span>;
  const host = linkHost(href);
  return (
    <>
      <a href={href} target="_blank" rel="noreferrer noopener">
        {label}
      </a>
      {host && label !== url && <span className="hint link-host"> ({host})</span>}
    </>
  );
}
