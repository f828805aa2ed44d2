import { useEffect, useEffectEvent, useRef, useState } from 'react';
import {
  clearPendingEdit,
  commitEdit,
  discardPendingEdit,
  EditConflictError,
  isTypedElsewhere,
  keepPendingEdit,
  readPendingEdit,
  type EditTarget,
} from '../db/pending-edits';
import { describeError, describeFailure } from '../utils/error-message';

export type AutosaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'error'; message: string }
  /** Another page changed the field while this one had unsaved text: the user chooses. */
  | { kind: 'conflict'; theirs: string };

const SAVE_DELAY_MS = 400;

/**
 * A text value that saves itself as the user types: kept in extension storage on every
 * keystroke (so a reload loses nothing), written to the database after a short pause and on
 * blur. A failed write keeps the text and reports why.
 *
 * Two pages may show the same field. While nothing is typed here, a change made elsewhere is
 * shown at once. Text typed here is written only over the stored text it started from
 * (`base`): if the other page changed the field meanwhile, writing stops, both texts are
 * kept, and the user picks one (`keepMine`, `takeTheirs`). Nothing is replaced silently.
 */
export function useAutosave(target: EditTarget, saved: string) {
  const [value, setValue] = useState(saved);
  const [state, setState] = useState<AutosaveState>({ kind: 'saved' });
  /** What the field shows. */
  const latest = useRef(saved);
  /** The stored text this page last saw or wrote: edits here are made over it. */
  const base = useRef(saved);
  /** The stored text as the page's live query last reported it. */
  const stored = useRef(saved);
  /** Text typed here that is not yet written. */
  const unsaved = useRef(false);
  const writing = useRef(0);
  const conflicted = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const targetKey = JSON.stringify(target);

  function cancelTimer() {
    clearTimeout(timer.current);
    timer.current = undefined;
  }

  function showConflict(theirs: string) {
    cancelTimer();
    conflicted.current = true;
    setState({ kind: 'conflict', theirs });
  }

  async function write(text: string) {
    writing.current += 1;
    const storedBefore = stored.current;
    try {
      base.current = await commitEdit(target, text, base.current);
      // The store now holds this write, unless the live query has meanwhile reported a newer one.
      if (stored.current === storedBefore) stored.current = base.current;
      await clearPendingEdit(target, text);
      if (latest.current === text) {
        unsaved.current = false;
        setState({ kind: 'saved' });
      }
    } catch (error) {
      if (error instanceof EditConflictError) {
        stored.current = error.current;
        showConflict(error.current);
      } else {
        setState({ kind: 'error', message: `Not saved. ${await describeFailure(error)} Your text is kept here.` });
      }
    } finally {
      writing.current -= 1;
    }
    reconcile();
  }

  /** Brings the field in line with the stored text after it changed, here or elsewhere. */
  function reconcile() {
    const theirs = stored.current;
    // The page's own write coming back, trimmed: what is typed stays as typed.
    if (theirs === base.current || writing.current > 0) return;
    if (!unsaved.current || theirs === latest.current.trim()) {
      // Nothing typed here is at stake (or the other page typed the same): follow the store.
      base.current = theirs;
      // Compared trimmed: a space just typed at the end is kept, not taken back by the store.
      if (!unsaved.current && latest.current.trim() !== theirs) {
        latest.current = theirs;
        setValue(theirs);
      }
      if (conflicted.current || !unsaved.current) {
        conflicted.current = false;
        setState(unsaved.current ? { kind: 'pending' } : { kind: 'saved' });
      }
      return;
    }
    showConflict(theirs);
  }

  // An edit left behind by a closed page wins over the stored value, unless the field was
  // changed after it began: then both are offered. Read once per field, not on every render
  // (`target` is a new object each time): the effect runs on `targetKey` and reads the rest
  // through an effect event.
  const resumePendingEdit = useEffectEvent((isLive: () => boolean) =>
    readPendingEdit(target).then(async (pending) => {
      if (!isLive() || pending === undefined || (await isTypedElsewhere(pending))) return;
      if (!isLive() || pending.value === latest.current) return;
      latest.current = pending.value;
      setValue(pending.value);
      unsaved.current = true;
      const startedFrom = pending.base ?? stored.current;
      if (startedFrom !== stored.current && pending.value.trim() !== stored.current) {
        showConflict(stored.current);
        return;
      }
      setState({ kind: 'pending' });
      void write(pending.value);
    }),
  );
  useEffect(() => {
    let live = true;
    void resumePendingEdit(() => live);
    return () => {
      live = false;
    };
  }, [targetKey]);

  // An effect event: it reads the refs, but only a change of the stored value runs it.
  const onStoredChange = useEffectEvent((text: string) => {
    stored.current = text;
    reconcile();
  });
  useEffect(() => onStoredChange(saved), [saved]);

  useEffect(() => cancelTimer, []);

  function keep(text: string) {
    keepPendingEdit(target, text, base.current).catch((error: unknown) =>
      setState({ kind: 'error', message: `Your edit could not be kept: ${describeError(error)}` }),
    );
  }

  function change(text: string) {
    latest.current = text;
    setValue(text);
    unsaved.current = true;
    keep(text);
    // In a conflict nothing is written until the user has chosen.
    if (conflicted.current) return;
    setState({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void write(latest.current);
    }, SAVE_DELAY_MS);
  }

  function flush() {
    if (timer.current === undefined) return;
    cancelTimer();
    void write(latest.current);
  }

  /** Conflict: the text typed here replaces the other page's. */
  function keepMine() {
    if (!conflicted.current) return;
    conflicted.current = false;
    base.current = stored.current;
    keep(latest.current);
    setState({ kind: 'pending' });
    void write(latest.current);
  }

  /** Conflict: the other page's text stays, the text typed here is let go. */
  function takeTheirs() {
    if (!conflicted.current) return;
    conflicted.current = false;
    unsaved.current = false;
    base.current = stored.current;
    latest.current = stored.current;
    setValue(stored.current);
    setState({ kind: 'saved' });
    discardPendingEdit(target).catch(() => undefined);
  }

  return { value, change, flush, state, keepMine, takeTheirs };
}
