import { useEffect, useEffectEvent, useState } from 'react';
import { describeError } from '../../utils/error-message';
import { ErrorText } from '../../components/ErrorText';
import { SituationPicker, situationForKey } from '../../components/SituationPicker';
import { TipCard } from '../../components/TipCard';
import { useCoachingContext } from '../../components/use-coaching-context';
import { rankInputFor, rankTips } from '../../content/rank-tips';
import { situationById, suggestedStage, type SituationId } from '../../content/situations';
import { STAGE_LABELS, type Stage } from '../../content/vocabulary';
import { deleteNote, logSituation } from '../../db/notes';
import { recordStage } from '../../db/stage-events';
import type { Note, Protege, Session } from '../../db/types';
import { formatDateTime } from '../../utils/dates';
import { UndoBar } from './UndoBar';

interface Suggestion {
  stage: Stage;
  situation: SituationId;
}

/**
 * Session mode's "What's happening?": one click (or number key) shows the tips for it, logs it
 * in the session's notes with an undo, and, when it signals another stage, offers to record
 * that stage. It never records a stage by itself.
 */
export function SessionSituations({ protege, session }: { protege: Protege; session: Session }) {
  const context = useCoachingContext(protege.id);
  const [situation, setSituation] = useState<SituationId>();
  const [logged, setLogged] = useState<Note>();
  const [suggestion, setSuggestion] = useState<Suggestion>();
  const [recorded, setRecorded] = useState('');
  const [error, setError] = useState('');

  function choose(next: SituationId | undefined) {
    setSituation(next);
    setRecorded('');
    if (!next) {
      setSuggestion(undefined);
      return;
    }
    const stage = suggestedStage(next, context?.stage);
    setSuggestion(stage ? { stage, situation: next } : undefined);
    logSituation(protege.id, session.id, next).then(
      (note) => {
        setLogged(note);
        setError('');
      },
      (caught: unknown) => setError(`It was not logged. ${describeError(caught)}`),
    );
  }

  function undoLog() {
    if (!logged) return;
    deleteNote(logged.id).then(
      () => setLogged(undefined),
      (caught: unknown) => setError(`The log was not undone. ${describeError(caught)}`),
    );
  }

  function acceptSuggestion() {
    if (!suggestion) return;
    const label = situationById(suggestion.situation)?.label ?? suggestion.situation;
    recordStage(protege.id, suggestion.stage, `Observed: ${label}`).then(
      () => {
        setRecorded(`${STAGE_LABELS[suggestion.stage]} recorded.`);
        setSuggestion(undefined);
      },
      (caught: unknown) => setError(`The stage was not recorded. ${describeError(caught)}`),
    );
  }

  // Number keys pick a situation from anywhere in the panel but a text field.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const picked = situationForKey(event);
    if (!picked) return;
    event.preventDefault();
    choose(picked);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const ranked =
    situation && context
      ? rankTips({ ...rankInputFor(protege, context.stage, context.feedback, 'in-session'), situation, limit: 3 })
      : [];
  const loggedLabel = logged?.situation ? situationById(logged.situation)?.label : undefined;

  return (
    <div className="session-situations">
      <SituationPicker selected={situation} onSelect={choose} showKeys />
      <UndoBar
        message={loggedLabel && `Logged “${loggedLabel}” at ${formatDateTime(logged!.createdAt)}.`}
        onUndo={undoLog}
      />
      {suggestion && (
        <div className="row stage-suggestion" role="status">
          <span>Looks like {STAGE_LABELS[suggestion.stage].toLowerCase()} — record it?</span>
          <button type="button" onClick={acceptSuggestion}>
            Record {STAGE_LABELS[suggestion.stage].toLowerCase()}
          </button>
        </div>
      )}
      {recorded && <p role="status">{recorded}</p>}
      <ErrorText message={error} />
      {ranked.length > 0 && (
        <ul className="tips" aria-label="Tips for what is happening">
          {ranked.map((entry) => (
            <li key={entry.tip.id}>
              <TipCard ranked={entry} headingLevel="h4" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
