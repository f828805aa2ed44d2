import { useEffect, useState } from 'react';
import { rescueCopy } from '../db/backup/rescue-export';
import { downloadFile } from '../utils/download-file';
import { classifyError, classifyFailure, describeError } from '../utils/error-message';

const STEPS: Record<'quota' | 'upgrade' | 'open' | 'other', string[]> = {
  quota: [
    'Free some disk space, then restart the browser.',
    'Save a copy of your notes with the button below, to be safe.',
  ],
  upgrade: [
    'Save a copy of your notes with the button below.',
    'Restart the browser and open Mentor Up again.',
    'If it still fails, reinstall Mentor Up and import the copy from its options page.',
  ],
  open: [
    'If this is a private window, use a normal window: private windows may not allow storage.',
    'Close this page and open it again, or restart the browser.',
    'Save a copy of your notes with the button below if you can, then check that your disk has free space.',
  ],
  other: [
    'Close this page and open it again.',
    'Save a copy of your notes with the button below if you can, then restart the browser.',
  ],
};

type CopyState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'empty' } | { kind: 'failed'; message: string };

/**
 * What the mentor sees instead of a blank page when the notes cannot be opened or shown:
 * what happened, that nothing was deleted, what to do, and a way to save a copy.
 */
export function DatabaseProblem({ error }: { error: unknown }) {
  const [kind, setKind] = useState(() => classifyError(error));
  const steps = STEPS[kind === 'input' || kind === 'write' ? 'other' : kind];
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void classifyFailure(error).then((refined) => live && setKind(refined));
    return () => {
      live = false;
    };
  }, [error]);

  async function saveCopy() {
    try {
      const data = await rescueCopy();
      if (!data) return setCopy({ kind: 'empty' });
      downloadFile(
        `mentor-up-rescue-${data.exportedAt.slice(0, 10)}.json`,
        JSON.stringify(data, null, 2),
        'application/json',
      );
      setCopy({ kind: 'saved' });
    } catch (caught) {
      setCopy({ kind: 'failed', message: describeError(caught) });
    }
  }

  return (
    <div role="alert" className="failure">
      <h1>Mentor Up could not open your notes</h1>
      <p>{describeError(error, kind)}</p>
      <p>
        Your notes are stored on this device and have not been deleted. Text you were typing in a note box is kept and
        will be there when the notes open again.
      </p>
      <h2>What to do</h2>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="row">
        <button type="button" onClick={() => void saveCopy()}>
          Save a copy of my notes
        </button>
        <button type="button" className="secondary" onClick={() => location.reload()}>
          Try again
        </button>
      </div>
      <p role="status">
        {copy.kind === 'saved'
          ? 'A copy was saved to your downloads. Import it from the options page once Mentor Up works again.'
          : copy.kind === 'empty'
            ? 'There are no stored notes to copy.'
            : copy.kind === 'failed'
              ? `The copy could not be made: ${copy.message}`
              : ''}
      </p>
    </div>
  );
}
