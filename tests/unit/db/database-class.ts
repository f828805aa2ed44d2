import { db } from '../../../db/database';

/**
 * The class behind `db`, for tests that open the schema under another name, or a second
 * connection as another page would. The product opens only `db`, so database.ts keeps its
 * class to itself.
 */
export type MentorUpDatabase = typeof db;
export const MentorUpDatabase = db.constructor as new (name?: string) => MentorUpDatabase;
