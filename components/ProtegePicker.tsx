import { useId } from 'react';
import type { Protege } from '../db/types';
import { CONTROL } from './control-ids';

interface Props {
  proteges: readonly Protege[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Protégés to mark as overdue (a meeting or a goal): their option says so after the name. */
  overdueIds?: ReadonlySet<string>;
}

/** The "Protégé" combobox shared by the popup and the side panel; archived protégés are grouped last. */
export function ProtegePicker({ proteges, selectedId, onSelect, overdueIds }: Props) {
  const id = useId();
  const active = proteges.filter((p) => !p.archived);
  const archived = proteges.filter((p) => p.archived);
  const option = (p: Protege) => (
    <option key={p.id} value={p.id}>
      {overdueIds?.has(p.id) ? `${p.name} — overdue` : p.name}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={id}>Protégé</label>
      <select
        id={id}
        data-control={CONTROL.protege}
        value={selectedId ?? ''}
        onChange={(event) => onSelect(event.target.value)}
      >
        {selectedId === undefined && <option value="">Choose…</option>}
        {active.map(option)}
        {archived.length > 0 && <optgroup label="Archived">{archived.map(option)}</optgroup>}
      </select>
    </div>
  );
}
