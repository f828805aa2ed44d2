import { isPeriodKind, type PeriodChoice, type PeriodKind } from '../../utils/review-period';

/**
 * What the review shows is kept in the page's address (`?protege=…&period=…`), so a reload or
 * a bookmark shows the same review, and the side panel can open it on one protégé.
 */

/** The select's value for "All protégés". */
export const ALL_PROTEGES = '';

/** The periods the review offers, in the order shown. */
export const REVIEW_PERIOD_KINDS = [
  'last-3-months',
  'last-12-months',
  'this-year',
  'all-time',
  'custom',
] as const satisfies readonly PeriodKind[];

const DEFAULT_PERIOD: PeriodKind = 'last-12-months';
const DAY = /^\d{4,}-\d{2}-\d{2}$/;

export interface ReviewChoice {
  /** A protégé's id, or `ALL_PROTEGES`. */
  protegeId: string;
  period: PeriodChoice;
}

/** The address is outside data: anything it holds that the review does not offer is ignored. */
export function readReviewChoice(search: string): ReviewChoice {
  const params = new URLSearchParams(search);
  const kind = params.get('period');
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    protegeId: params.get('protege') ?? ALL_PROTEGES,
    period: {
      kind: isPeriodKind(kind) && (REVIEW_PERIOD_KINDS as readonly string[]).includes(kind) ? kind : DEFAULT_PERIOD,
      from: day('from'),
      to: day('to'),
    },
  };
}

export function reviewSearch({ protegeId, period }: ReviewChoice): string {
  const params = new URLSearchParams();
  if (protegeId !== ALL_PROTEGES) params.set('protege', protegeId);
  params.set('period', period.kind);
  if (period.kind === 'custom') {
    params.set('from', period.from);
    params.set('to', period.to);
  }
  return `?${params}`;
}
