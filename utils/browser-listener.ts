/** The part of a browser event (`browser.tabs.onUpdated` and the like) a listener needs. */
interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/**
 * Adds `listener` to a browser event until `signal` aborts, as `addEventListener` does with
 * its `signal` option. A signal that has already aborted adds nothing.
 */
export function addBrowserListener<Listener>(
  event: BrowserEvent<Listener>,
  listener: NoInfer<Listener>,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
