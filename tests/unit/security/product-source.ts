import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The folders that hold the product's own code (not tests, builds or scripts). */
const SOURCE_DIRS = ['components', 'content', 'db', 'entrypoints', 'features', 'utils'];

/** Every TypeScript file of the product's own code, for whole-repo invariants. */
export async function productSourceFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) {
    const entries = await readdir(path.resolve(dir), { withFileTypes: true, recursive: true });
    for (const entry of entries) {
      if (entry.isFile() && /\.(ts|tsx)$/.test(entry.name)) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  return files;
}
