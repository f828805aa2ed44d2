import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { requestPersistenceOnce } from '../../utils/persist-once';
import { lastProtegeId, panelNoteDraft } from '../../utils/storage';
import { App } from './App';
import './sidepanel.css';

async function main() {
  const [draft, protegeId] = await Promise.all([panelNoteDraft.getValue(), lastProtegeId.getValue()]);
  createRoot(document.getElementById('root')!).render(
    <ErrorBoundary>
      <App initialDraft={draft} initialProtegeId={protegeId ?? undefined} />
    </ErrorBoundary>,
  );
  setTimeout(() => void requestPersistenceOnce(), 1000);
}

void main();
