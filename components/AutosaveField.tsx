import { useId } from 'react';
import type { EditTarget } from '../db/pending-edits';
import { EditConflict } from './EditConflict';
import { useAutosave } from './use-autosave';

interface Props {
  label: string;
  target: EditTarget;
  saved: string;
  multiline?: boolean;
  hint?: string;
}

/** A labelled field that saves as you type and says whether it has. */
export function AutosaveField({ label, target, saved, multiline = false, hint }: Props) {
  const id = useId();
  const { value, change, flush, state, keepMine, takeTheirs } = useAutosave(target, saved);
  const describedBy = `${id}-state${hint ? ` ${id}-hint` : ''}`;
  const common = {
    id,
    value,
    onBlur: flush,
    'aria-describedby': describedBy,
    'aria-invalid': state.kind === 'error' || undefined,
  };
  return (
    <div className="field autosave-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => change(event.target.value)} />
      )}
      <p
        id={`${id}-state`}
        className={state.kind === 'error' ? 'error' : 'hint'}
        role={state.kind === 'error' ? 'alert' : undefined}
      >
        {state.kind === 'error' ? state.message : state.kind === 'pending' ? 'Saving…' : ''}
      </p>
      {state.kind === 'conflict' && (
        <EditConflict theirs={state.theirs} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
      )}
    </div>
  );
}
