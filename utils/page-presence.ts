/**
 * Which extension pages are open now. Each page that keeps unsaved work holds a Web Lock named
 * after its own id for as long as it lives; the browser lets go of it when the page closes or
 * crashes, so another page can tell an edit still being typed from one left behind.
 */

const PREFIX = 'mentor-up:page:';
const pageId = crypto.randomUUID();
let holding = false;

/** This page's id, holding its presence lock from the first call on. */
export function thisPageId(): string {
  const locks = globalThis.navigator?.locks;
  if (!holding && locks) {
    holding = true;
    // Never settles: the lock is held until the page goes away.
    locks
      .request(`${PREFIX}${pageId}`, () => new Promise<never>(() => {}))
      .catch(() => {
        holding = false;
      });
  }
  return pageId;
}

/**
 * The ids of the pages open now, this one included. Where the browser has no Web Locks, only
 * this page is known to be open.
 */
export async function openPageIds(): Promise<Set<string>> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return new Set([pageId]);
  const { held = [], pending = [] } = await locks.query();
  const ids = [...held, ...pending].flatMap(({ name }) =>
    name?.startsWith(PREFIX) ? [name.slice(PREFIX.length)] : [],
  );
  return new Set([pageId, ...ids]);
}
