import { useEffect, useState } from 'react';
import { TipCard } from '../../components/TipCard';
import { useCoachingContext } from '../../components/use-coaching-context';
import { nextTip, rankInputFor, rankTips, type RankInput, type RankedTip } from '../../content/rank-tips';
import type { Protege } from '../../db/types';
import { lastPopupTip } from '../../utils/storage';

/** One tip that fits the protégé now (in a session or preparing for one), and a "Next tip" button. */
export function PopupTip({ protege }: { protege: Protege }) {
  const context = useCoachingContext(protege.id);
  const [shown, setShown] = useState<RankedTip | null>();
  // Another protégé gets a tip chosen for them. Reset while rendering, not in an effect, so the
  // last protégé's tip is never drawn under the new name.
  const [shownFor, setShownFor] = useState(protege.id);
  if (shownFor !== protege.id) {
    setShownFor(protege.id);
    setShown(undefined);
  }

  const input: RankInput | undefined =
    context && rankInputFor(protege, context.stage, context.feedback, context.inSession ? 'in-session' : 'prepare');

  // The first tip avoids the one shown last time, so each opening brings something new.
  useEffect(() => {
    if (!input || shown !== undefined) return;
    let live = true;
    void lastPopupTip.getValue().then((last) => {
      if (!live) return;
      const recentlyShown = last?.protegeId === protege.id ? [last.tipId] : [];
      const first = rankTips({ ...input, recentlyShown, limit: 1 })[0] ?? null;
      setShown(first);
      if (first) void lastPopupTip.setValue({ protegeId: protege.id, tipId: first.tip.id });
    });
    return () => {
      live = false;
    };
  });

  if (!input || shown === undefined) return null;
  if (shown === null) return null;

  function next() {
    if (!input || !shown) return;
    const following = nextTip(input, shown.tip.id);
    if (!following) return;
    setShown(following);
    void lastPopupTip.setValue({ protegeId: protege.id, tipId: following.tip.id });
  }

  return (
    <section className="popup-tip" aria-label="Tip">
      <TipCard ranked={shown}>
        <button type="button" className="secondary" onClick={next}>
          Next tip
        </button>
      </TipCard>
    </section>
  );
}
