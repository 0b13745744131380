/** The register's filters: words in the name, the type (questionnaire), and what is due. */
import { useId } from 'react';
import type { DueFilter, RegisterFilter } from './register-model';
import type { Translate } from './register-texts';

const DUE_KEYS: Record<DueFilter, string> = {
  all: 'register.filter.dueAll',
  overdue: 'register.filter.dueOverdue',
  soon: 'register.filter.dueSoon',
};

interface Props {
  filter: RegisterFilter;
  /** The questionnaires some line uses, with their titles. */
  questionnaires: readonly { id: string; title: string }[];
  onChange: (filter: RegisterFilter) => void;
  t: Translate;
}

export function RegisterFilters({ filter, questionnaires, onChange, t }: Props) {
  const id = useId();
  return (
    <fieldset className="register-filters">
      <legend>{t('register.filter.heading')}</legend>
      <div className="field">
        <label htmlFor={`${id}-text`} className="label">
          {t('register.filter.text')}
        </label>
        <input id={`${id}-text`} type="search" value={filter.text} onChange={(e) => onChange({ ...filter, text: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-questionnaire`} className="label">
          {t('register.filter.questionnaire')}
        </label>
        <select id={`${id}-questionnaire`} value={filter.questionnaire} onChange={(e) => onChange({ ...filter, questionnaire: e.target.value })}>
          <option value="">{t('register.filter.allQuestionnaires')}</option>
          {questionnaires.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`} className="label">
          {t('register.filter.due')}
        </label>
        <select id={`${id}-due`} value={filter.due} onChange={(e) => onChange({ ...filter, due: e.target.value as DueFilter })}>
          {(Object.keys(DUE_KEYS) as DueFilter[]).map((due) => (
            <option key={due} value={due}>
              {t(DUE_KEYS[due])}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
