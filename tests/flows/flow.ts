import type { ExtensionBrowser } from './driver';

/** One main flow, described once and run by each browser's spec. */
export interface Flow {
  title: string;
  run(browser: ExtensionBrowser): Promise<void>;
  /** When the flow needs longer than the suite's usual limit (more pages, a second profile). */
  timeoutMs?: number;
}
