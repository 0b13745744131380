/**
 * The glossary page (`#/glossary`, or `#/glossary/<termId>` to land on one
 * term): every term with its plain-language definition, in alphabetical
 * order of the active language, each term with an anchor id. Loaded only
 * when opened.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Glossary } from '../../questionnaire/glossary';

/** The DOM id of a term on the glossary page. */
export const termAnchor = (id: string) => `term-${id}`;

export default function GlossaryPage({ glossary, term }: { glossary: Glossary; term?: string }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const lang = i18n.language;
  const terms = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return glossary.terms
      .map((x) => ({ id: x.id, name: t(`content:glossary.${x.id}.term`), definition: t(`content:glossary.${x.id}.definition`) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [glossary, lang, t]);

  useEffect(() => {
    document.title = `${t('glossary.heading')} – ${t('app.name')}`;
  }, [t]);

  // Focus the chosen term, or the heading, when the page opens (WCAG 2.4.3).
  useEffect(() => {
    const target = term ? document.getElementById(termAnchor(term)) : null;
    (target ?? heading.current)?.focus();
  }, [term]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('glossary.heading')}
      </h1>
      <p className="lead">{t('glossary.intro')}</p>
      <dl className="glossary">
        {terms.map((x) => (
          <div key={x.id} className="glossary__entry">
            <dt id={termAnchor(x.id)} tabIndex={-1}>
              {x.name}
            </dt>
            <dd>{x.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
