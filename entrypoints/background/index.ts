import { defineBackground } from 'wxt/utils/define-background';
import { setUpCallHints } from '../../features/call-hints';
import { setUpCapture } from '../../features/capture';
import { setUpCommands } from '../../features/commands';
import { setUpReminders } from '../../features/reminders';
import { keepLocalStorageFromContentScripts } from '../../utils/private-storage';

// Each feature adds its listeners synchronously, so the events that woke the worker reach them.
export default defineBackground(() => {
  // The features stay for the worker's whole life: nothing aborts this.
  const { signal } = new AbortController();
  setUpCapture(signal);
  setUpCommands(signal);
  setUpCallHints(signal);
  setUpReminders(signal);
  // Each start, in case a browser update reset it; a browser without the setting keeps its default.
  void keepLocalStorageFromContentScripts().catch(() => undefined);
});
