/**
 * Before and now per category of one breakdown as a table: the chart's data
 * to read cell by cell, with the change in each category and the difference
 * between the groups before and now where the figures allow it. A figure
 * that was not given says so in words.
 */
import { useTranslation } from 'react-i18next';
import type { GapChange } from '../../assessment/after/compute';
import { formatNumber } from '../../i18n/result-params';
import { languageOf } from './follow-up-texts';

interface Props {
  change: GapChange;
  caption: string;
}

export function BeforeAfterTable({ change, caption }: Props) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const figure = (v: number | null, signed = false) =>
    v === null ? t('followUp.result.noFigure') : `${signed && v > 0 ? '+' : ''}${formatNumber(lang, v)}`;
  return (
    // A region of its own that scrolls sideways on a narrow screen, instead of the page.
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="result-table before-after-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followUp.table.category')}</th>
            <th scope="col">{t('followUp.table.before')}</th>
            <th scope="col">{t('followUp.table.now')}</th>
            <th scope="col">{t('followUp.table.change')}</th>
          </tr>
        </thead>
        <tbody>
          {change.rows.map((r, i) => (
            <tr key={`${r.category}-${i}`}>
              <th scope="row">{r.category}</th>
              <td>{figure(r.baseline)}</td>
              <td>{figure(r.now)}</td>
              <td>{figure(r.change, true)}</td>
            </tr>
          ))}
        </tbody>
        {change.gapBefore !== null && change.gapNow !== null && (
          <tfoot>
            <tr>
              <th scope="row">{t('followUp.table.gap')}</th>
              <td>{figure(change.gapBefore)}</td>
              <td>{figure(change.gapNow)}</td>
              <td>{figure(Math.round((change.gapNow - change.gapBefore) * 1e9) / 1e9, true)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}
