import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startShell } from './popup/shell';

/**
 * The popup's first moment: a classic script first in popup.html's head, so its storage read
 * starts before anything else loads and the note box is drawn without waiting for the app's
 * modules (see popup/shell.ts).
 */
export default defineUnlistedScript(() => startShell(() => document.getElementById('root')));
