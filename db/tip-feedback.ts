import { db } from './database';
import type { TipVerdict } from '../content/vocabulary';
import type { Id, TipVerdictRecord } from './types';

function feedbackId(protegeId: Id, tipId: string) {
  return `${protegeId}|${tipId}`;
}

/** One verdict per protégé and tip: a later verdict replaces an earlier one. */
export async function setTipFeedback(
  protegeId: Id,
  tipId: string,
  verdict: TipVerdict,
  now = Date.now(),
): Promise<TipVerdictRecord> {
  const feedback: TipVerdictRecord = { id: feedbackId(protegeId, tipId), protegeId, tipId, verdict, at: now };
  await db.transaction('rw', db.tipFeedback, () => db.tipFeedback.put(feedback));
  return feedback;
}

export async function clearTipFeedback(protegeId: Id, tipId: string): Promise<void> {
  await db.transaction('rw', db.tipFeedback, () => db.tipFeedback.delete(feedbackId(protegeId, tipId)));
}

/** This protégé's verdicts, by tip id. */
export async function feedbackFor(protegeId: Id): Promise<Map<string, TipVerdict>> {
  const rows = await db.protegeRecords('tipFeedback', protegeId).toArray();
  return new Map(rows.map((row) => [row.tipId, row.verdict]));
}
