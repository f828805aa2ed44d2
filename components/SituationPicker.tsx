import { useId } from 'react';
import { SITUATIONS, type SituationId } from '../content/situations';
import { isTypingTarget } from '../utils/typing-target';

/** How many situations the number keys pick in session mode (1–9). */
const KEYED_SITUATIONS = 9;

interface Props {
  selected: SituationId | undefined;
  /** Undefined when the chosen one is pressed again (nothing in particular is happening). */
  onSelect: (situation: SituationId | undefined) => void;
  /** Session mode: the number keys pick the first nine, and their keys are shown. */
  showKeys?: boolean;
}

/** "What's happening?": a group of toggle buttons, one per situation. */
export function SituationPicker({ selected, onSelect, showKeys = false }: Props) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-label`} className="situations">
      <h3 id={`${id}-label`} className="situations-label">
        What’s happening?
      </h3>
      {showKeys && <p className="hint">When you are not typing: 1–9 pick one, N jumps to the note box.</p>}
      <div className="situation-buttons">
        {SITUATIONS.map((situation, index) => (
          <button
            key={situation.id}
            type="button"
            className="situation"
            aria-pressed={selected === situation.id}
            data-situation={situation.id}
            {...(showKeys && index < KEYED_SITUATIONS ? { 'aria-keyshortcuts': String(index + 1) } : {})}
            onClick={() => onSelect(selected === situation.id ? undefined : situation.id)}
          >
            {showKeys && index < KEYED_SITUATIONS && (
              <kbd className="situation-key" aria-hidden="true">
                {index + 1}
              </kbd>
            )}
            {situation.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The situation a number key picks, when the key was pressed outside any text field. */
export function situationForKey(event: KeyboardEvent): SituationId | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return undefined;
  if (!/^[1-9]$/.test(event.key)) return undefined;
  if (isTypingTarget(event.target)) return undefined;
  return SITUATIONS[Number(event.key) - 1]?.id;
}
