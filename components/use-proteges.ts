import { useLiveQuery } from 'dexie-react-hooks';
import { listProteges } from '../db/proteges';
import type { Protege } from '../db/types';

/** The active protégés, kept current across every open page; undefined while loading. */
export function useProteges(): Protege[] | undefined {
  return useLiveQuery(() => listProteges(), []);
}
