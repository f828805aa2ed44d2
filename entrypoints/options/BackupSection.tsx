import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { describeError } from '../../utils/error-message';
import { applyImport } from '../../db/backup/apply-import';
import { refreshPickerSnapshot } from '../../db/picker-snapshot';
import {
  backupFileName,
  backupJson,
  checkBackupJson,
  exportBackup,
  safetyBackupFileName,
} from '../../db/backup/export-backup';
import { encryptBackup } from '../../db/backup/encrypted-backup';
import { BACKUP_TABLES, type Backup } from '../../db/backup/format';
import { planImport, type ImportPlan } from '../../db/backup/plan-import';
import type { ReadBackupResult } from '../../db/backup/read-backup';
import { rescueCopy } from '../../db/backup/rescue-export';
import { markdownFileName, toMarkdown } from '../../db/markdown-export';
import { listProteges } from '../../db/proteges';
import { downloadFile } from '../../utils/download-file';
import { BackupPassphrase, NO_PASSPHRASE, passphraseProblem } from './BackupPassphrase';
import { readChosenBackup, unlockBackup } from './chosen-backup';
import { ImportPreview } from './ImportPreview';
import { UnlockBackup } from './UnlockBackup';

type Pending = { fileName: string; backup: Backup; plan: ImportPlan; warnings: string[] };
/** A chosen file locked with a passphrase, waiting for it. */
type Locked = { fileName: string; fileText: string };

const ALL = '';

function count(n: number, one: string, many: string) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * Downloads a backup of this device before an import writes: the import may replace records,
 * and the mentor should hold this device's copies. Returns the file's name, or '' when the
 * device holds nothing to keep.
 */
async function saveSafetyBackup(now = new Date()): Promise<string> {
  const device = await exportBackup(now);
  if (BACKUP_TABLES.every((table) => device[table].length === 0)) return '';
  const name = safetyBackupFileName(now);
  downloadFile(name, backupJson(device), 'application/json');
  return name;
}

