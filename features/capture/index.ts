/**
 * Capture: "Save selection to Mentor Up" and "Save page link to Mentor Up" in the context
 * menu, the toolbar badge that confirms each save, and the captures kept after a failed write
 * until a later try lands them.
 */

export { setUpCapture } from './context-menu';

// The options page saves kept captures on demand and clears the "!" they raised; the call
// hints put a tab's badge back.
export { clearAttentionBadge, restoreTabBadge } from './badge';
export { saveUnsavedCaptures } from './page-capture';
