import type { ReactNode } from 'react';
import { explainTip, type RankedTip } from '../content/rank-tips';

interface Props {
  ranked: RankedTip;
  headingLevel?: 'h3' | 'h4';
  children?: ReactNode;
}

/** One tip: what to do, and why it was chosen for this protégé. */
export function TipCard({ ranked, headingLevel: Heading = 'h3', children }: Props) {
  const { tip } = ranked;
  return (
    <article className="tip-card" aria-labelledby={`tip-${tip.id}`}>
      <Heading id={`tip-${tip.id}`} className="tip-title">
        {tip.title}
      </Heading>
      <p className="tip-body">{tip.body}</p>
      {tip.say && (
        <p className="tip-say">
          <span className="visually-hidden">You could say: </span>
          <q>{tip.say}</q>
        </p>
      )}
      {tip.check && <p className="tip-check">{tip.check}</p>}
      <p className="tip-why">
        <span className="visually-hidden">Why this tip: </span>
        {explainTip(ranked)}
      </p>
      {children}
    </article>
  );
}
