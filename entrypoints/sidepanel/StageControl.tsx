import { useId, useState } from 'react';
import { describeFailure } from '../../utils/error-message';
import { STAGE_SIGNS } from '../../content/stage-signs';
import { STAGES, STAGE_LABELS, type Stage } from '../../content/vocabulary';
import { recordStage } from '../../db/stage-events';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { useFormDraft } from '../../components/use-form-draft';
import { FORMS } from '../../utils/form-drafts';
import { ErrorText } from '../../components/ErrorText';

interface Props {
  protegeId: string;
  current: Stage | undefined;
}

const EMPTY_EVIDENCE = { evidence: '' };

/** The "Change stage" radio group: choosing a stage records a dated event with the evidence note. */
export function StageControl({ protegeId, current }: Props) {
  const id = useId();
  const draft = useFormDraft(FORMS.stageEvidence(protegeId), EMPTY_EVIDENCE);
  const [error, setError] = useState('');
  // Shown as chosen at once; the stored history catches up a moment later.
  const [chosen, setChosen] = useState<Stage>();
  // Once the history catches up, the stored stage is shown again. Reset while rendering, not in
  // an effect, so React redraws before painting.
  if (chosen !== undefined && chosen === current) setChosen(undefined);
  const shown = chosen ?? current;

  async function choose(stage: Stage) {
    if (stage === shown) return;
    setChosen(stage);
    const submitted = draft.latest();
    try {
      await recordStage(protegeId, stage, submitted.evidence);
      await draft.clear(submitted);
      setError('');
    } catch (caught) {
      setChosen(undefined);
      setError(`The stage was not saved. ${await describeFailure(caught)} Your evidence note is kept.`);
    }
  }

  return (
    <div className="stage-control">
      <label htmlFor={`${id}-evidence`}>What did you notice? (optional)</label>
      <input
        id={`${id}-evidence`}
        value={draft.fields.evidence}
        onChange={(event) => draft.change({ evidence: event.target.value })}
      />
      <ChoiceGroup
        legend="Change stage"
        options={STAGES}
        labels={STAGE_LABELS}
        value={shown}
        onChange={(stage) => void choose(stage)}
      />
      <details className="stage-signs">
        <summary>Signs of each stage</summary>
        <dl>
          {STAGES.map((stage) => (
            <div key={stage}>
              <dt>{STAGE_LABELS[stage]}</dt>
              {STAGE_SIGNS[stage].map((sign) => (
                <dd key={sign}>{sign}</dd>
              ))}
            </div>
          ))}
        </dl>
        <p className="hint">Hints to weigh with what they tell you, never a test to pass.</p>
      </details>
      <ErrorText message={error || draft.keepError} />
    </div>
  );
}
