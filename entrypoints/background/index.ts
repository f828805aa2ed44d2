import { setUpCallAwareness } from '../../utils/call-awareness';
import { setUpCommands } from '../../utils/commands';
import { setUpContextMenu } from '../../utils/context-menu';

// Each feature adds its listeners synchronously, so the events that woke the worker reach them.
export default defineBackground(() => {
  setUpContextMenu();
  setUpCommands();
  setUpCallAwareness();
});
