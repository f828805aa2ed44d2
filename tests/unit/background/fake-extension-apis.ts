import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/**
 * WXT's fake browser has no context menus, permissions, scripting, side panel or commands.
 * These fill the gap the same way: in-memory state and events a test fires with `trigger`.
 * Install after `fakeBrowser.reset()`.
 */

type Listener<Args extends unknown[]> = (...args: Args) => unknown;

function fakeEvent<Args extends unknown[]>() {
  const listeners = new Set<Listener<Args>>();
  return {
    addListener: (listener: Listener<Args>) => void listeners.add(listener),
    removeListener: (listener: Listener<Args>) => void listeners.delete(listener),
    hasListener: (listener: Listener<Args>) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: Args) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

interface MenuItem {
  id: string;
  title: string;
  contexts: string[];
}

interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
}

interface PermissionSet {
  origins?: string[];
  permissions?: string[];
}

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

export function installFakeExtensionApis() {
  const menuItems = new Map<string, MenuItem>();
  const contextMenus = {
    items: menuItems,
    create(item: MenuItem) {
      if (menuItems.has(item.id)) throw new Error(`Cannot create item with duplicate id ${item.id}`);
      menuItems.set(item.id, item);
      return item.id;
    },
    removeAll: async () => menuItems.clear(),
    onClicked: fakeEvent<[info: Record<string, unknown>, tab?: unknown]>(),
  };

  const granted = new Set<string>();
  /** Optional API permissions ("notifications"), apart from the hosts. */
  const grantedApis = new Set<string>();
  const onAdded = fakeEvent<[PermissionSet]>();
  const onRemoved = fakeEvent<[PermissionSet]>();
  const permissions = {
    granted,
    grantedApis,
    /** What the person answers to the browser's prompt. */
    answer: true,
    request: vi.fn(async ({ origins = [], permissions: apis = [] }: PermissionSet) => {
      if (!permissions.answer) return false;
      origins.forEach((origin) => granted.add(origin));
      apis.forEach((api) => grantedApis.add(api));
      await onAdded.trigger({ origins, permissions: apis });
      return true;
    }),
    remove: vi.fn(async ({ origins = [], permissions: apis = [] }: PermissionSet) => {
      origins.forEach((origin) => granted.delete(origin));
      apis.forEach((api) => grantedApis.delete(api));
      await onRemoved.trigger({ origins, permissions: apis });
      return true;
    }),
    contains: async ({ origins = [], permissions: apis = [] }: PermissionSet) =>
      origins.every((origin) => granted.has(origin)) && apis.every((api) => grantedApis.has(api)),
    onAdded,
    onRemoved,
  };

  const registered = new Map<string, RegisteredScript>();
  const scripting = {
    registered,
    async registerContentScripts(scripts: RegisteredScript[]) {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      }
      for (const script of scripts) registered.set(script.id, script);
    },
    async unregisterContentScripts({ ids = [] }: { ids?: string[] } = {}) {
      for (const id of ids) {
        if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        registered.delete(id);
      }
    },
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...registered.values()].filter((script) => !ids || ids.includes(script.id)),
  };

  const sidePanel = { open: vi.fn(async (_options: { windowId?: number; tabId?: number }) => undefined) };

  const commandList: Command[] = [];
  const commands = {
    list: commandList,
    getAll: async () => commandList,
    onCommand: fakeEvent<[command: string, tab?: unknown]>(),
  };

  // Chrome has no sidebarAction; the fake's throwing stand-in would hide the side panel.
  Reflect.deleteProperty(fakeBrowser, 'sidebarAction');
  Object.assign(fakeBrowser, { contextMenus, permissions, scripting, sidePanel, commands });
  return { contextMenus, permissions, scripting, sidePanel, commands };
}
