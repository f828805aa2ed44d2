import { useCallback, useState, type RefCallback } from 'react';

/**
 * The width an element is laid out at, followed as it changes, so a chart can be drawn at the
 * size it shows at and its text stays the size of the page's. `fallback` until it is measured.
 */
export function useWidth<T extends Element>(fallback: number): [RefCallback<T>, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width;
      if (measured) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
