/**
 * The controls a page hands over between two renderings of the same form (the popup's early
 * note box and its app), named by a `data-control` attribute rather than by visible text, so
 * a renamed button or label cannot break the hand-over. A leaf: the popup's early script
 * imports it without anything else.
 */
export const CONTROL = {
  protege: 'protege',
  addProtege: 'add-protege',
  noteText: 'note-text',
  noteKind: 'note-kind',
  saveNote: 'save-note',
} as const;

export type ControlId = (typeof CONTROL)[keyof typeof CONTROL];

export const CONTROL_ATTRIBUTE = 'data-control';

/** The control's id, or undefined for an element that is not one of them. */
export function controlIdOf(element: Element | null): ControlId | undefined {
  const value = element?.getAttribute(CONTROL_ATTRIBUTE);
  return (Object.values(CONTROL) as string[]).includes(value ?? '') ? (value as ControlId) : undefined;
}
