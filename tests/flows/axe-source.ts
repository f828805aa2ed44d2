import path from 'node:path';
import type { Result } from 'axe-core';
import type { AxeFinding } from './driver';

/** axe-core's browser build, put into a page by each driver in its own way. */
export const AXE_SCRIPT = path.resolve('node_modules/axe-core/axe.min.js');

/** The serious and critical violations, each with where it was found. */
export function seriousOnly(violations: Result[]): AxeFinding[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      where: v.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
}
