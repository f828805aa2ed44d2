import { useEffect, useId, useState } from 'react';
import { describeError } from '../../components/error-message';
import { STAGES, STAGE_LABELS, type Stage } from '../../content/vocabulary';
import { recordStage } from '../../db/stage-events';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorText } from '../../components/ErrorText';

interface Props {
  protegeId: string;
  current: Stage | undefined;
}

/** The "Change stage" radio group: choosing a stage records a dated event with the evidence note. */
export function StageControl({ protegeId, current }: Props) {
  const id = useId();
  const [evidence, setEvidence] = useState('');
  const [error, setError] = useState('');
  // Shown as chosen at once; the stored history catches up a moment later.
  const [chosen, setChosen] = useState<Stage>();
  const shown = chosen ?? current;

  useEffect(() => {
    if (chosen !== undefined && chosen === current) setChosen(undefined);
  }, [chosen, current]);

  async function choose(stage: Stage) {
    if (stage === shown) return;
    setChosen(stage);
    try {
      await recordStage(protegeId, stage, evidence);
      setEvidence('');
      setError('');
    } catch (caught) {
      setChosen(undefined);
      setError(`The stage was not saved. ${describeError(caught)} Your evidence note is kept.`);
    }
  }

  return (
    <div className="stage-control">
      <label htmlFor={`${id}-evidence`}>What did you notice? (optional)</label>
      <input id={`${id}-evidence`} value={evidence} onChange={(event) => setEvidence(event.target.value)} />
      <ChoiceGroup
        legend="Change stage"
        options={STAGES}
        labels={STAGE_LABELS}
        value={shown}
        onChange={(stage) => void choose(stage)}
      />
      <ErrorText message={error} />
    </div>
  );
}
