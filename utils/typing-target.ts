/** Is a key pressed on `target` meant as typing (a text field, a list box, editable text)? */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}
