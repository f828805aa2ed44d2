import { useId } from 'react';
import './backup.css';

export interface PassphraseChoice {
  protect: boolean;
  passphrase: string;
  confirmation: string;
}

export const NO_PASSPHRASE: PassphraseChoice = { protect: false, passphrase: '', confirmation: '' };

/** Long enough that guessing it takes years, even at the speed of a fast computer. */
const MIN_PASSPHRASE_LENGTH = 8;

/** Why the passphrase typed cannot lock a backup, or '' when it can (or none is wanted). */
export function passphraseProblem({ protect, passphrase, confirmation }: PassphraseChoice): string {
  if (!protect) return '';
  if (passphrase === '') return 'Type a passphrase to protect the backup with, or untick “Protect with a passphrase”.';
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters: a few words you will remember are best.`;
  }
  if (confirmation !== passphrase)
    return 'The two passphrases are not the same. Type the passphrase again in both boxes.';
  return '';
}

interface Props {
  value: PassphraseChoice;
  onChange: (value: PassphraseChoice) => void;
}

/**
 * "Protect with a passphrase" for the backup's export. The passphrase is kept nowhere, not
 * even as a draft: it would be a key left beside the lock.
 */
export function BackupPassphrase({ value, onChange }: Props) {
  const id = useId();
  return (
    <div className="backup-passphrase">
      <label className="choice">
        <input
          type="checkbox"
          checked={value.protect}
          onChange={(event) => onChange({ ...value, protect: event.target.checked })}
        />
        Protect with a passphrase
      </label>
      {value.protect && (
        <div className="passphrase-fields">
          <p id={`${id}-warning`} className="hint">
            The backup is encrypted with this passphrase and can only be opened with it. Mentor Up does not keep it, and
            no one can recover a lost passphrase: without it, the backup cannot be opened at all. Write it down
            somewhere safe.
          </p>
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>Passphrase</label>
            <input
              id={`${id}-passphrase`}
              type="password"
              autoComplete="new-password"
              aria-describedby={`${id}-warning`}
              value={value.passphrase}
              onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-confirmation`}>Confirm passphrase</label>
            <input
              id={`${id}-confirmation`}
              type="password"
              autoComplete="new-password"
              value={value.confirmation}
              onChange={(event) => onChange({ ...value, confirmation: event.target.value })}
            />
          </div>
        </div>
      )}
    </div>
  );
}
