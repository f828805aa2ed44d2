/** A note's text, always rendered as text: never parsed as HTML, line breaks kept. */
export function NoteText({ text }: { text: string }) {
  return <p className="note-text">{text}</p>;
}
