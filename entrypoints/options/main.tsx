import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
);
