import { useId } from 'react';
import type { ReviewPeriod } from '../utils/review-aggregates';
import { PERIOD_LABELS, periodDays, resolvePeriod, type PeriodChoice, type PeriodKind } from '../utils/review-period';
import { ChoiceGroup } from './ChoiceGroup';
import { ErrorText } from './ErrorText';
import './period-picker.css';

interface Props {
  /** The periods offered, in order. */
  kinds: readonly PeriodKind[];
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  /** The period shown now: choosing one's own dates starts from its days. */
  shown?: ReviewPeriod;
  /** Why the dates chosen do not make a period, if they do not. */
  problem?: string;
}

/** A period for a review or an export: a few set ones, or a first and last day of one's own. */
export function PeriodPicker({ kinds, value, onChange, shown, problem = '' }: Props) {
  const id = useId();
  const labels = Object.fromEntries(kinds.map((kind) => [kind, PERIOD_LABELS[kind]])) as Record<PeriodKind, string>;

  function choose(kind: PeriodKind) {
    if (kind === 'custom' && (value.from === '' || value.to === '')) {
      // The period on screen is the likeliest starting point for one's own dates.
      const days = periodDays(shown ?? resolvePeriod({ kind: 'last-12-months', from: '', to: '' }, Date.now()));
      onChange({ kind, from: value.from || days.from, to: value.to || days.to });
    } else {
      onChange({ ...value, kind });
    }
  }

  return (
    <div className="period-picker">
      <ChoiceGroup legend="Period" options={kinds} labels={labels} value={value.kind} onChange={choose} />
      {value.kind === 'custom' && (
        <div className="row period-days">
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={value.from}
              aria-invalid={problem !== '' || undefined}
              onChange={(event) => onChange({ ...value, from: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={value.to}
              aria-invalid={problem !== '' || undefined}
              onChange={(event) => onChange({ ...value, to: event.target.value })}
            />
          </div>
        </div>
      )}
      <ErrorText message={problem} />
    </div>
  );
}
