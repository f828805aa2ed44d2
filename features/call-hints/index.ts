/**
 * Call hints, opt-in: on Meet, Zoom's web client and Teams, a hint that offers the side panel
 * and a mark on the tab's badge. Host access is asked for when the mentor turns them on, never
 * at install. The hint itself is the content script in `entrypoints/call-hints.content/`.
 */

export { setUpCallHints } from './call-awareness';

// The options page's "Coaching hints on call pages" switch.
export { turnOffCallHints, turnOnCallHints } from './call-hints-access';
