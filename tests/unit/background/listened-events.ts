import { fakeBrowser } from 'wxt/testing';

interface ListenableEvent {
  hasListeners(): boolean;
}

function isEvent(value: unknown): value is ListenableEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<ListenableEvent>).hasListeners === 'function'
  );
}

/**
 * Every event of the fake browser that has a listener now, by name ("runtime.onStartup",
 * "storage.local.onChanged"): what a set-up added and has not removed. Events the fake leaves
 * unimplemented throw when asked, and can have no listener.
 */
export function listenedEvents(): string[] {
  const found: string[] = [];
  function visit(namespace: object, name: string, depth: number) {
    for (const [key, value] of Object.entries(namespace)) {
      const path = name ? `${name}.${key}` : key;
      if (/^on[A-Z]/.test(key) && isEvent(value)) {
        try {
          if (value.hasListeners()) found.push(path);
        } catch {
          // Not implemented by the fake.
        }
      } else if (typeof value === 'object' && value !== null && depth < 2) {
        visit(value, path, depth + 1);
      }
    }
  }
  visit(fakeBrowser, '', 0);
  return found.sort();
}
