import { useEffect, type RefObject } from 'react';

/** Focuses a text box when it appears, with the caret after its text: a draft is continued, not typed over from its start. */
export function useFocusAtEnd(ref: RefObject<HTMLTextAreaElement | null>, enabled = true) {
  useEffect(() => {
    const box = ref.current;
    if (!enabled || !box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, [ref, enabled]);
}
