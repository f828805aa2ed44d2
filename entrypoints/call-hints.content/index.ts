import { defineContentScript } from 'wxt/utils/define-content-script';
import { callServiceOf } from '../../features/call-hints/call-hosts';
import { sendMessage } from '../../utils/messaging';
import { mountCallHint } from './hint-element';

/**
 * Runs on Meet, Zoom's web client and Teams only while "Coaching hints on call pages" is on:
 * the background registers it at run time, after host access was granted, so the manifest
 * asks for no host at install.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const service = callServiceOf(location.href);
    if (!service) return;
    const hint = mountCallHint(document, () => sendMessage('open-side-panel', {}));
    ctx.onInvalidated(() => hint.remove());
    void sendMessage('call-page-opened', { service });
  },
});
