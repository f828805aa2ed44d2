import { useId } from 'react';
import type { Protege } from '../db/types';

interface Props {
  proteges: readonly Protege[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** The "Protégé" combobox shared by the popup and the side panel. */
export function ProtegePicker({ proteges, selectedId, onSelect }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Protégé</label>
      <select id={id} value={selectedId ?? ''} onChange={(event) => onSelect(event.target.value)}>
        {selectedId === undefined && <option value="">Choose…</option>}
        {proteges.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
