import { useEffect, useEffectEvent, useId, useState, type FormEvent } from 'react';
import { describeError, describeFailure } from '../../utils/error-message';
import { STAGES, STAGE_LABELS, isStage, type Stage } from '../../content/vocabulary';
import { useLiveQuery } from 'dexie-react-hooks';
import { situationById } from '../../content/situations';
import { listSessionSituations } from '../../db/notes';
import { wrapUpSession } from '../../db/sessions';
import { formatDateTime } from '../../utils/dates';
import type { Protege, Session } from '../../db/types';
import { parseDateInput } from '../../utils/dates';
import { wrapUpDraft, type WrapUpDraft } from '../../utils/storage';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorText } from '../../components/ErrorText';

interface Props {
  protege: Protege;
  session: Session;
  currentStage: Stage | undefined;
  /** A wrap-up kept from before a reload, if it belongs to this session. */
  initialDraft: WrapUpDraft | null;
  onCancel: () => void;
  onDone: () => void;
}

/** End of a session: a stage check, thanks given or received, the next date and a summary. */
export function WrapUpForm({ protege, session, currentStage, initialDraft, onCancel, onDone }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<WrapUpDraft>(
    initialDraft?.sessionId === session.id
      ? initialDraft
      : { sessionId: session.id, stage: currentStage ?? '', thanks: '', nextMeeting: '', summary: '' },
  );
  const [error, setError] = useState('');
  const seen = useLiveQuery(() => listSessionSituations(session.id), [session.id]);
  const [saving, setSaving] = useState(false);

  // Kept once on open, so a reload comes back to the wrap-up even before the first keystroke.
  const keepOpenedDraft = useEffectEvent(() => void wrapUpDraft.setValue(draft));
  useEffect(() => keepOpenedDraft(), []);

  function change(part: Partial<WrapUpDraft>) {
    const next = { ...draft, ...part };
    setDraft(next);
    wrapUpDraft.setValue(next).catch((e: unknown) => setError(`Your wrap-up could not be kept: ${describeError(e)}`));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const nextMeetingAt = parseDateInput(draft.nextMeeting);
      await wrapUpSession(session.id, {
        ...(isStage(draft.stage) ? { stage: draft.stage } : {}),
        thanks: draft.thanks,
        summary: draft.summary,
        ...(nextMeetingAt !== undefined ? { nextMeetingAt } : {}),
      });
      await wrapUpDraft.setValue(null);
      onDone();
    } catch (caught) {
      setError(`The session was not ended. ${await describeFailure(caught)} Your wrap-up is kept here.`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="wrap-up stack" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${id}-title`}>Wrap up the session with {protege.name}</h2>
      {seen && seen.length > 0 && (
        <div className="seen-situations">
          <h3>Seen this session</h3>
          <ul aria-label="Seen this session">
            {seen.map((note) => (
              <li key={note.id}>
                {(note.situation && situationById(note.situation)?.label) ?? note.text}{' '}
                <span className="hint">{formatDateTime(note.createdAt)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ChoiceGroup
        legend="Stage at the end"
        options={STAGES}
        labels={STAGE_LABELS}
        value={isStage(draft.stage) ? draft.stage : undefined}
        onChange={(stage) => change({ stage })}
      />
      <div className="field">
        <label htmlFor={`${id}-thanks`}>Thanks given or received</label>
        <p id={`${id}-thanks-hint`} className="hint">
          Saved as a gratitude note: thanks said, and any favour to return.
        </p>
        <textarea
          id={`${id}-thanks`}
          aria-describedby={`${id}-thanks-hint`}
          rows={2}
          value={draft.thanks}
          onChange={(e) => change({ thanks: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-next`}>Next meeting</label>
        <input
          id={`${id}-next`}
          type="date"
          value={draft.nextMeeting}
          onChange={(e) => change({ nextMeeting: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-summary`}>Summary</label>
        <textarea
          id={`${id}-summary`}
          rows={3}
          value={draft.summary}
          onChange={(e) => change({ summary: e.target.value })}
        />
      </div>
      <ErrorText message={error} />
      <div className="row">
        <button type="submit" aria-disabled={saving}>
          Save wrap-up and end
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Back to the session
        </button>
      </div>
    </form>
  );
}
