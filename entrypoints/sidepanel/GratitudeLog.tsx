import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useFormDraft } from '../../components/use-form-draft';
import { FORMS } from '../../utils/form-drafts';
import { describeFailure } from '../../utils/error-message';
import { NoteText } from '../../components/NoteText';
import { StoredCheckbox } from '../../components/StoredCheckbox';
import { listGratitude, saveNote, setActionDone } from '../../db/notes';
import { GRATITUDE_KINDS, type GratitudeKind } from '../../db/types';
import { GRATITUDE_LABELS } from '../../utils/labels';
import { formatDay } from '../../utils/dates';
import { ErrorText } from '../../components/ErrorText';

const EMPTY_GRATITUDE = { kind: 'given', text: '' };

function isGratitudeKind(value: string): value is GratitudeKind {
  return (GRATITUDE_KINDS as readonly string[]).includes(value);
}

/**
 * Reverse mentoring is given on top of a day job: this keeps the thanks said and received,
 * and the favours the protégé offered in return, so none is forgotten.
 */
export function GratitudeLog({ protegeId, protegeName }: { protegeId: string; protegeName: string }) {
  const id = useId();
  const entries = useLiveQuery(() => listGratitude(protegeId), [protegeId]);
  const draft = useFormDraft(FORMS.gratitude(protegeId), EMPTY_GRATITUDE);
  const kind = isGratitudeKind(draft.fields.kind) ? draft.fields.kind : 'given';
  const { text } = draft.fields;
  const [error, setError] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    const submitted = draft.latest();
    try {
      await saveNote({
        protegeId,
        kind: 'gratitude',
        gratitude: isGratitudeKind(submitted.kind) ? submitted.kind : 'given',
        text: submitted.text,
        source: { kind: 'sidepanel' },
      });
      await draft.clear(submitted, { kind: submitted.kind });
      setError('');
    } catch (caught) {
      setError(`Not added. ${await describeFailure(caught)} Your text is kept here.`);
    }
  }

  const counts = Object.fromEntries(
    GRATITUDE_KINDS.map((k) => [k, entries?.filter((e) => e.gratitude === k).length ?? 0]),
  ) as Record<GratitudeKind, number>;
  const open = entries?.filter((e) => e.gratitude === 'favour' && !e.done).length ?? 0;

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <h2 id={`${id}-title`}>Gratitude</h2>
      <p>
        {counts.given} thanks given, {counts.received} received, {counts.favour} favours offered
        {open > 0 ? ` (${open} still to take up)` : ''}.
      </p>
      {entries && entries.length > 0 && (
        <ul className="gratitude" aria-label={`Gratitude with ${protegeName}`}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="note-kind">{entry.gratitude ? GRATITUDE_LABELS[entry.gratitude] : 'Thanks'}</span>{' '}
              <span className="hint">{formatDay(entry.createdAt)}</span>
              <NoteText text={entry.text} />
              {entry.gratitude === 'favour' && (
                <StoredCheckbox
                  checked={entry.done ?? false}
                  save={(on) => setActionDone(entry.id, on)}
                  onError={setError}
                >
                  Taken up
                </StoredCheckbox>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="row goal-form" onSubmit={(event) => void add(event)} aria-label="Add to the gratitude log">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Which way</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => draft.change({ kind: e.target.value })}>
            {GRATITUDE_KINDS.map((k) => (
              <option key={k} value={k}>
                {GRATITUDE_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-text`}>What for</label>
          <input id={`${id}-text`} value={text} onChange={(e) => draft.change({ text: e.target.value })} />
        </div>
        <button type="submit">Add to log</button>
      </form>
      <ErrorText message={error || draft.keepError} />
    </section>
  );
}
