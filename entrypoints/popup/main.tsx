import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { applyAppearance } from '../../utils/apply-appearance';
import { requestPersistenceOnce } from '../../utils/persist-once';
import { lastProtegeId, quickNoteDraft } from '../../utils/storage';
import { App } from './App';
import './popup.css';

async function main() {
  // The draft and the last protégé are read before the first render so the box opens with
  // the text already in it and nothing typed early can be overwritten.
  const [draft, protegeId] = await Promise.all([
    quickNoteDraft.getValue(),
    lastProtegeId.getValue(),
    applyAppearance(), // before the first paint, so a dark theme never flashes light
  ]);
  createRoot(document.getElementById('root')!).render(
    <ErrorBoundary>
      <App initialDraft={draft} initialProtegeId={protegeId ?? undefined} />
    </ErrorBoundary>,
  );
  setTimeout(() => void requestPersistenceOnce(), 1000);
}

void main();
