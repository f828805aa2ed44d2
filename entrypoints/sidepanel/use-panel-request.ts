import { useEffect, useRef, useState } from 'react';
import type { Protege } from '../../db/types';
import { panelRequest, type PanelRequest } from '../../utils/storage';

/** A request older than this was not made for this opening of the panel. */
const FRESH_MS = 2 * 60_000;

/**
 * Answers a reminder's click (features/reminders): the background asks for a protégé's brief
 * and opens the panel, or a tab with it where the panel cannot open. Whether this page was
 * open already or opens for it, it takes the request once the protégés are known, clears it,
 * and calls `open` with the protégé.
 */
export function usePanelRequest(proteges: readonly Protege[] | undefined, open: (protegeId: string) => void) {
  const [request, setRequest] = useState<PanelRequest | null>(null);
  const taken = useRef<PanelRequest | null>(null);

  useEffect(() => {
    let live = true;
    const stop = panelRequest.watch((next) => {
      if (next) setRequest(next);
    });
    void panelRequest
      .getValue()
      .then((current) => live && current && setRequest(current))
      .catch(() => undefined);
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (!request || !proteges || taken.current === request) return;
    taken.current = request;
    void panelRequest.removeValue().catch(() => undefined);
    const fresh = Math.abs(Date.now() - request.at) < FRESH_MS;
    if (fresh && proteges.some((protege) => protege.id === request.protegeId)) open(request.protegeId);
  }, [request, proteges, open]);
}
