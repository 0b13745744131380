/**
 * The comparison's three parts: the status of each recommendation per
 * assessment (icon, word and colour, as on the results page), the affected
 * groups with who named which, and the measures each proposed. Real tables
 * with row and column headers, so a screen reader names every cell.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../assessment/comparison';
import { StatusBadge } from '../results/status-badge';

export function StatusTable({ comparison: c }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id} className="compare__part">
      <h2 id={id}>{t('compare.statusesHeading')}</h2>
      <div className="compare__scroll">
        <table className="result-table compare__table" aria-labelledby={id} data-testid="compare-statuses">
          <thead>
            <tr>
              <th scope="col">{t('compare.recommendation')}</th>
              {c.columns.map((name, i) => (
                <th scope="col" key={i}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.recommendations.map((r) => (
              <tr key={r.id} data-recommendation={r.id}>
                <th scope="row">
                  {t('results.recommendationKicker', { number: Number(r.id.slice(1)) })} <q>{t(`content:recommendations.${r.id}.title`)}</q>
                </th>
                {r.statuses.map((status, i) => (
                  <td key={i}>
                    <StatusBadge status={status} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('results.provenance')}</p>
    </section>
  );
}

export function GroupsTable({ comparison: c }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id} className="compare__part">
      <h2 id={id}>{t('compare.groupsHeading')}</h2>
      {c.groups.length === 0 ? (
        <p>{t('compare.noGroups')}</p>
      ) : (
        <>
          <p id={`${id}-intro`}>{t('compare.groupsIntro')}</p>
          <div className="compare__scroll">
            <table className="result-table compare__table" aria-labelledby={id} aria-describedby={`${id}-intro`} data-testid="compare-groups">
              <thead>
                <tr>
                  <th scope="col">{t('compare.group')}</th>
                  {c.columns.map((name, i) => (
                    <th scope="col" key={i}>
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {c.groups.map((g, row) => (
                  <tr key={row}>
                    <th scope="row">{g.name}</th>
                    {g.foundBy.map((found, i) => (
                      <td key={i} className={found ? 'compare__found' : 'compare__missing'}>
                        {found ? t('compare.found') : t('compare.notFound')}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export function MeasuresList({ comparison: c }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id} className="compare__part">
      <h2 id={id}>{t('compare.measuresHeading')}</h2>
      {c.columns.map((name, i) => (
        <div key={i} className="compare__measures">
          <h3>{name}</h3>
          {(c.measures[i] ?? []).length === 0 ? (
            <p>{t('compare.noMeasures')}</p>
          ) : (
            <ul>
              {c.measures[i]!.map((m) => (
                <li key={m.id}>
                  {m.what}
                  {m.addresses.length > 0 && <span className="hint"> ({t('compare.addresses', { groups: m.addresses.join(', ') })})</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
