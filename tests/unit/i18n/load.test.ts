// The browser loads one language at a time from its own chunk, collected
// from the locale files on disk; it must hold exactly what the CLI and the
// tests get from resources.ts, and a language loaded later must translate
// in an instance created without it.
import { describe, expect, it } from 'vitest';
import { createI18nWith } from '../../../src/i18n/instance';
import { LANGUAGES } from '../../../src/i18n/languages';
import { ensureLanguage, hasLanguage } from '../../../src/i18n/load';
import { resources } from '../../../src/i18n/resources';

describe('translations loaded per language', () => {
  it.each(LANGUAGES)('%s: the browser bundle equals the static resources', async (lang) => {
    const { default: texts } = await import(`../../../src/i18n/bundles/${lang}.ts`);
    expect(texts).toEqual(resources[lang]);
  });

  it('adds a language to an instance that started without it', async () => {
    const i18n = createI18nWith({ sv: resources.sv }, 'sv');
    expect(hasLanguage(i18n, 'en')).toBe(false);
    await ensureLanguage(i18n, 'en');
    expect(hasLanguage(i18n, 'en')).toBe(true);
    expect(i18n.getFixedT('en')('app.name')).toBe('Jämlikhetskollen');
    expect(i18n.getFixedT('en')('start.heading')).toBe('Carry out an equality assessment');
    expect(i18n.t('start.heading')).toBe('Gör en jämlikhetsbedömning');
  });
});
