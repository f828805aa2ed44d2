import type Dexie from 'dexie';
import { db } from './database';

/**
 * Why this page cannot use the database just now, when nothing has failed:
 * - `blocked`: this page brings a newer schema and waits for an older connection (a Mentor Up
 *   page left from before an update) to close; it carries on by itself once it has.
 * - `outdated`: another page opened a newer schema, so this page gave up its connection and
 *   needs a reload to run the new code.
 */
type ConnectionTrouble = 'blocked' | 'outdated';

export interface ConnectionWatch {
  current: () => ConnectionTrouble | undefined;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

/** How long an open may wait before the page looks for an older connection holding it up. */
const QUEUED_OPEN_CHECK_MS = 600;

/** The version of `name` as stored, or undefined when the browser cannot say. */
async function storedVersion(name: string): Promise<number | undefined> {
  try {
    return (await indexedDB.databases()).find((stored) => stored.name === name)?.version;
  } catch {
    return undefined;
  }
}

/** Follows a database's blocked, versionchange and ready events. Subscribe before it first opens. */
function watchConnection(database: Dexie): ConnectionWatch {
  let trouble: ConnectionTrouble | undefined;
  let looking = false;
  const listeners = new Set<() => void>();
  const change = (next: ConnectionTrouble | undefined) => {
    // Outdated code stays outdated until the page reloads.
    if (next === trouble || trouble === 'outdated') return;
    trouble = next;
    for (const listener of listeners) listener();
  };

  // Only the first page waiting for an older connection hears "blocked"; the browser queues
  // the opens of further pages behind it in silence. An open still pending while the stored
  // database is older than this code waits for the same thing.
  async function lookForQueuedUpgrade() {
    looking = true;
    while (listeners.size > 0 && !database.isOpen() && !database.hasFailed()) {
      await new Promise((resolve) => setTimeout(resolve, QUEUED_OPEN_CHECK_MS));
      const stored = await storedVersion(database.name);
      // Dexie stores version n as n × 10.
      const waiting = stored !== undefined && stored < Math.round(database.verno * 10);
      if (waiting && !database.isOpen() && !database.hasFailed()) change('blocked');
    }
    looking = false;
  }

  // A blocked delete (newVersion null) is no update: only tests delete the database.
  database.on('blocked', (event) => {
    if (event.newVersion) change('blocked');
  });
  // Dexie's own listener has already closed the connection, so the other page's upgrade goes ahead.
  database.on('versionchange', (event) => {
    if (event.newVersion) change('outdated');
  });
  // Sticky: runs after every open, including the one a blocker held up.
  database.on('ready', () => change(undefined), true);

  return {
    current: () => trouble,
    subscribe: (listener) => {
      listeners.add(listener);
      if (!looking) void lookForQueuedUpgrade();
      return () => listeners.delete(listener);
    },
  };
}

/** The page's own database, watched from the moment any surface imports this. */
export const connection = watchConnection(db);

/**
 * What `work` resolves to, or `fallback` as soon as the database is blocked: a page's first
 * render may wait on the database, but never for a blocker that only the user can close.
 */
export function unlessBlocked<T>(work: Promise<T>, fallback: T, watch = connection): Promise<T> {
  if (watch.current() === 'blocked') return Promise.resolve(fallback);
  return new Promise<T>((resolve, reject) => {
    const unsubscribe = watch.subscribe(() => {
      if (watch.current() !== 'blocked') return;
      unsubscribe();
      resolve(fallback);
    });
    void work.then(resolve, reject).finally(unsubscribe);
  });
}
