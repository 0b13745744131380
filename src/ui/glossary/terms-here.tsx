/**
 * The glossary terms a question or step uses, explained in place: a
 * disclosure ("Ord i frågan: …") that opens to each term and its
 * plain-language definition. Nothing is shown where no term is used.
 */
import { useTranslation } from 'react-i18next';

export function TermsHere({ ids, scope }: { ids: string[] | undefined; scope: 'question' | 'step' }) {
  const { t } = useTranslation();
  if (!ids?.length) return null;
  const names = ids.map((id) => t(`content:glossary.${id}.term`));
  return (
    <details className="terms">
      <summary>
        {t(scope === 'step' ? 'glossary.inStep' : 'glossary.inQuestion')}: {names.join(', ')}
      </summary>
      <dl>
        {ids.map((id, i) => (
          <div key={id}>
            <dt>{names[i]}</dt>
            <dd>{t(`content:glossary.${id}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
