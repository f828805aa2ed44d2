/**
 * How long the backup reader takes to refuse large files it must not import: `node
 * bench/import-junk.mjs`. Bundles the real reader (db/backup/read-backup.ts) with esbuild, then
 * times readBackupText on 100,000-row files of several kinds and prints JSON with medians.
 * Junk (rows that are not records) must be refused well under a second: the reader stops after
 * ten problems. A file of valid rows whose fault is at its very end has to be read whole; its
 * time is printed for information. Fails (exit code 1) if a file is not refused or junk misses
 * the goal.
 * BENCH_RUNS sets the repetitions (default 7). The machine is shared: read the load average.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = 100_000;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 7));
const GOAL_MS = 500;
/** Files of junk, which the goal applies to; the others must be read to their end. */
const JUNK = new Set(['junk objects', 'numbers for rows']);

async function loadReader() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mentor-up-bench-'));
  const file = path.join(dir, 'read-backup.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'db/backup/read-backup.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'error',
  });
  const reader = await import(pathToFileURL(file).href);
  return { reader, cleanUp: () => rm(dir, { recursive: true, force: true }) };
}

const EXPORTED_AT = Date.UTC(2026, 1, 1);
const PAT = '3f1c2b9e-6d4a-4c1e-9a51-2b7d8e0f4a11';

function header(tables) {
  return {
    format: 'mentor-up-backup',
    formatVersion: 1,
    schemaVersion: 1,
    exportedAt: new Date(EXPORTED_AT).toISOString(),
    proteges: [],
    notes: [],
    stageEvents: [],
    sessions: [],
    goals: [],
    tipFeedback: [],
    ...tables,
  };
}

function noteId(i) {
  return `8a0e5d6c-1b2f-4e3a-8c7d-${i.toString(16).padStart(12, '0')}`;
}

function goodNote(i) {
  return {
    id: noteId(i),
    protegeId: PAT,
    kind: 'note',
    text: `Note ${i}: wants to try Copilot for the weekly report`,
    source: { kind: 'popup' },
    createdAt: EXPORTED_AT - i,
    updatedAt: EXPORTED_AT - i,
  };
}

const protege = { id: PAT, name: 'Pat', generation: 'boomer', archived: false, createdAt: 1, updatedAt: 1 };

/** Each file: 100,000 rows, with the reason it must be refused. */
const FILES = {
  'junk objects': () =>
    JSON.stringify(header({ notes: Array.from({ length: ROWS }, (_, i) => ({ junk: i, x: 'y' })) })),
  'numbers for rows': () => JSON.stringify(header({ notes: Array.from({ length: ROWS }, (_, i) => i) })),
  'valid rows, the last one bad': () =>
    JSON.stringify(
      header({
        proteges: [protege],
        notes: Array.from({ length: ROWS }, (_, i) =>
          i === ROWS - 1 ? { ...goodNote(i), kind: 'memo' } : goodNote(i),
        ),
      }),
    ),
  'valid rows, the last with a key twice': () => {
    const text = JSON.stringify(
      header({ proteges: [protege], notes: Array.from({ length: ROWS }, (_, i) => goodNote(i)) }),
    );
    const last = text.lastIndexOf('"kind":"note"');
    return `${text.slice(0, last)}"kind":"action",${text.slice(last)}`;
  },
  'rows from the future': () =>
    JSON.stringify(
      header({
        proteges: [protege],
        notes: Array.from({ length: ROWS }, (_, i) => ({ ...goodNote(i), updatedAt: EXPORTED_AT + 400 * 86_400_000 })),
      }),
    ),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const { reader, cleanUp } = await loadReader();
const now = EXPORTED_AT + 86_400_000;
const results = {};
let ok = true;
try {
  for (const [name, make] of Object.entries(FILES)) {
    const text = make();
    const times = [];
    let result;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      result = reader.readBackupText(text, now);
      times.push(performance.now() - start);
    }
    const refused = result.ok === false;
    const medianMs = Math.round(median(times) * 10) / 10;
    ok &&= refused && (!JUNK.has(name) || medianMs < GOAL_MS);
    results[name] = {
      junk: JUNK.has(name),
      megabytes: Math.round((text.length / 1024 / 1024) * 10) / 10,
      refused,
      problems: refused ? result.problems.length : 0,
      longestMessage: refused ? Math.max(...result.problems.map((p) => p.length)) : 0,
      medianMs,
      maxMs: Math.round(Math.max(...times) * 10) / 10,
    };
  }
} finally {
  await cleanUp();
}

process.stdout.write(
  `${JSON.stringify({ rows: ROWS, runs: RUNS, goalMs: GOAL_MS, loadAverage: os.loadavg()[0], results }, null, 2)}\n`,
);
if (!ok) process.exitCode = 1;
