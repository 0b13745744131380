// The start page as the browser shows it before it answers input: the shell
// and the start page rendered with nothing but the start bundle's texts (the
// first load), the parts that wait for the whole language not yet there.
// Not one text may be missing, in either language, in any state the
// saved list can be in at first (empty, or storage refused); and once the
// whole language is there, the waiting parts appear.
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { i18n } from 'i18next';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { Home } from '../../../src/app/home';
import { markReady } from '../../../src/app/ready';
import { ModelProviders } from '../../../src/app/model-providers';
import { createI18n } from '../../../src/i18n';
import { createI18nWith, type LanguageTexts } from '../../../src/i18n/instance';
import { hasLanguage } from '../../../src/i18n/load';
import { LANGUAGES, type Language } from '../../../src/i18n/languages';
import { frameworkOverview, questionnaireOverviews } from '../../../src/questionnaire/overviews';
import { Shell } from '../../../src/ui/shell/shell';
import { StorageBanner } from '../../../src/ui/shell/storage-banner';

async function startTexts(lang: Language): Promise<LanguageTexts> {
  // A copy: the instance must not extend the module's own object.
  return structuredClone((await import(`../../../src/i18n/bundles/${lang}-start.ts`)).default as LanguageTexts);
}

/** An instance with the start bundle alone, and the texts it was asked for and did not have. */
async function startBundleOnly(lang: Language): Promise<{ i18n: i18n; missing: string[] }> {
  const i18n = createI18nWith({ [lang]: await startTexts(lang) }, lang, [initReactI18next]);
  const missing: string[] = [];
  i18n.on('missingKey', (_lngs, ns, key) => missing.push(`${ns}:${key}`));
  return { i18n, missing };
}

/** Awaited: a part that waits suspends, and React resumes it only after an awaited act. */
async function renderAwaited(ui: ReactElement): Promise<void> {
  await act(async () => {
    render(ui);
  });
}

describe.each(LANGUAGES)('%s: the start page from the start bundle alone', (lang) => {
  it.each([
    ['storage still opening', false],
    ['storage refused (the warning shown)', true],
  ] as const)('%s: no missing text', async (_, refused) => {
    const { i18n, missing } = await startBundleOnly(lang);
    await renderAwaited(

      <I18nextProvider i18n={i18n}>
        <ModelProviders workshopMode={false}>
          <Shell
            statementHref="#/accessibility"
            language={lang}
            onLanguageChange={() => {}}
            contentVersion={frameworkOverview.contentVersion}
            notice={refused && <StorageBanner reason="unavailable" onExport={async () => 0} />}
            workshop={false}
            onWorkshopChange={() => {}}
          >
            <Home questionnaires={questionnaireOverviews} framework={frameworkOverview} repository={undefined} unavailable={refused} onOpen={() => {}} />
          </Shell>
        </ModelProviders>
      </I18nextProvider>,
    );
    const t = i18n.getFixedT(lang);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t('start.heading'));
    // Both ways to start, one button each: what the first screen is for.
    expect(screen.getAllByRole('button', { name: new RegExp(`^(${t('start.begin')}|${t('start.begin_service')})`) })).toHaveLength(questionnaireOverviews.length);
    // The parts that wait are not there yet: the examples, and the folded step lists.
    expect(screen.queryByRole('heading', { level: 2, name: /exempel|example/i })).toBeNull();
    expect(document.querySelector('.step-overview')).toBeNull();
    expect(missing).toEqual([]);
  });
});

describe.each(LANGUAGES)('%s: once the page answers input', (lang) => {
  it('the waiting parts appear from their own texts, without the whole language and without a missing text', async () => {
    const { i18n, missing } = await startBundleOnly(lang);
    await renderAwaited(
      <I18nextProvider i18n={i18n}>
        <Home questionnaires={questionnaireOverviews} framework={frameworkOverview} repository={undefined} unavailable={false} onOpen={() => {}} />
      </I18nextProvider>,
    );
    // (Before the mark they are not there: the tests above. The mark stays set for the rest of the file.)
    markReady();
    // The expected words, from all of the language's texts.
    const t = createI18n(lang).t;
    // Their code loads on demand: in a test that can take a few seconds.
    expect(await screen.findByRole('heading', { level: 2, name: t('examples.heading') }, { timeout: 15_000 })).toBeInTheDocument();
    expect(document.querySelectorAll('.step-overview')).toHaveLength(questionnaireOverviews.length);
    expect(screen.getByRole('heading', { level: 2, name: t('worksheet.heading') })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: t('importFile.heading') })).toBeInTheDocument();
    // The folded lists hold the steps' titles and the five recommendations, in words, not keys.
    expect(document.querySelector('.step-overview li strong')?.textContent).toBe(t('content:steps.basics.title'));
    expect(document.querySelectorAll('.recommendations q')).toHaveLength(frameworkOverview.recommendations.length);
    expect(missing).toEqual([]);
    expect(hasLanguage(i18n, lang)).toBe(false);
  });
});
