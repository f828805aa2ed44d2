import { Component, lazy, Suspense, type ReactNode } from 'react';
import { db } from '../db/database';
import { DatabaseUpdateNotice } from './DatabaseUpdateNotice';

// Loaded only when something has gone wrong: it brings the backup code, which every page
// would otherwise pay for at start-up.
const DatabaseProblem = lazy(() => import('./DatabaseProblem').then((m) => ({ default: m.DatabaseProblem })));

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * Shown instead of a blank page when a surface fails: a part that throws while rendering, or
 * a database that will not open. The second needs asking for: Dexie's live queries wait
 * quietly for a closed database to reopen, so a failed open would otherwise leave a page
 * loading for ever. An update waiting on another page is no failure: it shows above the page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined, failed: false };
  private unmounted = false;

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidMount() {
    // Opening an open database is a no-op; a failed open is retried once here and reported.
    db.open().catch((error: unknown) => {
      if (!this.unmounted) this.setState({ error, failed: true });
    });
  }

  override componentWillUnmount() {
    this.unmounted = true;
  }

  override render() {
    if (!this.state.failed) {
      return (
        <>
          <DatabaseUpdateNotice />
          {this.props.children}
        </>
      );
    }
    return (
      <Suspense fallback={<p role="status">Mentor Up ran into a problem. Loading recovery steps…</p>}>
        <DatabaseProblem error={this.state.error} />
      </Suspense>
    );
  }
}
