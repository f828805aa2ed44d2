import type { ReactNode } from 'react';

/** A polite announcement of what just happened, with a way back; empty when there is nothing to undo. */
export function UndoBar({ message, onUndo }: { message: ReactNode | undefined; onUndo: () => void }) {
  return (
    <div aria-live="polite" className="row undo-bar">
      {message !== undefined && (
        <>
          <span>{message}</span>
          <button type="button" className="secondary" onClick={onUndo}>
            Undo
          </button>
        </>
      )}
    </div>
  );
}
