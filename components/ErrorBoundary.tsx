import { Component, type ReactNode } from 'react';
import { describeError } from './error-message';

interface State {
  error: unknown;
}

/**
 * Shown instead of a blank page when a part of the extension fails to render, most often
 * because the database could not be opened.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div role="alert" className="failure">
        <h1>Mentor Up could not open your notes</h1>
        <p>{describeError(this.state.error)}</p>
        <p>Your notes are stored on this device and have not been deleted. Try these steps:</p>
        <ol>
          <li>Close this panel or popup and open it again.</li>
          <li>In a private window, storage may be unavailable: use a normal window.</li>
          <li>Check that your disk has free space, then restart the browser.</li>
        </ol>
        <button type="button" onClick={() => location.reload()}>
          Try again
        </button>
      </div>
    );
  }
}
