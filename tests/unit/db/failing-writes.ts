import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { db } from '../../../db/database';

type MutateGate = (request: DBCoreMutateRequest, tableName: string) => Promise<void>;

/**
 * Installs a Dexie middleware that runs `gate` before every write to `tableName`, so a test can
 * hold a write back or make it fail as a real storage error would. Returns a function that
 * removes it again.
 */
export async function interceptWrites(tableName: string, gate: MutateGate): Promise<() => Promise<void>> {
  const name = `intercept-${tableName}`;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table(table) {
        const downTable = down.table(table);
        if (table !== tableName) return downTable;
        return {
          ...downTable,
          async mutate(request): Promise<DBCoreMutateResponse> {
            // IndexedDB commits a transaction as soon as it has no pending request, so while
            // the gate is shut keep this one busy with reads, as a slow disk would.
            let settled = false;
            const opened = gate(request, table).finally(() => {
              settled = true;
            });
            opened.catch(() => undefined);
            while (!settled) await downTable.get({ trans: request.trans, key: 'keep-alive' });
            await opened;
            return downTable.mutate(request);
          },
        };
      },
    }),
  };
  db.close();
  db.use(middleware);
  await db.open();
  return async () => {
    db.close();
    db.unuse({ stack: 'dbcore', name });
    await db.open();
  };
}

/** A promise and the functions that settle it, for holding a write until the test says so. */
export function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
