import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../db/schema-versions';
import { z } from '../../../utils/zod';
import RELEASED from '../../fixtures/released-schema-versions.json';

/**
 * A released schema version is never edited: databases out there were made by it, and its
 * upgrade must do on a stored database what it did when it shipped. Each released version's
 * stores and the fingerprint of its whole file were recorded when it shipped; these tests fail
 * if either changes. A new version is recorded once, when it is added, with the line that the
 * failing test prints.
 */

const releasedSchema = z.array(
  z.strictObject({
    version: z.number().int(),
    file: z.string(),
    stores: z.record(z.string(), z.string()),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
);

const VERSIONS_DIR = 'db/versions';
const released = releasedSchema.parse(RELEASED);

function fileOf(version: number): string {
  return `${VERSIONS_DIR}/v${String(version).padStart(2, '0')}.ts`;
}

async function fingerprint(file: string): Promise<string> {
  const text = (await readFile(path.resolve(file), 'utf8')).replaceAll('\r\n', '\n');
  return createHash('sha256').update(text).digest('hex');
}

describe('released schema versions', () => {
  it('every version the database declares is recorded as released', async () => {
    const unrecorded = SCHEMA_VERSIONS.filter((entry) => !released.some((r) => r.version === entry.version));
    const lines = await Promise.all(
      unrecorded.map(async ({ version, stores }) =>
        JSON.stringify({ version, file: fileOf(version), stores, sha256: await fingerprint(fileOf(version)) }),
      ),
    );
    expect(lines, 'add these to tests/fixtures/released-schema-versions.json').toEqual([]);
    expect(released.map((r) => r.version)).toEqual(SCHEMA_VERSIONS.map((entry) => entry.version));
  });

  it('versions are numbered 1, 2, 3… with one file each, named for its number', async () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual(SCHEMA_VERSIONS.map((_, index) => index + 1));
    const files = (await readdir(path.resolve(VERSIONS_DIR))).filter((name) => /^v\d+\.ts$/.test(name)).sort();
    expect(files.map((name) => `${VERSIONS_DIR}/${name}`)).toEqual(SCHEMA_VERSIONS.map((e) => fileOf(e.version)));
    for (const { version, file } of released) expect(file, `version ${version}`).toBe(fileOf(version));
  });

  it.each(released.map((entry) => [entry.version, entry] as const))(
    'version %i declares the stores it was released with',
    (version, entry) => {
      expect(SCHEMA_VERSIONS.find((declared) => declared.version === version)?.stores).toEqual(entry.stores);
    },
  );

  it.each(released.map((entry) => [entry.version, entry] as const))(
    'version %i is, character for character, the file it was released as',
    async (_version, entry) => {
      expect(await fingerprint(entry.file), `${entry.file} was edited: add a new version instead`).toBe(entry.sha256);
    },
  );

  it.each(SCHEMA_VERSIONS.map((entry) => [entry.version, fileOf(entry.version)] as const))(
    'version %i imports nothing that could change its upgrade (types only)',
    async (_version, file) => {
      const text = await readFile(path.resolve(file), 'utf8');
      const imports = text.match(/^\s*import\b[^;]*;/gm) ?? [];
      expect(imports.filter((line) => !/^\s*import type\b/.test(line))).toEqual([]);
      expect(text).not.toMatch(/\b(?:import|require)\s*\(/);
      expect(text).not.toMatch(/^\s*export\s+(?:\*|\{[^}]*\}\s+from)/m);
    },
  );

  it.each(SCHEMA_VERSIONS.map((entry) => [entry.version, entry.version] as const))(
    'version %i has its own before/after test',
    (_version, version) => {
      const test = `tests/unit/db/versions/v${String(version).padStart(2, '0')}.test.ts`;
      expect(existsSync(path.resolve(test)), test).toBe(true);
    },
  );
});
