import { useId, useState } from 'react';
import { ErrorText } from '../../components/ErrorText';
import { describeError } from '../../utils/error-message';
import { openProgrammeReview } from '../../utils/open-review';
import { CoordinatorCsv } from './CoordinatorCsv';

/** Opens the programme review page, and exports the coordinator's CSV. */
export function ProgrammeReviewSection() {
  const id = useId();
  const [error, setError] = useState('');
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Programme review</h2>
      <p>
        How the mentoring went over a period, for one protégé or all: sessions, change stages, goals, action items and
        thanks, with charts and a short summary you can print.
      </p>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            setError('');
            openProgrammeReview().catch((caught: unknown) => setError(describeError(caught)));
          }}
        >
          Programme review
        </button>
      </div>
      <ErrorText message={error} />
      <CoordinatorCsv />
    </section>
  );
}
