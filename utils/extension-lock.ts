const pageQueues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` while no other page or worker of the extension holds the lock `name`: a Web Lock,
 * which every page and the background share. Where the browser has none, work under the same
 * name at least runs one at a time within this page.
 */
export function withExtensionLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(name, work);
  const run = (pageQueues.get(name) ?? Promise.resolve()).then(work, work);
  pageQueues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
