import { useState } from 'react';
import { describeError } from '../../utils/error-message';
import { TipCard } from '../../components/TipCard';
import { useCoachingContext } from '../../components/use-coaching-context';
import { rankInputFor, rankTips } from '../../content/rank-tips';
import { tipById } from '../../content/library';
import {
  GENERATION_LABELS,
  MOMENTS,
  MOMENT_LABELS,
  STAGE_LABELS,
  type Moment,
  type TipVerdict,
} from '../../content/vocabulary';
import { clearTipFeedback, setTipFeedback } from '../../db/tip-feedback';
import type { Protege } from '../../db/types';
import { StageControl } from './StageControl';
import { UndoBar } from './UndoBar';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { SituationPicker } from '../../components/SituationPicker';
import type { SituationId } from '../../content/situations';
import { ErrorText } from '../../components/ErrorText';

const PAGE = 3;

/** Tips for this protégé's generation, stage and the moment at hand, with why each was chosen. */
export function CoachTab({ protege }: { protege: Protege }) {
  const context = useCoachingContext(protege.id);
  const [chosenMoment, setMoment] = useState<Moment>();
  const [situation, setSituation] = useState<SituationId>();
  const [limit, setLimit] = useState(PAGE);
  const [hidden, setHidden] = useState<string>();
  const [error, setError] = useState('');

  if (!context) return <p className="empty">Loading tips…</p>;
  const moment = chosenMoment ?? (context.inSession ? 'in-session' : 'prepare');
  const ranked = rankTips({
    ...rankInputFor(protege, context.stage, context.feedback, moment),
    ...(situation && !context.inSession ? { situation } : {}),
    limit,
  });

  function give(tipId: string, verdict: TipVerdict | undefined) {
    const write = verdict
      ? setTipFeedback(protege.id, tipId, verdict).then(() => undefined)
      : clearTipFeedback(protege.id, tipId);
    write.then(
      () => {
        setError('');
        setHidden(verdict === 'not-a-fit' ? tipId : undefined);
      },
      (caught: unknown) => setError(`Your feedback was not saved. ${describeError(caught)}`),
    );
  }

  const hiddenTip = hidden ? tipById(hidden) : undefined;

  return (
    <>
      <h2>Coaching for {protege.name}</h2>
      <p className="hint">
        Chosen for a {GENERATION_LABELS[protege.generation]} protégé
        {context.stage ? ` in ${STAGE_LABELS[context.stage]}` : ' (no stage recorded yet)'}. Generation is a starting
        point, never a verdict: mark what works and what does not, and the tips follow.
      </p>
      <ChoiceGroup
        legend="Moment"
        className="moments"
        options={MOMENTS}
        labels={MOMENT_LABELS}
        value={moment}
        onChange={(m) => {
          setMoment(m);
          setLimit(PAGE);
        }}
      />
      {context.inSession ? (
        <p className="hint">During a session, use “What’s happening?” in the session above: it also logs the moment.</p>
      ) : (
        <SituationPicker
          selected={situation}
          onSelect={(s) => {
            setSituation(s);
            setLimit(PAGE);
          }}
        />
      )}
      <UndoBar
        message={hiddenTip && `“${hiddenTip.title}” won’t be shown for ${protege.name}.`}
        onUndo={() => hiddenTip && give(hiddenTip.id, undefined)}
      />
      <ErrorText message={error} />
      {ranked.length === 0 ? (
        <p className="empty">No tips left for this moment: every one was marked “Not a fit”.</p>
      ) : (
        <ul className="tips" aria-label="Tips">
          {ranked.map((entry) => {
            const worked = context.feedback.get(entry.tip.id) === 'worked';
            return (
              <li key={entry.tip.id}>
                <TipCard ranked={entry}>
                  <div className="row">
                    <button
                      type="button"
                      className="secondary"
                      aria-pressed={worked}
                      onClick={() => give(entry.tip.id, worked ? undefined : 'worked')}
                    >
                      Worked
                    </button>
                    <button type="button" className="secondary" onClick={() => give(entry.tip.id, 'not-a-fit')}>
                      Not a fit
                    </button>
                  </div>
                </TipCard>
              </li>
            );
          })}
        </ul>
      )}
      {ranked.length === limit && (
        <button type="button" className="secondary" onClick={() => setLimit((n) => n + PAGE)}>
          More tips
        </button>
      )}
      <h2 className="section-heading">Where {protege.name} stands</h2>
      <StageControl protegeId={protege.id} current={context.stage} />
    </>
  );
}
