// The report model speaks to the committee about the report itself: no
// heading or line of the results page that names the results page's own
// sections ("Problem att åtgärda"), and the check's open gaps point at the
// report's section of gaps, in both languages.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/resources';
import { COMPLETE } from './fixtures';
import { modelOf } from './model';

describe.each(LANGUAGES)('%s', (lang) => {
  const { t } = createI18n(lang);
  const fixture = COMPLETE.find((f) => f.name === 'digital-first')!;
  const model = modelOf(fixture, 'unique', lang);
  const text = JSON.stringify(model.sections);

  it('never names the results page’s headings', () => {
    for (const key of ['results.findingsHeading', 'results.suggestionsHeading', 'results.reasonsHeading']) expect(text).not.toContain(t(key));
  });

  it('points the check’s open gaps at the report’s own section of gaps', () => {
    const check = JSON.stringify(model.sections.find((s) => s.id === 'check'));
    const findings = model.sections.find((s) => s.id === 'findings')!;
    expect(findings.title).toBe(t('report.sections.findings'));
    expect(check).toContain(lang === 'sv' ? `”${findings.title}”` : `“${findings.title}”`);
  });
});
