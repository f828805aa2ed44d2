import { useState } from 'react';
import { describeError } from '../../utils/error-message';
import { clearAttentionBadge, saveUnsavedCaptures } from '../../features/capture';
import { unsavedCaptures } from '../../utils/storage';
import { useStoredSetting } from './use-stored-setting';

/**
 * Shown only while selections saved from the context menu are waiting because their write
 * failed: says so, and offers to try again now rather than at the next browser start.
 */
export function UnsavedCapturesNotice() {
  const [waiting] = useStoredSetting(unsavedCaptures);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (!waiting?.length) return null;

  async function saveNow() {
    setBusy(true);
    setError('');
    try {
      const left = await saveUnsavedCaptures();
      if (left === 0) await clearAttentionBadge();
      else
        setError(`${left === 1 ? 'It' : 'They'} could not be saved yet and ${left === 1 ? 'is' : 'are'} still kept.`);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  const count = waiting.length === 1 ? 'One selection' : `${waiting.length} selections`;
  return (
    <div role="alert" className="add-protege">
      <p>
        {count} from the context menu could not be saved to your notes yet.{' '}
        {waiting.length === 1 ? 'It is' : 'They are'} kept safely in the browser.
      </p>
      <button type="button" onClick={() => void saveNow()} aria-disabled={busy}>
        Save them now
      </button>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
