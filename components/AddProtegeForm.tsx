import { useId, useState, type FormEvent } from 'react';
import { GENERATIONS, GENERATION_LABELS, type Generation } from '../content/vocabulary';
import { addProtege } from '../db/proteges';
import type { Protege } from '../db/types';
import { describeError } from './error-message';
import { ErrorText } from './ErrorText';

interface Props {
  heading: string;
  onAdded: (protege: Protege) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

export function AddProtegeForm({ heading, onAdded, onCancel, autoFocus = false }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [generation, setGeneration] = useState<Generation | ''>('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (generation === '') {
      setError('Choose a generation.');
      return;
    }
    setBusy(true);
    try {
      const protege = await addProtege({ name, generation });
      setName('');
      setGeneration('');
      setError('');
      onAdded(protege);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-protege" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        required
        autoFocus={autoFocus}
      />
      <label htmlFor={`${id}-generation`}>Generation</label>
      <select
        id={`${id}-generation`}
        value={generation}
        onChange={(event) => setGeneration(event.target.value as Generation | '')}
        aria-describedby={`${id}-generation-hint`}
        required
      >
        <option value="">Choose…</option>
        {GENERATIONS.map((g) => (
          <option key={g} value={g}>
            {GENERATION_LABELS[g]}
          </option>
        ))}
      </select>
      <p id={`${id}-generation-hint`} className="hint">
        A starting point for tips, never a verdict: what works for this person counts more.
      </p>
      <ErrorText message={error} />
      <div className="row">
        <button type="submit" disabled={busy}>
          Add protégé
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
