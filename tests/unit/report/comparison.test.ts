// @vitest-environment node
// The comparison of the three workshop cases as a PDF, in both languages,
// read back with pdftotext: each recommendation's row with the three
// statuses evaluate() gave, in column order; every affected group with who
// named it; every measure; the column names; nothing of the other language.
import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../src/assessment/comparison';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { renderComparisonPdf } from '../../../src/report/comparison/node';
import { CASES, framework } from '../../fixtures/cases';
import { caseEntries } from '../../fixtures/compare-entries';
import { otherLanguageLeaks } from '../../fixtures/leaks';
import { readPdf, recordingT, type ReadBack } from './read-pdf';
import { normalise } from './render';

const SLOW = 120_000;
const comparison = compareAssessments(caseEntries(), framework);

describe.each(LANGUAGES)('comparison (%s)', (lang: Language) => {
  const i18n = createI18n(lang);
  const { t, missing } = recordingT(i18n);
  let once: Promise<ReadBack> | undefined;
  const pdf = () => (once ??= renderComparisonPdf(comparison, t, lang).then((bytes) => readPdf(bytes, `comparison-${lang}`)));

  it('uses only existing texts', async () => {
    await pdf();
    expect(missing).toEqual([]);
  });

  it("shows each recommendation's statuses side by side, in the order of the columns", async () => {
    const { text } = await pdf();
    expect(text).toContain(normalise(CASES.map((c) => c.title).join(' ')));
    for (const r of framework.recommendations) {
      const row = [
        `${i18n.t('results.recommendationKicker', { number: r.number })} ${i18n.t(`content:recommendations.${r.id}.title`)}`,
        ...CASES.map((c) => i18n.t(`results.status.${c.statuses[r.id]}`)),
      ];
      expect(text).toContain(normalise(row.join(' ')));
    }
  });

  it('lists every affected group with who named it, and every measure', async () => {
    const { text } = await pdf();
    const found = i18n.t('compare.found');
    const no = i18n.t('compare.notFound');
    expect(text).toContain(`Skolbarn som läxläser ${found} ${no} ${no}`);
    expect(text).toContain(`Personer utan BankID ${no} ${no} ${found}`);
    for (const g of comparison.groups) expect(text).toContain(g.name);
    for (const m of comparison.measures.flat()) expect(text).toContain(m.what);
    expect(text).toContain(normalise(i18n.t('compare.addresses', { groups: 'Skolbarn som läxläser, Nyanlända i språkcaféet' })));
  });

  it('has no text of the other language', async () => {
    expect(otherLanguageLeaks((await pdf()).raw, lang)).toEqual([]);
  });
}, SLOW);
