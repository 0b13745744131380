// @vitest-environment node
// The debrief as a PDF, in both languages, read back with pdftotext: three
// groups of one case (one made a light analysis), columns by group name,
// where they differ listed first, each part's rows with the groups' answers
// in column order and "Differs" where they chose differently, "not part of
// a light analysis" instead of a status, the judgements, the affected groups
// with each rating, every measure; nothing of the other language.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { compareAssessments } from '../../../src/assessment/comparison';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import type { Answers } from '../../../src/questionnaire/answers';
import { renderComparisonPdf } from '../../../src/report/comparison/node';
import { CASES, caseAssessment, framework } from '../../fixtures/cases';
import { cleanAnswers } from '../../fixtures/clean-answers';
import { entry } from '../../fixtures/compare-entries';
import { otherLanguageLeaks } from '../../fixtures/leaks';
import { readPdf, recordingT, type ReadBack } from './read-pdf';
import { normalise } from './render';

const SLOW = 120_000;

function group(id: string, name: string, change: (a: Answers) => Answers = (a) => a): Assessment {
  const base = caseAssessment(CASES[0]!);
  return { ...base, id, name, answers: change(base.answers) };
}
const comparison = compareAssessments(
  [
    entry(group('a', 'Grupp Norr'), 'bibliotek.json'),
    entry(group('b', 'Grupp Syd', (a) => ({ ...a, 'summary.judgement': 'rework', 'children.best-interests': 'no' })), 'bibliotek.json'),
    entry(group('c', 'Grupp Väst', () => ({ ...cleanAnswers('light'), 'summary.judgement': 'proceed' })), 'bibliotek (1).json'),
  ],
  framework,
);

describe.each(LANGUAGES)('comparison (%s)', (lang: Language) => {
  const i18n = createI18n(lang);
  const { t, missing } = recordingT(i18n);
  let once: Promise<ReadBack> | undefined;
  const pdf = () => (once ??= renderComparisonPdf(comparison, t, lang).then((bytes) => readPdf(bytes, `comparison-${lang}`)));
  const differs = i18n.t('compare.differs');
  const option = (key: string) => i18n.t(`content:${key}`);

  it('uses only existing texts', async () => {
    await pdf();
    expect(missing).toEqual([]);
  });

  it('names the columns by group and lists where the groups differ first', async () => {
    const { text } = await pdf();
    expect(text).toContain(normalise(i18n.t('compare.fileLine', { name: 'Grupp Norr', file: 'bibliotek.json' })));
    expect(text).toContain(normalise(i18n.t('compare.fileLine', { name: 'Grupp Väst', file: 'bibliotek (1).json' })));
    expect(text).toContain(normalise(i18n.t('compare.report.summary.judgement', { differ: 1, of: 1 })));
    expect(text).toContain(normalise(i18n.t('compare.report.summary.children', { ...comparison.summary.children })));
    expect(text.indexOf(i18n.t('compare.report.summaryHeading'))).toBeLessThan(text.indexOf(i18n.t('compare.part.recommendations')));
  });

  it("puts the groups' judgements side by side and says they differ", async () => {
    const { text } = await pdf();
    const row = [
      i18n.t('content:questions.summary.judgement.label'),
      differs,
      option('options.summary.judgement.adjust'),
      option('options.summary.judgement.rework'),
      option('options.summary.judgement.proceed'),
    ];
    expect(text).toContain(normalise(row.join(' ')));
  });

  it('shows the children answer of each group, and the screening outcome', async () => {
    const { text } = await pdf();
    const yes = option('optionSets.yes-no-unknown.yes');
    const no = option('optionSets.yes-no-unknown.no');
    expect(text).toContain(normalise([i18n.t('content:questions.children.best-interests.label'), differs, yes, no, yes].join(' ')));
    expect(text).toContain(normalise([i18n.t('content:questions.screening.outcome.label'), differs, option('options.screening.outcome.full'), option('options.screening.outcome.full'), option('options.screening.outcome.light')].join(' ')));
  });

  it('says "not part of a light analysis" where a group never checked the recommendations', async () => {
    const { text } = await pdf();
    const statuses = comparison.parts.recommendations[0]!.cells.slice(0, 2).map((c) => (c.kind === 'status' ? i18n.t(`results.status.${c.status}`) : ''));
    const row = [`${i18n.t('results.recommendationKicker', { number: 1 })} ${i18n.t('content:recommendations.r1.title')}`, ...statuses, i18n.t('compare.notInLight')];
    expect(text).toContain(normalise(row.join(' ')));
    expect(text.split(i18n.t('compare.notInLight')).length - 1).toBe(5);
  });

  it('lists every affected group with each rating, and every measure', async () => {
    const { text } = await pdf();
    for (const r of comparison.parts.affected.rows) expect(text).toContain(r.label);
    expect(text).toContain(normalise(i18n.t('compare.report.rating', { rating: option('options.consequences.rating.negative') })));
    expect(text).toContain(i18n.t('compare.notNamed'));
    for (const m of comparison.parts.measures.flat()) expect(text).toContain(m.what);
  });

  it('has no text of the other language', async () => {
    expect(otherLanguageLeaks((await pdf()).raw, lang)).toEqual([]);
  });
}, SLOW);
