/**
 * Starting a round of peer review: the reviewer gives their name and role,
 * which the sign-off and the report's cover then carry.
 */
import { useEffect, useRef, useState } from 'react';
import { useSubjectTranslation } from '../subject';
import type { Person } from '../../assessment/after/review';
import { ErrorSummary } from '../wizard/error-summary';

const NAME = 'peer-review-start-name';
const ROLE = 'peer-review-start-role';

export function ReviewStart({ onStart, saving, again }: { onStart: (reviewer: Person) => void; saving: boolean; /** A round after a resubmission. */ again: boolean }) {
  const { t } = useSubjectTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [missing, setMissing] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (missing) summary.current?.focus();
  }, [missing]);
  const invalid = missing > 0 && !name.trim();
  return (
    <form
      className="peer-review-start"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) setMissing((n) => n + 1);
        else onStart({ name, role });
      }}
    >
      <ErrorSummary ref={summary} errors={invalid ? [{ href: `#${NAME}`, text: t('peerReview.errors.nameRequired') }] : []} />
      <h2>{t(again ? 'peerReview.start.headingAgain' : 'peerReview.start.heading')}</h2>
      <p>{t('peerReview.start.intro')}</p>
      <div className={`field${invalid ? ' field--error' : ''}`}>
        <label htmlFor={NAME} className="label">
          {t('peerReview.signOff.name')}
        </label>
        {invalid && (
          <p id={`${NAME}-error`} className="error-message">
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {t('peerReview.errors.nameRequired')}
          </p>
        )}
        <input id={NAME} type="text" autoComplete="name" value={name} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${NAME}-error` : undefined} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ROLE} className="label">
          {t('peerReview.signOff.role')}
          <span className="optional"> {t('peerReview.optional')}</span>
        </label>
        <input id={ROLE} type="text" autoComplete="organization-title" value={role} onChange={(e) => setRole(e.target.value)} />
      </div>
      <button type="submit" className="button--primary" disabled={saving}>
        {t('peerReview.start.submit')}
      </button>
    </form>
  );
}
