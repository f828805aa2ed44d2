import { useContext, useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { StoredItem } from '../utils/private-item';
import { saveNote } from '../db/notes';
import { mayBeShared, NOTE_KINDS, type Note, type NoteKind, type NoteSourceKind } from '../db/types';
import { NOTE_KIND_LABELS } from '../utils/labels';
import type { NoteDraft } from '../utils/popup-items';
import { DraftMemory } from './draft-memory';
import { describeError, describeFailure } from '../utils/error-message';
import { isSaveShortcut, SAVE_HINT } from './save-hint';
import { useFocusAtEnd } from './use-focus-at-end';
import { CONTROL } from './control-ids';

interface Props {
  /** The accessible name of the text box ("Quick note", "Session note"). */
  label: string;
  protegeId: string | undefined;
  sessionId?: string;
  source: NoteSourceKind;
  /** Where the draft is kept on every keystroke. */
  draftItem: StoredItem<NoteDraft>;
  /** The draft as it was when the page opened, read before the first render. */
  initialDraft: NoteDraft;
  autoFocus?: boolean;
  onSaved?: (note: Note) => void;
  /** Marks the box for a key that jumps to it (`data-note-box`). */
  boxName?: string;
  /** Offers a "Shareable" box for notes and action items; unticked (private) for each new note. */
  offerShareable?: boolean;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** What remains to keep after `saved` was stored, given what the box holds now. */
function remainingDraft(current: string, saved: string): string {
  if (current === saved) return '';
  return current.startsWith(saved) ? current.slice(saved.length).replace(/^\s+/, '') : current;
}

/**
 * A note box whose text is never lost: the draft is written on every keystroke, cleared only
 * after the note's transaction committed, and kept (with the reason shown) when a save fails.
 */
export function NoteComposer(props: Props) {
  const { label, protegeId, sessionId, source, draftItem, initialDraft, autoFocus, onSaved, boxName, offerShareable } =
    props;
  const id = useId();
  const memory = useContext(DraftMemory);
  const [startDraft] = useState(() => memory?.get(draftItem.key) ?? initialDraft);
  const [text, setText] = useState(startDraft.text);
  const [kind, setKind] = useState<NoteKind>(startDraft.kind);
  const [shareable, setShareable] = useState(offerShareable === true && startDraft.shareable === true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);
  // The latest text, for code that runs after an await (state there would be stale).
  const textRef = useRef(text);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useFocusAtEnd(textareaRef, autoFocus === true);

  /** Who the text is for, kept with it. */
  const owner = () => (protegeId ? { protegeId } : {});
  /** Whether the Shareable box is offered for a note of this kind. */
  const sharingOffered = (forKind: NoteKind) => offerShareable === true && mayBeShared({ kind: forKind });
  const showShareable = sharingOffered(kind);
  /** The Shareable tick as a draft and a new note keep it: only when it is offered and ticked. */
  const sharing = (ticked: boolean, forKind: NoteKind) =>
    ticked && sharingOffered(forKind) ? { shareable: true } : {};
  // The protégé the kept draft names: rewritten only when that changes, not on every mount.
  const keptOwner = useRef(startDraft.protegeId);
  // Another protégé chosen with text in the box: the text now goes to them, and its draft says so.
  const followProtege = useEffectEvent(() => {
    if (textRef.current !== '' && keptOwner.current !== protegeId)
      keepDraft({ text: textRef.current, kind, ...sharing(shareable, kind), ...owner() });
  });
  useEffect(() => followProtege(), [protegeId]);

  function keepDraft(draft: NoteDraft) {
    keptOwner.current = draft.protegeId;
    memory?.set(draftItem.key, draft);
    draftItem.setValue(draft).catch((error: unknown) => {
      setStatus({ kind: 'error', message: `Your draft could not be kept: ${describeError(error)}` });
    });
  }

  function changeText(value: string) {
    textRef.current = value;
    setText(value);
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
    keepDraft({ text: value, kind, ...sharing(shareable, kind), ...owner() });
  }

  function changeKind(value: NoteKind) {
    setKind(value);
    keepDraft({ text: textRef.current, kind: value, ...sharing(shareable, value), ...owner() });
  }

  function changeShareable(value: boolean) {
    setShareable(value);
    keepDraft({ text: textRef.current, kind, ...sharing(value, kind), ...owner() });
  }

  async function save() {
    if (saving) return;
    if (!protegeId) {
      setStatus({ kind: 'error', message: 'Add or choose a protégé first. Your note is kept here.' });
      return;
    }
    const submitted = textRef.current;
    setSaving(true);
    setStatus({ kind: 'idle' });
    try {
      const note = await saveNote({
        protegeId,
        kind,
        text: submitted,
        source: { kind: source },
        ...(sessionId ? { sessionId } : {}),
        ...sharing(shareable, kind),
      });
      const rest = remainingDraft(textRef.current, submitted);
      textRef.current = rest;
      setText(rest);
      // The next note starts private again.
      setShareable(false);
      const kept = { text: rest, kind, ...owner() };
      keptOwner.current = kept.protegeId;
      memory?.set(draftItem.key, kept);
      await draftItem.setValue(kept);
      setStatus({ kind: 'saved' });
      onSaved?.(note);
    } catch (error) {
      setStatus({ kind: 'error', message: `Not saved. ${await describeFailure(error)} Your note is kept here.` });
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isSaveShortcut(event)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <div className="note-composer">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        data-control={CONTROL.noteText}
        ref={textareaRef}
        data-note-box={boxName}
        value={text}
        onChange={(event) => changeText(event.target.value)}
        onKeyDown={onKeyDown}
        rows={4}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {SAVE_HINT}
      </p>
      <div className="row">
        <label htmlFor={`${id}-kind`} className="inline-label">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          data-control={CONTROL.noteKind}
          value={kind}
          onChange={(event) => changeKind(event.target.value as NoteKind)}
        >
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {NOTE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {showShareable && (
          <label className="check">
            <input
              type="checkbox"
              checked={shareable}
              onChange={(event) => changeShareable(event.target.checked)}
              aria-describedby={`${id}-share-hint`}
            />{' '}
            Shareable
          </label>
        )}
        <button type="button" data-control={CONTROL.saveNote} onClick={() => void save()} aria-disabled={saving}>
          Save note
        </button>
      </div>
      {showShareable && (
        <p id={`${id}-share-hint`} className="hint">
          Private unless ticked: a shareable note or action item goes in the session recap.
        </p>
      )}
      <p role="status" className="status">
        {status.kind === 'saved' ? 'Saved' : saving ? 'Saving…' : ''}
      </p>
      {status.kind === 'error' && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
    </div>
  );
}
