/**
 * Web Locks as the browser gives every page and worker of one extension: exclusive locks by
 * name, granted in the order asked. Node has none, so tests that run two contexts install this.
 */
export function installWebLocks(): () => void {
  const queues = new Map<string, Promise<unknown>>();
  const locks = {
    request<T>(name: string, work: () => Promise<T>): Promise<T> {
      const before = queues.get(name) ?? Promise.resolve();
      const run = before.then(work, work);
      queues.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  Object.defineProperty(globalThis.navigator, 'locks', { value: locks, configurable: true });
  return () => {
    Reflect.deleteProperty(globalThis.navigator, 'locks');
  };
}
