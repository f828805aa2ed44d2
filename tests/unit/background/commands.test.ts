import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setUpCommands } from '../../../features/commands/commands';
import { OPEN_SIDE_PANEL_COMMAND } from '../../../features/commands/shortcuts';
import { browserTab } from './call-sender';
import { installFakeExtensionApis } from './fake-extension-apis';

let apis: ReturnType<typeof installFakeExtensionApis>;
let setUp: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
  setUp = new AbortController();
  setUpCommands(setUp.signal);
});

afterEach(() => setUp.abort());

it('opens the side panel in the window of the tab the shortcut was pressed in', async () => {
  await apis.commands.onCommand.trigger(OPEN_SIDE_PANEL_COMMAND, browserTab({ windowId: 8 }));
  expect(apis.sidePanel.open).toHaveBeenCalledWith({ windowId: 8 });
});

it('ignores commands it does not own', async () => {
  await apis.commands.onCommand.trigger('_execute_action', browserTab());
  expect(apis.sidePanel.open).not.toHaveBeenCalled();
});
