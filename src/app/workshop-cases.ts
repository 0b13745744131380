/**
 * The worked examples a workshop can run, with the questionnaire each
 * answers and its title in the language on screen: read from the examples'
 * own files (each names its questionnaire), so nothing here says which.
 */
import { useEffect, useState } from 'react';
import { taggedAnswer } from '../assessment/assessment';
import { EXAMPLE_IDS } from '../assessment/examples';
import type { Language } from '../i18n/languages';
import type { CaseOption } from '../ui/workshop/workshop-setup';
import { loadExample } from './examples';
import { questionnaireFor } from './questionnaire-for';

async function loadCases(lang: Language): Promise<CaseOption[]> {
  const loaded = await Promise.all(EXAMPLE_IDS.map(async (id) => ({ id, parsed: await loadExample(id, lang) })));
  return loaded.flatMap(({ id, parsed }) => {
    if (!parsed.ok) return [];
    const file = questionnaireFor(parsed.value);
    const title = file && taggedAnswer(file, parsed.value.answers, 'meta-title');
    return file && typeof title === 'string' ? [{ id, questionnaire: file.id, title }] : [];
  });
}

/** The cases, or undefined while they load. */
export function useWorkshopCases(lang: Language): CaseOption[] | undefined {
  const [cases, setCases] = useState<{ lang: Language; list: CaseOption[] }>();
  useEffect(() => {
    let alive = true;
    void loadCases(lang).then((list) => alive && setCases({ lang, list }));
    return () => {
      alive = false;
    };
  }, [lang]);
  return cases?.lang === lang ? cases.list : undefined;
}
