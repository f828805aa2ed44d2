import { useLiveQuery } from 'dexie-react-hooks';
import { listProteges } from '../db/proteges';
import type { Protege } from '../db/types';

interface Options {
  includeArchived?: boolean;
  /** The list as already read, shown until the live query answers (undefined: still loading). */
  initial?: Protege[];
}

/** The protégés (active ones unless asked), kept current across every open page; undefined while loading. */
export function useProteges({ includeArchived = false, initial }: Options = {}): Protege[] | undefined {
  return useLiveQuery(() => listProteges({ includeArchived }), [includeArchived], initial);
}
