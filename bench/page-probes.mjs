/**
 * Runs in every extension page before its own scripts (Playwright init script). It stamps the
 * moments the benchmark measures with the page's own clock, so no protocol round trip is timed:
 * - `popupReady`: the "Quick note" box has focus and accepts input, and the "Protégé" picker
 *   shows a chosen protégé by name (whether the popup's shell or its app drew them);
 * - `popupAppReady`: the popup app has rendered (its "Open side panel" button, which the shell
 *   does not draw, is there) with the note box focused: saving goes to the database from here;
 * - `panelReady`: the side panel's tab list and the selected tab's content are on screen;
 * - `load`: the load event (the blank page's "ready");
 * - the last keydown and click, as event time stamps.
 * Times are `performance.now()` values (ms since navigation start) unless named `…Epoch`.
 * Must be self-contained: Playwright sends its source text to the page.
 */
export function installProbes() {
  const marks = {};
  const epoch = (time) => performance.timeOrigin + time;

  const labelled = (selector, name) =>
    [...document.querySelectorAll(selector)].find((el) => el.labels?.[0]?.textContent?.trim() === name);

  const popupIsReady = () => {
    const box = document.activeElement;
    const picker = labelled('select', 'Protégé');
    return (
      box instanceof HTMLTextAreaElement &&
      box.labels?.[0]?.textContent?.trim() === 'Quick note' &&
      !box.disabled &&
      !box.readOnly &&
      picker !== undefined &&
      picker.value !== '' &&
      (picker.selectedOptions[0]?.textContent?.trim() ?? '') !== ''
    );
  };

  const popupAppIsReady = () =>
    popupIsReady() && [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Open side panel');

  const contentIsReady = (panel) =>
    panel !== null && panel.childElementCount > 0 && !/Loading/.test(panel.textContent ?? '');

  const panelIsReady = () =>
    document.querySelector('[role="tablist"]') !== null && contentIsReady(document.querySelector('[role="tabpanel"]'));

  const page = location.pathname.replace(/^\//, '');
  // Where the time goes: module scripts run before DOMContentLoaded; React's first commit fills #root.
  const stampPhases = () => {
    marks.rootFilled ??= document.getElementById('root')?.childElementCount ? performance.now() : undefined;
    marks.scriptsDone ??= performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd || undefined;
  };
  const check = () => {
    stampPhases();
    const readyBefore = marks.popupReady ?? marks.panelReady;
    if (page === 'popup.html' && marks.popupReady === undefined && popupIsReady()) marks.popupReady = performance.now();
    if (page === 'popup.html' && marks.popupAppReady === undefined && popupAppIsReady())
      marks.popupAppReady = performance.now();
    if (page === 'sidepanel.html' && marks.panelReady === undefined && panelIsReady())
      marks.panelReady = performance.now();
    // How many database round trips the page made before it was ready (a waterfall shows here).
    if (readyBefore === undefined && (marks.popupReady ?? marks.panelReady) !== undefined)
      marks.transactionsBeforeReady = idb.started;
  };
  const startObserving = () => {
    const observer = new MutationObserver(() => {
      check();
      if (marks.popupAppReady !== undefined || marks.panelReady !== undefined) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  };
  if (page === 'popup.html' || page === 'sidepanel.html') startObserving();
  addEventListener('focusin', check, true);
  addEventListener('load', () => (marks.load = performance.now()));
  addEventListener(
    'keydown',
    (event) => {
      marks.keydown = event.timeStamp;
      marks.keydownEpoch = epoch(event.timeStamp);
    },
    true,
  );
  addEventListener('click', (event) => (marks.click = event.timeStamp), true);

  // IndexedDB transactions in flight, so a watch knows when the page's reads have answered.
  const idb = { active: 0, started: 0, lastEnd: 0 };
  // The browser's own method, taken from its descriptor and called with each database as `this`.
  const openTransaction = Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction').value;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = openTransaction.apply(this, args);
    idb.active++;
    idb.started++;
    const end = () => {
      idb.active--;
      idb.lastEnd = performance.now();
    };
    if (tx.mode === 'readwrite')
      tx.addEventListener('complete', () => (marks.lastWriteCommitEpoch = epoch(performance.now())));
    tx.addEventListener('complete', end);
    tx.addEventListener('abort', end);
    return tx;
  };

  /**
   * Watches a part of the page (changes inside `ignore` do not count). `settle` resolves once
   * the page has read IndexedDB since arming, no transaction is open, and neither the database
   * nor the watched part has changed for `quietMs`; it reports the last change of the part.
   */
  let watch;
  const arm = (selector, ignore) => {
    watch?.observer.disconnect();
    const target = document.querySelector(selector) ?? document.body;
    const state = {
      armedAt: performance.now(),
      startedBefore: idb.started,
      first: undefined,
      last: undefined,
      observer: undefined,
    };
    const counts = (record) => {
      const element = record.target instanceof Element ? record.target : record.target.parentElement;
      return !ignore || !element?.closest(ignore);
    };
    state.observer = new MutationObserver((records) => {
      if (!records.some(counts)) return;
      const now = performance.now();
      state.first ??= now;
      state.last = now;
    });
    state.observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    watch = state;
  };
  const settle = (quietMs, maxMs) =>
    new Promise((resolve) => {
      const state = watch;
      const poll = () => {
        const now = performance.now();
        const answered = idb.started > state.startedBefore && idb.active === 0;
        const lastChange = Math.max(state.last ?? 0, idb.lastEnd, state.armedAt);
        const timedOut = now - state.armedAt >= maxMs;
        if ((answered && now - lastChange >= quietMs) || timedOut) {
          state.observer.disconnect();
          resolve({
            first: state.first,
            last: state.last,
            readsDone: answered ? idb.lastEnd : undefined,
            timedOut: timedOut && !answered,
            keydown: marks.keydown,
          });
        } else setTimeout(poll, 5);
      };
      poll();
    });

  /** Resolves with the epoch time at which an element matching `selector` first holds `text`. */
  const whenTextShows = (selector, text, maxMs) =>
    new Promise((resolve) => {
      const found = () => [...document.querySelectorAll(selector)].some((el) => el.textContent?.includes(text));
      if (found()) return resolve(epoch(performance.now()));
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        resolve(epoch(performance.now()));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, maxMs);
    });

  /** Resolves with the `performance.now()` at which `isDone` first holds (checked on each change). */
  const whenDone = (isDone, maxMs) =>
    new Promise((resolve) => {
      if (isDone()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!isDone()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, maxMs);
    });

  const notesListShows = () => {
    const panel = document.querySelector('[role="tabpanel"]');
    const selectedTab = document.querySelector('[role="tab"][aria-selected="true"]');
    return (
      panel !== null &&
      selectedTab?.textContent?.trim() === 'Notes' &&
      (panel.querySelector('ul.notes') !== null ||
        [...panel.querySelectorAll('.empty')].some((el) => !/Loading/.test(el.textContent ?? '')))
    );
  };

  Object.defineProperty(window, '__bench', {
    value: { marks, arm, settle, whenTextShows, whenDone, notesListShows },
  });
}
