/**
 * A folded item of a repeatable group: its title, whether it is complete, its
 * first two answers, and a button that opens it again. The
 * item's buttons to move or remove it come from the group (`children`).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { numberText } from '../../assessment/answer-list';
import { parseNumber } from '../../questionnaire/answers';
import type { FieldQuestion, GroupQuestion } from '../../questionnaire/schema';
import { longDate } from '../../i18n/dates';
import type { Language } from '../../i18n/resources';
import { encode } from '../form/form-values';
import { filled, itemState, type ItemValues } from './item-state';
import { useStep } from './step-context';
import { useQuestionTexts } from './texts';

/**
 * Enough answers to tell items apart at a glance (with the title, which is
 * the item's name), few enough to keep a list of ten items short.
 */
const SHOWN_ANSWERS = 2;

// The words and mark of each state, written out so each text key can be found in the source.
const STATES = {
  complete: { key: 'wizard.groupItem.complete', mark: '✓' },
  partial: { key: 'wizard.groupItem.partial', mark: '○' },
  missing: { key: 'wizard.groupItem.missing', mark: '!' },
} as const;

export interface GroupSummaryProps {
  question: GroupQuestion;
  values: ItemValues;
  title: string;
  /** A DOM id for the folded item. */
  id: string;
  onEdit: () => void;
  children?: ReactNode;
}

export function GroupSummary({ question, values, title, id, onEdit, children }: GroupSummaryProps) {
  const { t, i18n } = useTranslation();
  const answerText = useAnswerText();
  const { texts } = useQuestionTexts();
  const { answered, total, state } = itemState(question, values);
  const shown = question.fields.filter((f) => f.id !== question.itemLabel && filled(values?.[encode(f.id)])).slice(0, SHOWN_ANSWERS);
  const short = (f: FieldQuestion) =>
    i18n.exists(`content:questions.${f.id}.short`) ? t(`content:questions.${f.id}.short`) : texts(f).label;
  return (
    <fieldset className={`group__summary group__summary--${state}`} id={id}>
      <legend className="group__summary-title">{title}</legend>
      <p className="group__summary-state">
        <span aria-hidden="true" className="group__summary-mark">
          {STATES[state].mark}
        </span>{' '}
        {t(STATES[state].key, { answered, total })}
      </p>
      {shown.length > 0 && (
        <dl className="group__summary-answers">
          {shown.map((f) => (
            <div key={f.id}>
              <dt>{short(f)}</dt>
              <dd>{answerText(f, values?.[encode(f.id)])}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="group__actions">
        <button type="button" className="button--secondary" onClick={onEdit}>
          {t('wizard.groupItem.edit')}
          <span className="visually-hidden">: {title}</span>
        </button>
        {children}
      </div>
    </fieldset>
  );
}

/** An answer of a folded item in a few words: the option's name, the user's text, a number or date in the reader's style. */
function useAnswerText() {
  const { i18n } = useTranslation();
  const { file, answers } = useStep();
  const { options } = useQuestionTexts();
  const lang = i18n.language as Language;
  return (f: FieldQuestion, value: unknown): string => {
    if (f.type === 'single' || f.type === 'scale' || f.type === 'multi') {
      const chosen = new Set(Array.isArray(value) ? value.map(String) : [String(value)]);
      return options(file, f, answers)
        .filter((o) => chosen.has(o.id))
        .map((o) => o.label)
        .join(', ');
    }
    const text = String(value).trim();
    if (f.type === 'number') {
      const n = parseNumber(text);
      return n === null ? text : numberText(lang, n, f.unit);
    }
    if (f.type === 'date') return longDate(text, lang);
    return text;
  };
}
