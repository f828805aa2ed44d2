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

/** Said before the mentor confirms, and kept true by BackupSection's confirm. */
export const SAFETY_COPY_NOTE =
  'Before anything is written, a copy of what is on this device now is saved to your downloads. Keep it: it holds this device’s copies of everything the import replaces.';

interface Props {
  fileName: string;
  plan: ImportPlan;
  /** What will be imported differently from the file: the reader's and the plan's. */
  warnings: readonly string[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import will change, shown before anything is written. */
export function ImportPreview({ fileName, plan, warnings, busy, onConfirm, onCancel }: Props) {
  const totals = BACKUP_TABLES.reduce(
    (sum, table) => ({
      add: sum.add + plan.tables[table].add,
      replace: sum.replace + plan.tables[table].replace,
    }),
    { add: 0, replace: 0 },
  );
  const unlisted = plan.replacedCount - plan.replaced.length;
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
            <th scope="col">Left out, or in the inbox as a note</th>
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
              <td>{plan.tables[table].skip}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{CONFLICT_POLICY}</p>

      {warnings.length > 0 && (
        <>
          <h4 id="import-warnings-heading">Imported differently from the file</h4>
          <ul aria-labelledby="import-warnings-heading" className="import-warnings">
            {warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </>
      )}

      {plan.replacedCount > 0 && (
        <>
          <h4 id="import-replaced-heading">Replaced on this device</h4>
          <ul aria-labelledby="import-replaced-heading" className="import-replaced">
            {plan.replaced.map((record, i) => (
              <li key={i}>
                {record.protege || 'Inbox'}: {record.summary}
              </li>
            ))}
            {unlisted > 0 && <li>…and {unlisted.toLocaleString('en')} more</li>}
          </ul>
        </>
      )}

      {totals.add + totals.replace === 0 && <p>Everything in this backup is already on this device.</p>}
      <p>{SAFETY_COPY_NOTE}</p>
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
