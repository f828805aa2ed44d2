import { BACKUP_TABLES, type BackupTable } from '../../db/backup/format';
import { CONFLICT_POLICY, type ImportPlan } from '../../db/backup/plan-import';

export const TABLE_LABELS: Record<BackupTable, string> = {
  proteges: 'Protégés',
  notes: 'Notes',
  stageEvents: 'Stage changes',
  sessions: 'Sessions',
  goals: 'Goals',
  tipFeedback: 'Tip feedback',
};

interface Props {
  fileName: string;
  plan: ImportPlan;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import will change, shown before anything is written. */
export function ImportPreview({ fileName, plan, busy, onConfirm, onCancel }: Props) {
  const totals = BACKUP_TABLES.reduce(
    (sum, table) => ({
      add: sum.add + plan.tables[table].add,
      replace: sum.replace + plan.tables[table].replace,
    }),
    { add: 0, replace: 0 },
  );
  return (
    <div className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Import {fileName}?</h3>
      <table>
        <caption>What the import will change</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">New</th>
            <th scope="col">Replaced by the backup’s newer copy</th>
            <th scope="col">Kept as on this device</th>
            <th scope="col">Already the same</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{TABLE_LABELS[table]}</th>
              <td>{plan.tables[table].add}</td>
              <td>{plan.tables[table].replace}</td>
              <td>{plan.tables[table].keep}</td>
              <td>{plan.tables[table].same}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{CONFLICT_POLICY}</p>
      {totals.add + totals.replace === 0 && <p>Everything in this backup is already on this device.</p>}
      <div className="row">
        <button type="button" onClick={onConfirm} aria-disabled={busy}>
          Confirm import
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
