import { useSyncExternalStore } from 'react';
import { connection } from '../db/connection-watch';

/**
 * What happened and what to do when an update of Mentor Up stands between this page and the
 * notes (see ConnectionTrouble). It sits above the page, which stays usable: every text box
 * keeps its draft in extension storage, not in the database, so nothing typed waits on it.
 */
export function DatabaseUpdateNotice() {
  const trouble = useSyncExternalStore(connection.subscribe, connection.current);
  if (trouble === 'blocked') {
    return (
      <div role="alert" className="notice">
        <h2>Mentor Up was updated and is waiting for an older page</h2>
        <p>
          Another Mentor Up page or window is still open with the previous version, so your notes cannot open here yet.
          Nothing is lost, and what you type here is kept.
        </p>
        <p>
          Close the other Mentor Up pages and windows (the side panel, the options page, other tabs). If this message
          stays, restart the browser. This page carries on by itself once they are closed.
        </p>
      </div>
    );
  }
  if (trouble === 'outdated') {
    return (
      <div role="alert" className="notice">
        <h2>Mentor Up was updated</h2>
        <p>
          Another Mentor Up page is using the new version, so this page needs a reload to carry on. What you typed is
          kept and will be back after the reload.
        </p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  return null;
}
