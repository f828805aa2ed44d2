import { useEffect, useEffectEvent } from 'react';
import { isTypingTarget } from '../../utils/typing-target';

/** The key that jumps to the note box from anywhere in the panel (outside a text field). */
export const NOTE_BOX_KEY = 'n';

/** Which note box a control is: the session's, or the Notes tab's. */
type NoteBoxName = 'session' | 'notes';

function focusBox(name: NoteBoxName): boolean {
  const box = document.querySelector<HTMLTextAreaElement>(`textarea[data-note-box="${name}"]`);
  if (!box) return false;
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
  return true;
}

/**
 * N jumps to the note box: the session's while a session runs, otherwise the Notes tab's
 * (opening that tab first).
 */
export function useNoteKey(inSession: boolean, openNotesTab: () => void) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key.toLowerCase() !== NOTE_BOX_KEY || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    event.preventDefault();
    if (inSession && focusBox('session')) return;
    if (focusBox('notes')) return;
    openNotesTab();
    // The tab draws its box on the next frames (its code may still be loading).
    let tries = 0;
    const retry = () => {
      if (!focusBox('notes') && ++tries < 60) requestAnimationFrame(retry);
    };
    requestAnimationFrame(retry);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
