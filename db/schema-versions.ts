import type { SchemaVersion } from './versions/schema-version';
import { v01 } from './versions/v01';
import { v02 } from './versions/v02';

export type { SchemaVersion } from './versions/schema-version';

/** Every schema version the database has had, oldest first: one frozen file each in `versions/`. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v01, v02];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
