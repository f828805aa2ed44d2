import type { SchemaVersion } from './schema-version';

/** Version 1, the foundation release: every table, indexed only where a query reads. */
export const v01: SchemaVersion = {
  version: 1,
  stores: {
    // Protégés are few (hundreds at most): listed whole and sorted in memory.
    proteges: 'id',
    // The notes list reads one protégé's notes newest first.
    notes: 'id, [protegeId+createdAt]',
    stageEvents: 'id, [protegeId+at]',
    sessions: 'id, [protegeId+startedAt]',
    goals: 'id, protegeId',
    tipFeedback: 'id, protegeId',
  },
};
