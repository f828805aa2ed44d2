import { setUpCallAwareness } from '../../utils/call-awareness';
import { setUpCommands } from '../../utils/commands';
import { setUpContextMenu } from '../../utils/context-menu';
import { keepLocalStorageFromContentScripts } from '../../utils/private-storage';

// Each feature adds its listeners synchronously, so the events that woke the worker reach them.
export default defineBackground(() => {
  setUpContextMenu();
  setUpCommands();
  setUpCallAwareness();
  // Each start, in case a browser update reset it; a browser without the setting keeps its default.
  void keepLocalStorageFromContentScripts().catch(() => undefined);
});
