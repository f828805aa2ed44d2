import { useId, useState } from 'react';
import './backup.css';

interface Props {
  fileName: string;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
}

/** Asks for the passphrase of a locked backup; what it holds is then previewed as any backup is. */
export function UnlockBackup({ fileName, busy, onUnlock }: Props) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="unlock-backup"
      aria-labelledby={`${id}-about`}
      onSubmit={(event) => {
        event.preventDefault();
        onUnlock(passphrase);
      }}
    >
      <p id={`${id}-about`}>
        {fileName} is protected with a passphrase. Type it to see what the backup holds; nothing is imported until you
        confirm.
      </p>
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>Backup passphrase</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="current-password"
          // The file was just chosen to be opened: the passphrase is what comes next.
          autoFocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      <div className="row">
        <button type="submit" aria-disabled={busy}>
          Unlock backup
        </button>
      </div>
    </form>
  );
}
