/** The measures each workshop group proposed, side by side: their own words, never counted as differing. */
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../assessment/comparison';

export function MeasuresList({ comparison: c }: { comparison: Comparison }) {
  const { t } = useTranslation();
  return (
    <div className="compare__measures" data-testid="compare-measures">
      {c.columns.map((name, i) => {
        const measures = c.parts.measures[i] ?? [];
        return (
          <div key={i} className="compare__measure-group">
            <h3>{name}</h3>
            {measures.length === 0 ? (
              <p>{t('compare.noMeasures')}</p>
            ) : (
              <ul>
                {measures.map((m) => (
                  <li key={m.id}>
                    {m.what}
                    {m.addresses.length > 0 && <span className="hint"> ({t('compare.addresses', { groups: m.addresses.join(', ') })})</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
