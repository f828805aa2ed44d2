import { useId, useState } from 'react';
import { AutosaveField } from '../../components/AutosaveField';
import { describeError } from '../../utils/error-message';
import { GENERATIONS, GENERATION_LABELS, type Generation } from '../../content/vocabulary';
import { setProtegeArchived, updateProtege } from '../../db/proteges';
import {
  AGREEMENT_FIELDS,
  PROFILE_TEXT_FIELDS,
  type AgreementField,
  type ProfileTextField,
} from '../../db/record-rules';
import type { Protege } from '../../db/types';
import { DeleteProtege } from './DeleteProtege';
import { GoalsEditor } from './GoalsEditor';
import { ErrorText } from '../../components/ErrorText';

interface FieldText {
  label: string;
  hint?: string;
  multiline?: boolean;
}

// How each field is shown: keyed by the one field list (db/record-rules.ts), so a new field
// cannot go without a label.
const PROFILE_FIELD_TEXT: Record<ProfileTextField, FieldText> = {
  role: { label: 'Role' },
  gaps: {
    label: 'Skills and knowledge gaps to close',
    hint: 'In their words: what they said they want to learn.',
    multiline: true,
  },
  mentorSkills: { label: 'What you bring', hint: 'Your skills that match their gaps.', multiline: true },
  preferences: {
    label: 'Preferences',
    hint: 'For example: prefers a phone call, likes written steps.',
    multiline: true,
  },
};

const AGREEMENT_FIELD_TEXT: Record<AgreementField, FieldText> = {
  timeline: { label: 'Overall timeline' },
  meetingFrequency: { label: 'How often you meet' },
  meetingAims: { label: 'What each meeting aims at', multiline: true },
};

/** Everything about one protégé and the agreement with them, saved as you type. */
export function ProfileTab({ protege }: { protege: Protege }) {
  const id = useId();
  const [error, setError] = useState('');

  function report(promise: Promise<void>) {
    promise.then(
      () => setError(''),
      (caught: unknown) => setError(describeError(caught)),
    );
  }

  return (
    <div className="profile" key={protege.id}>
      <section aria-labelledby={`${id}-about`} className="stack">
        <h2 id={`${id}-about`}>About {protege.name}</h2>
        <AutosaveField label="Name" target={{ type: 'profile', id: protege.id, field: 'name' }} saved={protege.name} />
        <div className="field">
          <label htmlFor={`${id}-generation`}>Generation</label>
          <p id={`${id}-generation-hint`} className="hint">
            A starting point for tips, never a verdict: what works for this person counts more.
          </p>
          <select
            id={`${id}-generation`}
            aria-describedby={`${id}-generation-hint`}
            value={protege.generation}
            onChange={(event) => report(updateProtege(protege.id, { generation: event.target.value as Generation }))}
          >
            {GENERATIONS.map((g) => (
              <option key={g} value={g}>
                {GENERATION_LABELS[g]}
              </option>
            ))}
          </select>
        </div>
        {PROFILE_TEXT_FIELDS.map((field) => ({ field, ...PROFILE_FIELD_TEXT[field] })).map(({ field, ...props }) => (
          <AutosaveField
            key={field}
            {...props}
            target={{ type: 'profile', id: protege.id, field }}
            saved={protege[field] ?? ''}
          />
        ))}
      </section>

      <section aria-labelledby={`${id}-agreement`} className="stack">
        <h2 id={`${id}-agreement`}>Agreement</h2>
        <p className="hint">What you both agreed at the start. Revisit it when the goals change.</p>
        <GoalsEditor protegeId={protege.id} />
        {AGREEMENT_FIELDS.map((field) => ({ field, ...AGREEMENT_FIELD_TEXT[field] })).map(({ field, ...props }) => (
          <AutosaveField
            key={field}
            {...props}
            target={{ type: 'agreement', id: protege.id, field }}
            saved={protege.agreement?.[field] ?? ''}
          />
        ))}
      </section>

      <section aria-labelledby={`${id}-manage`} className="stack">
        <h2 id={`${id}-manage`}>Manage</h2>
        <div className="row">
          <button
            type="button"
            className="secondary"
            onClick={() => report(setProtegeArchived(protege.id, !protege.archived))}
          >
            {protege.archived ? 'Restore protégé' : 'Archive protégé'}
          </button>
          <DeleteProtege protege={protege} />
        </div>
        {protege.archived && <p className="hint">Archived: hidden from the protégé lists until restored.</p>}
      </section>
      <ErrorText message={error} />
    </div>
  );
}
