import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FormDraft } from '../utils/storage';
import { clearFormDraft, keepFormDraft, preloadedFormDraft, readFormDraft } from '../utils/form-drafts';
import { describeError } from '../utils/error-message';

type Fields = Record<string, string>;

function fieldsOf<F extends Fields>(empty: F, draft: FormDraft | null | undefined): F {
  if (!draft) return empty;
  const fields = { ...empty };
  for (const key of Object.keys(empty) as (keyof F)[]) {
    const value = draft.fields[key as string];
    if (typeof value === 'string') fields[key] = value as F[keyof F];
  }
  return fields;
}

/**
 * A form's fields, kept in extension storage on every keystroke so closing or reloading the
 * page loses nothing. `form` names the draft (see FORMS); a new `form` (another protégé) shows
 * that form's own draft. The draft is cleared only by `clear`, after the record is stored.
 */
export function useFormDraft<F extends Fields>(form: string, empty: F) {
  const [state, setState] = useState(() => ({ form, fields: fieldsOf(empty, preloadedFormDraft(form)) }));
  const [keepError, setKeepError] = useState('');
  // The latest fields, for code that runs after an await.
  const latest = useRef(state);
  let current = state;
  if (state.form !== form) {
    // Switched to another form during render: show its draft at once.
    current = { form, fields: fieldsOf(empty, preloadedFormDraft(form)) };
    setState(current);
  }
  // What was rendered is what later handlers build on (set before any of them can run).
  useLayoutEffect(() => {
    latest.current = current;
  });
  const typed = useRef(new Set<string>());
  const emptyFields = useRef(empty);

  // Drafts not read before the first render (a form opened later) are read now, unless typing began.
  useEffect(() => {
    if (preloadedFormDraft(form) !== undefined) return;
    let live = true;
    readFormDraft(form).then(
      (draft) => {
        if (!live || !draft || typed.current.has(form)) return;
        const next = { form, fields: fieldsOf(emptyFields.current, draft) };
        latest.current = next;
        setState(next);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [form]);

  function change(part: Partial<F>) {
    typed.current.add(form);
    const next = { form, fields: { ...latest.current.fields, ...part } as F };
    latest.current = next;
    setState(next);
    keepFormDraft(form, { fields: next.fields }).then(
      () => setKeepError(''),
      (error: unknown) => setKeepError(`Your text could not be kept: ${describeError(error)}`),
    );
  }

  /**
   * After the record was stored from `submitted`: empties the form (but for the choices in
   * `kept`) and forgets the draft, unless more was typed meanwhile (that is kept).
   */
  async function clear(submitted: F, kept: Partial<F> = {}): Promise<void> {
    const now = latest.current;
    if (now.form !== form) return;
    const changed = (Object.keys(submitted) as (keyof F)[]).some((key) => now.fields[key] !== submitted[key]);
    if (changed) return;
    const next = { form, fields: { ...emptyFields.current, ...kept } };
    latest.current = next;
    setState(next);
    await clearFormDraft(form).catch(() => undefined);
  }

  return { fields: current.fields, change, clear, keepError, latest: () => latest.current.fields };
}
