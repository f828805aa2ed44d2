import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { applyAppearance } from '../../utils/apply-appearance';
import { App } from './App';
import { readReviewChoice } from './review-url';

async function main() {
  // Before the first paint, so a dark theme never flashes light.
  await applyAppearance();
  createRoot(document.getElementById('root')!).render(
    <ErrorBoundary>
      <App initial={readReviewChoice(location.search)} />
    </ErrorBoundary>,
  );
}

void main();
