import { useId } from 'react';

interface Props<T extends string> {
  /** The group's accessible name ("Change stage", "Moment", "Theme"). */
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | undefined;
  onChange: (value: T) => void;
  className?: string;
}

/** A labelled radio group: one choice among a few, reachable with Tab and the arrow keys. */
export function ChoiceGroup<T extends string>({ legend, options, labels, value, onChange, className }: Props<T>) {
  const id = useId();
  return (
    <fieldset role="radiogroup" aria-labelledby={`${id}-legend`} className={className}>
      <legend id={`${id}-legend`}>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="radio choice">
          <input
            type="radio"
            name={`${id}-choice`}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />{' '}
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
