/**
 * The register page's content: what is due next, the filters, the count of
 * lines shown (announced politely as it changes) and the table. Pure UI: the
 * lines, today's date and what it needs of the questionnaires come in as
 * props; sorting and filtering are this view's own state.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';
import type { RegisterLine } from '../../sync/register';
import { DueNext } from './due-next';
import { RegisterFilters } from './register-filters';
import { filterLines, NO_FILTER, sortLines, type Column, type RegisterFilter, type Sort } from './register-model';
import { RegisterTable } from './register-table';
import { cellText, type LineTexts, type RegisterQuestionnaire, type Translate } from './register-texts';
import './register.css';

interface Props {
  lines: readonly RegisterLine[];
  /** YYYY-MM-DD, the reader's own date: what is overdue is judged by it. */
  today: string;
  questionnaires: readonly RegisterQuestionnaire[];
}

/** What is due first, as the register is read most often. */
const FIRST_SORT: Sort = { column: 'next', direction: 'ascending' };

export function RegisterView({ lines, today, questionnaires }: Props) {
  const { t: translate, i18n } = useTranslation();
  const t = translate as Translate;
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const [filter, setFilter] = useState<RegisterFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>(FIRST_SORT);
  const ctx: LineTexts = { t, lang, today, questionnaires };

  const shown = sortLines(filterLines(lines, filter, today), sort, (line, column) => cellText(ctx, line, column), lang);
  const used = [...new Set(lines.map((l) => l.questionnaire.id))].map((id) => ({ id, title: cellText(ctx, lines.find((l) => l.questionnaire.id === id)!, 'questionnaire') }));
  const onSort = (column: Column) =>
    setSort((now) => (now.column === column ? { column, direction: now.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: 'ascending' }));

  const count =
    shown.length === lines.length ? t('register.shownAll', { count: lines.length }) : t('register.shownSome', { count: shown.length, total: lines.length });
  return (
    <div className="register">
      <DueNext lines={lines} ctx={ctx} />
      {lines.length === 0 ? (
        <p>{t('register.empty')}</p>
      ) : (
        <>
          <RegisterFilters filter={filter} questionnaires={used} onChange={setFilter} t={t} />
          <p className="register__count" aria-live="polite">
            {count}
          </p>
          {shown.length === 0 ? <p>{t('register.noMatch')}</p> : <RegisterTable lines={shown} sort={sort} onSort={onSort} ctx={ctx} />}
        </>
      )}
    </div>
  );
}
