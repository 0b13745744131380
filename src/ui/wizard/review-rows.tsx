/**
 * The answers of one part of the review page, as a description list: each
 * question with its answer ("Inte besvarad" when it has none), and the items
 * of a repeatable group each under its own title. An item the user did not
 * name is called by the content's noun ("Grupp 2", "Åtgärd 3"), as in the
 * step itself. The step's change button sits with the step's heading, not
 * on every row.
 */
import { useTranslation } from 'react-i18next';
import type { Row } from '../../assessment/answer-list';
import { useItemTitle } from '../fields/item-title';
import { useAnswerText } from './answer-text';

export function ReviewRows({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const text = useAnswerText();
  const itemTitle = useItemTitle();
  return (
    <dl className="answers">
      {rows.map((row) => {
        if (row.kind === 'heading') {
          return (
            <div key={row.id} className="answers__heading">
              <dt>{text(row.label)}</dt>
            </div>
          );
        }
        if (row.kind === 'group') {
          return (
            <div key={row.id} className="answers__row">
              <dt>{text(row.label)}</dt>
              <dd>
                {row.items.length === 0 && <p>{t('answers.notAnswered')}</p>}
                {row.items.map((item, i) => (
                  <div key={item.id} className="answers__item">
                    <p className="answers__item-title">{itemTitle(row.id, i, item.title)}</p>
                    <ReviewRows rows={item.rows} />
                  </div>
                ))}
              </dd>
            </div>
          );
        }
        return (
          <div key={row.id} className="answers__row">
            <dt>{text(row.label)}</dt>
            <dd className="answers__value">
              {row.value.length === 0 ? (
                <span className="answers__empty">{t('answers.notAnswered')}</span>
              ) : row.value.length === 1 ? (
                text(row.value[0]!, row.type)
              ) : (
                <ul>
                  {row.value.map((v, i) => (
                    <li key={i}>{text(v, row.type)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
