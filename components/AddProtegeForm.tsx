import { useId, useState, type FormEvent } from 'react';
import { GENERATIONS, GENERATION_LABELS, isGeneration } from '../content/vocabulary';
import { prepareProtege, storeNewProtege } from '../db/proteges';
import type { Protege } from '../db/types';
import { clearFormDraft, FORMS, keepFormDraft } from '../utils/form-drafts';
import { describeError, describeFailure } from '../utils/error-message';
import { ErrorText } from './ErrorText';
import { useFormDraft } from './use-form-draft';

interface Props {
  heading: string;
  onAdded: (protege: Protege) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

const EMPTY = { name: '', generation: '' };

export function AddProtegeForm({ heading, onAdded, onCancel, autoFocus = false }: Props) {
  const id = useId();
  const draft = useFormDraft(FORMS.addProtege, EMPTY);
  const { name, generation } = draft.fields;
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const submitted = draft.latest();
    if (!isGeneration(submitted.generation)) {
      setError('Choose a generation.');
      return;
    }
    let protege: Protege;
    try {
      protege = prepareProtege({ name: submitted.name, generation: submitted.generation });
    } catch (caught) {
      setError(describeError(caught));
      return;
    }
    setBusy(true);
    try {
      // Kept with its id before the write: if this page closes first, the next page finishes it.
      await keepFormDraft(FORMS.addProtege, { fields: submitted, submittedId: protege.id }).catch(() => undefined);
      await storeNewProtege(protege);
      await draft.clear(submitted);
      setError('');
      onAdded(protege);
    } catch (caught) {
      await keepFormDraft(FORMS.addProtege, { fields: draft.latest() }).catch(() => undefined);
      setError(`Not added. ${await describeFailure(caught)} What you typed is kept.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-protege" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        value={name}
        onChange={(event) => draft.change({ name: event.target.value })}
        autoComplete="off"
        required
        autoFocus={autoFocus}
      />
      <label htmlFor={`${id}-generation`}>Generation</label>
      <select
        id={`${id}-generation`}
        value={generation}
        onChange={(event) => draft.change({ generation: event.target.value })}
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
      <ErrorText message={error || draft.keepError} />
      <div className="row">
        <button type="submit" disabled={busy}>
          Add protégé
        </button>
        {onCancel && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              // Cancel discards what was typed, on purpose.
              void clearFormDraft(FORMS.addProtege).catch(() => undefined);
              onCancel();
            }}
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
