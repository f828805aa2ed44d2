import { useLiveQuery } from 'dexie-react-hooks';
import { listProteges } from '../db/proteges';
import type { Protege } from '../db/types';

/** The protégés (active ones unless asked), kept current across every open page; undefined while loading. */
export function useProteges({ includeArchived = false } = {}): Protege[] | undefined {
  return useLiveQuery(() => listProteges({ includeArchived }), [includeArchived]);
}