/** Export a full backup or readable Markdown, and import a backup all or nothing. */
export function BackupSection() {
  const id = useId();
  const proteges = useLiveQuery(() => listProteges({ includeArchived: true }), []);
  const [markdownFor, setMarkdownFor] = useState(ALL);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [locked, setLocked] = useState<Locked>();
  const [lock, setLock] = useState(NO_PASSPHRASE);
  const [busy, setBusy] = useState(false);
  /** Why the last export did not pass its own check; the rescue copy is offered instead. */
  const [exportProblems, setExportProblems] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  function fail(...messages: string[]) {
    setStatus('');
    setProblems(messages);
  }

  async function run(task: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setProblems([]);
    setExportProblems([]);
    try {
      await task();
    } catch (error) {
      fail(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  const exportFull = () =>
    run(async () => {
      setStatus('');
      const lockProblem = passphraseProblem(lock);
      if (lockProblem) return fail(`The backup was not saved. ${lockProblem}`);
      const now = new Date();
      const backup = await exportBackup(now);
      const json = backupJson(backup);
      // A backup that its own import would refuse is no backup: check before offering it.
      const wrong = await checkBackupJson(json, now.getTime());
      if (wrong.length) return setExportProblems(wrong);
      const contents = `${count(backup.proteges.length, 'protégé', 'protégés')}, ${count(backup.notes.length, 'note', 'notes')}`;
      if (lock.protect) {
        const lockedFile = await encryptBackup(json, lock.passphrase);
        downloadFile(backupFileName(now).replace(/\.json$/, '-encrypted.json'), lockedFile, 'application/json');
        return setStatus(`Backup exported, locked with your passphrase: ${contents}.`);
      }
      downloadFile(backupFileName(now), json, 'application/json');
      setStatus(`Backup exported: ${contents}.`);
    });

  const saveRescueCopy = () =>
    run(async () => {
      const copy = await rescueCopy();
      if (!copy) return fail('There are no stored notes to copy.');
      downloadFile(
        `mentor-up-rescue-${copy.exportedAt.slice(0, 10)}.json`,
        JSON.stringify(copy, null, 2),
        'application/json',
      );
      setStatus(
        'A rescue copy was saved to your downloads. Importing it repairs what it can and says what it changed.',
      );
    });

  const exportMarkdown = () =>
    run(async () => {
      const backup = await exportBackup();
      const protege = backup.proteges.find((p) => p.id === markdownFor);
      downloadFile(markdownFileName(protege?.name), toMarkdown(backup, protege?.id), 'text/markdown');
      setStatus(`Markdown exported for ${protege ? protege.name : 'all protégés'}.`);
    });

  /** A backup read from a file, planned against this device and shown for confirming. */
  async function showPreview(fileName: string, read: ReadBackupResult) {
    if (!read.ok) return fail(`${fileName} was not imported. Nothing was changed.`, ...read.problems);
    const planned = await planImport(read.backup);
    if (!planned.ok) return fail(`${fileName} was not imported. Nothing was changed.`, ...planned.problems);
    setLocked(undefined);
    setPending({
      fileName,
      backup: read.backup,
      plan: planned.plan,
      warnings: [...read.warnings, ...planned.plan.warnings],
    });
  }

  const preview = () =>
    run(async () => {
      setPending(undefined);
      setLocked(undefined);
      setStatus('');
      const file = fileInput.current?.files?.[0];
      if (!file) return fail('Choose a backup file first.');
      const chosen = await readChosenBackup(file);
      if (chosen.kind === 'refused') return fail(`${file.name} was not imported. Nothing was changed.`, chosen.problem);
      if (chosen.kind === 'locked') return setLocked({ fileName: file.name, fileText: chosen.fileText });
      await showPreview(file.name, chosen.read);
    });

  const unlock = (passphrase: string) =>
    run(async () => {
      if (!locked) return;
      await showPreview(locked.fileName, await unlockBackup(locked.fileText, passphrase));
    });

  const confirm = () =>
    run(async () => {
      if (!pending) return;
      try {
        const safetyFile = await saveSafetyBackup();
        const plan = await applyImport(pending.backup, pending.plan);
        const added = Object.values(plan.tables).reduce((n, t) => n + t.add, 0);
        const replaced = Object.values(plan.tables).reduce((n, t) => n + t.replace, 0);
        setStatus(
          `Imported ${pending.fileName}: ${count(added, 'item', 'items')} added, ${replaced.toLocaleString('en')} replaced.` +
            (safetyFile ? ` This device’s copy from before the import is in your downloads as ${safetyFile}.` : ''),
        );
        setPending(undefined);
        if (fileInput.current) fileInput.current.value = '';
        // The import may have added or renamed protégés: the popup's next opening shows them.
        void refreshPickerSnapshot();
      } catch (error) {
        fail(`${pending.fileName} was not imported. Nothing was changed.`, describeError(error));
        setPending(undefined);
      }
    });

  return (
    <section aria-labelledby={`${id}-heading`} className="backup">
      <h2 id={`${id}-heading`}>Backup and export</h2>
      <p>
        A backup holds everything: protégés, notes, stages, sessions, goals and tip feedback. Keep it somewhere safe:
        unless you protect it with a passphrase, anyone who has the file can read it.
      </p>
      <p>
        <strong>Removing Mentor Up from your browser deletes everything it keeps on this device.</strong> Export a
        backup first if you may want it again.
      </p>
      <BackupPassphrase value={lock} onChange={setLock} />
      <div className="row">
        <button type="button" onClick={() => void exportFull()} aria-disabled={busy}>
          Export backup
        </button>
      </div>

      <div className="row">
        <label htmlFor={`${id}-protege`} className="inline-label">
          Protégé
        </label>
        <select id={`${id}-protege`} value={markdownFor} onChange={(event) => setMarkdownFor(event.target.value)}>
          <option value={ALL}>All protégés</option>
          {proteges?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void exportMarkdown()} aria-disabled={busy}>
          Export Markdown
        </button>
      </div>

      {exportProblems.length > 0 && (
        <div role="alert" className="error">
          <p>The backup was not saved: reading it back found something its import could not restore as it is.</p>
          <ul>
            {exportProblems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          <p>
            Save a rescue copy instead: it holds everything exactly as stored, and importing it repairs what it can and
            says what it changed.
          </p>
          <button type="button" onClick={() => void saveRescueCopy()} aria-disabled={busy}>
            Save a rescue copy
          </button>
        </div>
      )}

      <h3>Import</h3>
      <p>
        Nothing is written until you confirm, and then all of it or none of it is. Nothing on this device is deleted.
      </p>
      <label htmlFor={`${id}-file`}>Backup file</label>
      <input
        id={`${id}-file`}
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        onChange={() => {
          setPending(undefined);
          setLocked(undefined);
          setProblems([]);
        }}
      />
      <div className="row">
        <button type="button" onClick={() => void preview()} aria-disabled={busy}>
          Import backup
        </button>
      </div>

      {locked && (
        <UnlockBackup fileName={locked.fileName} busy={busy} onUnlock={(passphrase) => void unlock(passphrase)} />
      )}

      {pending && (
        <ImportPreview
          fileName={pending.fileName}
          plan={pending.plan}
          warnings={pending.warnings}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(undefined)}
        />
      )}

      <p role="status" className="status">
        {status}
      </p>
      {problems.length > 0 && (
        <div role="alert" className="error">
          <p>{problems[0]}</p>
          {problems.length > 1 && (
            <ul>
              {problems.slice(1).map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
