import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A part whose code loads on first use. Unlike React.lazy it does not suspend, so there is no
 * minimum time on the placeholder, and once `preload()` has run the part renders at once.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: ReactNode = null) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;

  function preload(): Promise<ComponentType<P>> {
    pending ??= load().then((component) => (loaded = component));
    return pending;
  }

  function LazyPart(props: P) {
    const [, setReady] = useState(loaded !== undefined);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      // Loaded between this render and now (a preload finished): draw it.
      if (loaded) return setReady(true);
      let live = true;
      preload().then(
        () => live && setReady(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) return createElement(loaded, props);
    if (failed) {
      return (
        <p role="alert" className="error">
          This part of Mentor Up did not load. Close and reopen it; if the extension was just updated, that finishes the
          update.
        </p>
      );
    }
    return placeholder;
  }

  return Object.assign(LazyPart, { preload });
}
