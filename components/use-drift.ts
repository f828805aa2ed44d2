import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listGoals } from '../db/goals';
import { listSessions } from '../db/sessions';
import type { Protege } from '../db/types';
import { driftOf, type Drift } from '../utils/drift';

/**
 * The protégés whose meetings or goals are drifting (utils/drift.ts), in the order given, kept
 * current as sessions and goals change; undefined while loading. Archived protégés never are.
 */
export function useDrift(proteges: readonly Protege[] | undefined): Drift[] | undefined {
  return useLiveQuery(async () => {
    if (!proteges) return undefined;
    const now = Date.now();
    const found = await Promise.all(
      proteges
        .filter((protege) => !protege.archived)
        .map(async (protege) => {
          const [sessions, goals] = await Promise.all([listSessions(protege.id), listGoals(protege.id)]);
          return driftOf(protege, sessions, goals, now);
        }),
    );
    return found.filter((drift) => drift !== undefined);
  }, [proteges]);
}

/** The ids of the drifting protégés, for the side panel's switcher to mark. */
export function useOverdueIds(proteges: readonly Protege[] | undefined): ReadonlySet<string> | undefined {
  const drifts = useDrift(proteges);
  return useMemo(() => drifts && new Set(drifts.map((drift) => drift.protegeId)), [drifts]);
}
