import { useEffect, useEffectEvent, useRef, useState } from 'react';
import {
  clearPendingEdit,
  commitEdit,
  keepPendingEdit,
  readPendingEdit,
  type EditTarget,
} from '../utils/pending-edits';
import { describeError } from './error-message';

export type AutosaveState = { kind: 'saved' } | { kind: 'pending' } | { kind: 'error'; message: string };

const SAVE_DELAY_MS = 400;

/**
 * A text value that saves itself as the user types: kept in extension storage on every
 * keystroke (so a reload loses nothing), written to the database after a short pause and on
 * blur. A failed write keeps the text and reports why.
 */
export function useAutosave(target: EditTarget, saved: string) {
  const [value, setValue] = useState(saved);
  const [state, setState] = useState<AutosaveState>({ kind: 'saved' });
  const latest = useRef(saved);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const targetKey = JSON.stringify(target);

  async function write(text: string) {
    try {
      await commitEdit(target, text);
      await clearPendingEdit(target, text);
      if (latest.current === text) setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'error', message: `Not saved. ${describeError(error)} Your text is kept here.` });
    }
  }

  // An edit left behind by a closed page wins over the stored value. Read once per field, not
  // on every render (`target` is a new object each time): the effect runs on `targetKey` and
  // reads the rest through an effect event.
  const resumePendingEdit = useEffectEvent((isLive: () => boolean) =>
    readPendingEdit(target).then((pending) => {
      if (!isLive() || pending === undefined || pending === latest.current) return;
      latest.current = pending;
      setValue(pending);
      setState({ kind: 'pending' });
      void write(pending);
    }),
  );
  useEffect(() => {
    let live = true;
    void resumePendingEdit(() => live);
    return () => {
      live = false;
    };
  }, [targetKey]);

  // Show changes made elsewhere while nothing is being typed here. An effect event: it reads
  // the latest state, but only a change of the stored value runs it.
  const showStored = useEffectEvent((stored: string) => {
    if (state.kind === 'saved' && timer.current === undefined) {
      latest.current = stored;
      setValue(stored);
    }
  });
  useEffect(() => showStored(saved), [saved]);

  useEffect(() => () => clearTimeout(timer.current), []);

  function change(text: string) {
    latest.current = text;
    setValue(text);
    setState({ kind: 'pending' });
    keepPendingEdit(target, text).catch((error: unknown) =>
      setState({ kind: 'error', message: `Your edit could not be kept: ${describeError(error)}` }),
    );
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void write(latest.current);
    }, SAVE_DELAY_MS);
  }

  function flush() {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    void write(latest.current);
  }

  return { value, change, flush, state };
}
