import { useState, type ReactNode } from 'react';
import { describeFailure } from '../utils/error-message';

interface Props {
  /** The stored state, as the live query reports it. */
  checked: boolean;
  /** Writes the new state; the box shows it at once and goes back if the write fails. */
  save: (checked: boolean) => Promise<void>;
  onError: (message: string) => void;
  children: ReactNode;
}

/** A checkbox for a stored flag (done, discussed, met) that answers a click immediately. */
export function StoredCheckbox({ checked, save, onError, children }: Props) {
  const [pending, setPending] = useState<boolean>();
  // Once the stored state catches up, the box follows it again. Reset while rendering, not in
  // an effect, so React redraws before painting.
  if (pending !== undefined && pending === checked) setPending(undefined);

  function change(next: boolean) {
    setPending(next);
    void save(next).catch(async (error: unknown) => {
      setPending(undefined);
      onError(await describeFailure(error));
    });
  }

  return (
    <label className="check">
      <input type="checkbox" checked={pending ?? checked} onChange={(event) => change(event.target.checked)} />{' '}
      {children}
    </label>
  );
}
