/**
 * The database's tables, parents first (a protégé before what is recorded about them): the
 * order a backup is written, checked and shown in. Every list of tables derives from this one;
 * the database class declares a typed field for each, and a test checks it against the schema.
 */
export const TABLE_NAMES = ['proteges', 'notes', 'stageEvents', 'sessions', 'goals', 'tipFeedback'] as const;

export type TableName = (typeof TABLE_NAMES)[number];
