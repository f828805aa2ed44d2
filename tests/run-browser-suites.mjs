// Runs the Chromium and the Firefox end-to-end suites one after the other: side by side on two
// cores, the timing-sensitive tests of each (a browser quit 0 ms after the last key, a popup
// opened behind a clicked tab) failed now and then under the other's load. Each line is marked
// with its suite; a summary of both closes the run, and the exit code is non-zero if either
// failed (both always run). Needs a build first: `npm run build`, or `npm run zip`, which builds too.
import { spawn } from 'node:child_process';

const SUITES = [
  { name: 'chromium', args: ['playwright', 'test'] },
  { name: 'firefox', args: ['playwright', 'test', '--config', 'tests/firefox/playwright.config.ts'] },
];

function run({ name, args }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let tail = '';
    const relay = (stream, out) => {
      let partial = '';
      stream.on('data', (chunk) => {
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) out.write(`[${name}] ${line}\n`);
        tail = (tail + chunk.toString()).slice(-2000);
      });
      stream.on('end', () => partial && out.write(`[${name}] ${partial}\n`));
    };
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      // Playwright's own closing counts, e.g. "  12 passed (3.9m)" and "  1 failed".
      const counts = [...tail.matchAll(/^\s*(\d+ (?:passed|failed|flaky|skipped|did not run))/gm)].map((m) => m[1]);
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds, counts });
    });
  });
}

const results = [];
for (const suite of SUITES) results.push(await run(suite));
for (const { name, code, seconds, counts } of results) {
  console.log(
    `${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds} s — ${counts.join(', ') || 'no counts'}`,
  );
}
const total = (word) =>
  results.flatMap((r) => r.counts).reduce((sum, count) => sum + (count.endsWith(word) ? parseInt(count, 10) : 0), 0);
console.log(`browsers: ${total('passed')} passed, ${total('failed')} failed`);
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
