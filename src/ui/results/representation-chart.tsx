/**
 * Representation in numbers: for each group, its share among the service's
 * users beside its share among those who need the service (or in the
 * population), the ratio of the two, and whether that makes the group
 * under-represented. Drawn as paired horizontal bars, each with its label
 * and value in words, so nothing is said by colour or length alone; an
 * under-represented group is named so in text. A real table with the same
 * figures is the chart's text alternative, and the chart itself has a name
 * that reads every figure.
 *
 * The layout is HTML, so long group names wrap at 320 px and the text grows
 * with the user's font size; only the bars are small SVGs (their widths are
 * attributes, which the Content Security Policy allows where inline styles
 * are not).
 */
import type { RepresentationRow } from '../../assessment/representation';
import { Fold } from './fold';
import { useRepresentationText, type WordedRow } from './representation-text';

interface Props {
  rows: RepresentationRow[];
  threshold?: number;
  /** Folded under its heading (the results page, where it is one of the long parts that follow the summary). */
  folded?: boolean;
}

/** Shown only when there is something to compare: a group with at least one share given. */
export function RepresentationChart({ rows, threshold, folded = false }: Props) {
  const word = useRepresentationText();
  const { t } = word;
  if (!rows.some((r) => r.usersShare !== null || r.needShare !== null)) return null;
  const worded = rows.map(word.row);
  const caption = t('results.representation.caption');
  const heading = t('results.representation.heading');
  const intro = t('results.representation.intro');

  const body = (
    <>
      {/* One name that reads every figure; the table below says the same in rows and columns. */}
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role */}
      <div role="img" className="representation" aria-label={t('results.representation.chartLabel', { list: worded.map((w) => w.summary).join('; ') })}>
        {worded.map((row) => (
          <Group key={row.groupId} row={row} />
        ))}
      </div>
      <details className="result-table-toggle">
        <summary>{t('results.representation.showTable')}</summary>
        <section className="table-scroll" aria-label={caption} tabIndex={0}>
          <table className="result-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.representation.groupColumn')}</th>
                <th scope="col">{t('results.representation.usersColumn')}</th>
                <th scope="col">{t('results.representation.needColumn')}</th>
                <th scope="col">{t('results.representation.ratioColumn')}</th>
                <th scope="col">{t('results.representation.underColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {worded.map((row) => (
                <tr key={row.groupId}>
                  <th scope="row">{row.title}</th>
                  <td>{row.users}</td>
                  <td>{row.needWithBasis}</td>
                  <td>{row.ratio}</td>
                  <td>{row.underAnswer}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </>
  );
  if (folded) {
    return (
      <Fold headingId="result-representation" heading={heading} summary={intro} what={t('results.fold.representation')}>
        {threshold !== undefined && <p>{t('results.representation.threshold', { threshold })}</p>}
        {body}
      </Fold>
    );
  }
  return (
    <section className="result-section" aria-labelledby="result-representation">
      <h2 id="result-representation">{heading}</h2>
      <p>{intro}</p>
      {threshold !== undefined && <p>{t('results.representation.threshold', { threshold })}</p>}
      {body}
    </section>
  );
}

function Group({ row }: { row: WordedRow }) {
  return (
    <div className={`representation__group${row.under ? ' representation__group--under' : ''}`}>
      <p className="representation__title">{row.title}</p>
      <Bar label={row.usersLabel} share={row.usersShare} value={row.users} kind="users" />
      <Bar label={row.needLabel} share={row.needShare} value={row.need} kind="need" />
      <p className="representation__ratio">
        {row.ratioLine}
        {row.under && (
          <>
            {' '}
            <strong className="representation__under">{row.underLine}</strong>
          </>
        )}
      </p>
    </div>
  );
}

function Bar({ label, share, value, kind }: { label: string; share: number | null; value: string; kind: 'users' | 'need' }) {
  const width = share === null ? 0 : Math.min(100, Math.max(0, share));
  return (
    <div className="representation__bar-row">
      <span className="representation__label">{label}</span>
      <svg className="representation__track" width="100%" height="16" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width="100%" height="16" className="representation__track-fill" />
        {width > 0 && <rect x="0" y="0" width={`${width}%`} height="16" className={`representation__bar representation__bar--${kind}`} />}
      </svg>
      <span className="representation__value">{value}</span>
    </div>
  );
}
