import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { unlessBlocked } from '../../db/connection-watch';
import { finishInterruptedAdd } from '../../db/finish-interrupted-add';
import { loadFormDrafts } from '../../utils/form-drafts';
import { applyAppearance } from '../../utils/apply-appearance';
import { protegeToOpen } from '../../utils/draft-owner';
import { requestPersistenceOnce } from '../../db/persist-once';
import { lastProtegeId, panelNoteDraft, sessionNoteDraft, wrapUpDraft } from '../../utils/storage';
import { App } from './App';

async function main() {
  // Everything typed before a reload is read before the first render, so it is shown at once.
  const [noteDraft, sessionDraft, wrapUp, protegeId] = await Promise.all([
    panelNoteDraft.getValue(),
    sessionNoteDraft.getValue(),
    wrapUpDraft.getValue(),
    lastProtegeId.getValue(),
    applyAppearance(), // before the first paint, so a dark theme never flashes light
    // Form drafts, and a protégé whose adding a closed page interrupted, before the first render;
    // not waiting for a database that an older page blocks (the page then says so).
    unlessBlocked(
      loadFormDrafts()
        .then(finishInterruptedAdd)
        .catch(() => undefined),
      undefined,
    ),
  ]);
  createRoot(document.getElementById('root')!).render(
    <ErrorBoundary>
      <App
        drafts={{ note: noteDraft, session: sessionDraft, wrapUp }}
        initialProtegeId={protegeToOpen(noteDraft, protegeId)}
      />
    </ErrorBoundary>,
  );
  // Edits a closed panel left unwritten (fields not on screen now) are finished here.
  void import('../../db/pending-edits').then((edits) => edits.recoverPendingEdits());
  // Best effort: a page that could not ask leaves it to the next one.
  setTimeout(() => void requestPersistenceOnce().catch(() => undefined), 1000);
}

void main();
