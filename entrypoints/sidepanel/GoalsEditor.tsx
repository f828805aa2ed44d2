import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useFormDraft } from '../../components/use-form-draft';
import { FORMS } from '../../utils/form-drafts';
import { describeError, describeFailure } from '../../utils/error-message';
import { StoredCheckbox } from '../../components/StoredCheckbox';
import { addGoal, deleteGoal, listGoals, setGoalDone } from '../../db/goals';
import { formatDay, parseDateInput } from '../../utils/dates';
import { ErrorText } from '../../components/ErrorText';

const EMPTY_GOAL = { title: '', target: '' };

/** The agreement's key goals: add with an optional target date, tick when met. */
export function GoalsEditor({ protegeId }: { protegeId: string }) {
  const id = useId();
  const goals = useLiveQuery(() => listGoals(protegeId), [protegeId]);
  const draft = useFormDraft(FORMS.goal(protegeId), EMPTY_GOAL);
  const { title, target } = draft.fields;
  const [error, setError] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    const submitted = draft.latest();
    try {
      await addGoal(protegeId, submitted.title, parseDateInput(submitted.target));
      await draft.clear(submitted);
      setError('');
    } catch (caught) {
      setError(`${await describeFailure(caught)} Your goal is kept here.`);
    }
  }

  function run(promise: Promise<void>) {
    promise.then(
      () => setError(''),
      (caught: unknown) => setError(describeError(caught)),
    );
  }

  return (
    <div className="goals">
      <h3>Key goals</h3>
      {goals && goals.length > 0 && (
        <ul className="goal-list" aria-label="Key goals">
          {goals.map((goal) => (
            <li key={goal.id} className="row">
              <StoredCheckbox checked={goal.done} save={(on) => setGoalDone(goal.id, on)} onError={setError}>
                {goal.title}
              </StoredCheckbox>
              {goal.targetDate !== undefined && <span className="hint">by {formatDay(goal.targetDate)}</span>}
              <button
                type="button"
                className="link"
                aria-label={`Remove goal: ${goal.title}`}
                onClick={() => run(deleteGoal(goal.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row goal-form" onSubmit={(event) => void add(event)} aria-label="Add a goal">
        <div className="field grow">
          <label htmlFor={`${id}-title`}>New goal</label>
          <input id={`${id}-title`} value={title} onChange={(event) => draft.change({ title: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Target date (optional)</label>
          <input
            id={`${id}-date`}
            type="date"
            value={target}
            onChange={(event) => draft.change({ target: event.target.value })}
          />
        </div>
        <button type="submit">Add goal</button>
      </form>
      <ErrorText message={error || draft.keepError} />
    </div>
  );
}
