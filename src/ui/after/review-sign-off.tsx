/**
 * The reviewer's sign-off that ends a round of peer review: name, role,
 * date, and the outcome ("godkänd" or "åter för komplettering").
 */
import { useSubjectTranslation } from '../subject';
import { SIGN_OFF_OUTCOMES } from '../../assessment/after/review';
import { signOffId, type ReviewErrorCode, type SignOffDraft } from './review-values';
import { ERROR_TEXT, SIGN_OFF_FIELD_TEXT, SIGN_OFF_TEXT } from './review-texts';

interface Props {
  value: SignOffDraft;
  onChange: (value: SignOffDraft) => void;
  errors: Partial<Record<keyof SignOffDraft, ReviewErrorCode>>;
}

export function ReviewSignOff({ value, onChange, errors }: Props) {
  const { t } = useSubjectTranslation();
  const error = (field: keyof SignOffDraft) => {
    const code = errors[field];
    return code ? (
      <p id={`${signOffId(field)}-error`} className="error-message">
        <span className="visually-hidden">{t('errors.prefix')} </span>
        {t(ERROR_TEXT[code])}
      </p>
    ) : null;
  };
  const input = (field: 'name' | 'role' | 'date', type: 'text' | 'date' = 'text') => (
    <div className={`field${errors[field] ? ' field--error' : ''}`}>
      <label htmlFor={signOffId(field)} className="label">
        {t(SIGN_OFF_FIELD_TEXT[field])}
        {field === 'role' && <span className="optional"> {t('peerReview.optional')}</span>}
      </label>
      {error(field)}
      <input
        id={signOffId(field)}
        type={type}
        className={type === 'date' ? 'input--date' : undefined}
        autoComplete={field === 'name' ? 'name' : field === 'role' ? 'organization-title' : 'off'}
        value={value[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${signOffId(field)}-error` : undefined}
        onChange={(e) => onChange({ ...value, [field]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="peer-review-sign-off">
      <legend>
        <h2>{t('peerReview.signOff.heading')}</h2>
      </legend>
      <p className="hint">{t('peerReview.signOff.intro')}</p>
      {input('name')}
      {input('role')}
      {input('date', 'date')}
      <fieldset
        className={`field choice${errors.outcome ? ' field--error' : ''}`}
        id={signOffId('outcome')}
        tabIndex={-1}
        aria-describedby={errors.outcome ? `${signOffId('outcome')}-error` : undefined}
      >
        <legend className="label">{t('peerReview.signOff.outcome')}</legend>
        {error('outcome')}
        <div className="choice__options">
          {SIGN_OFF_OUTCOMES.map((o) => (
            <div className="choice__option" key={o}>
              <input
                type="radio"
                id={`${signOffId('outcome')}-${o}`}
                name={signOffId('outcome')}
                value={o}
                checked={value.outcome === o}
                onChange={() => onChange({ ...value, outcome: o })}
              />
              <label htmlFor={`${signOffId('outcome')}-${o}`}>{t(SIGN_OFF_TEXT[o])}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
