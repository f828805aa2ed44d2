interface Props {
  /** What the other page stored. */
  theirs: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Two pages changed one field: shows the other text and lets the user pick, losing neither. */
export function EditConflict({ theirs, onKeepMine, onTakeTheirs }: Props) {
  return (
    <div role="alert" className="edit-conflict">
      <p>Changed in another window while you were typing. Your text is still here and not saved. There it now reads:</p>
      <blockquote className="edit-conflict-theirs">{theirs === '' ? '(empty)' : theirs}</blockquote>
      <div className="row">
        <button type="button" onClick={onKeepMine}>
          Keep my text
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>
          Use the other text
        </button>
      </div>
    </div>
  );
}
