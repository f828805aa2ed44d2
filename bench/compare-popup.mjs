/**
 * A/B check of an optimisation: `node bench/compare-popup.mjs <bench build A> <bench build B>`.
 * Loads both builds into one Chromium and opens blank page, popup A and popup B in turn, so
 * both popups meet the same machine load. Prints JSON medians and the B/A ratio.
 */
import path from 'node:path';
import { launch, openPage } from './browser.mjs';
import { letAppCreateDatabase, POPUP_SIZE, seed } from './run.mjs';
import { benchData } from './seed-data.mjs';
import { ratio, summarize } from './stats.mjs';

const [a, b] = process.argv.slice(2).map((dir) => path.resolve(dir));
if (!a || !b) throw new Error('Usage: node bench/compare-popup.mjs <bench build A> <bench build B>');
const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 20));

const { context, extensionIds, close } = await launch([a, b]);
try {
  const data = benchData();
  for (const id of extensionIds) {
    await letAppCreateDatabase(context, id);
    const blank = await openPage(context, id, 'bench-blank.html', POPUP_SIZE, 'load');
    await seed(blank.page, { proteges: data.proteges.slice(0, 1), notes: [], stageEvents: [] });
    await blank.page.close();
  }
  const times = { blank: [], a: [], b: [] };
  for (let run = -1; run < RUNS; run++) {
    // Alternate which popup goes first, so neither always follows the blank page.
    const order = run % 2 ? ['a', 'b'] : ['b', 'a'];
    const blank = await openPage(context, extensionIds[0], 'bench-blank.html', POPUP_SIZE, 'load');
    await blank.page.close();
    if (run >= 0) times.blank.push(blank.marks.load);
    for (const which of order) {
      const popup = await openPage(
        context,
        extensionIds[which === 'a' ? 0 : 1],
        'popup.html',
        POPUP_SIZE,
        'popupAppReady', // the page stays open until the app runs, so every open does the same work
      );
      await popup.page.close();
      if (run >= 0) times[which].push(popup.marks.popupReady);
    }
  }
  const [blank, popupA, popupB] = [times.blank, times.a, times.b].map(summarize);
  console.log(
    JSON.stringify(
      {
        builds: { a, b },
        blankPageReady: blank,
        popupReadyToType: {
          a: popupA,
          b: popupB,
          ratioToBlank: { a: ratio(popupA.median, blank.median), b: ratio(popupB.median, blank.median) },
        },
        bOverA: ratio(popupB.median, popupA.median),
      },
      null,
      2,
    ),
  );
} finally {
  await close();
}
