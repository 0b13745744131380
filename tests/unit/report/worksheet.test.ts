// @vitest-environment node
// The blank worksheet of each questionnaire, in both languages, rendered
// with the real fonts and texts and read back with pdftotext: every step
// heading in order, every question's label and hint, every option, the
// blank blocks of the repeatable groups, the per-group template, each
// criterion of the recommendation check with its rating boxes' labels, the
// provenance note, and nothing of the other language.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { subjectContext } from '../../../src/i18n/subject';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { QuestionnaireFile } from '../../../src/questionnaire/schema';
import { allQuestions, staticOptions } from '../../../src/questionnaire/walk';
import { renderWorksheetPdf } from '../../../src/report/worksheet/node';
import { otherLanguageLeaks } from '../../fixtures/leaks';
import { missingInOrder } from './expect';
import { readPdf, recordingT, type ReadBack } from './read-pdf';
import { normalise } from './render';

const SLOW = 120_000;
const absent = (text: string, wanted: string[]) => [...new Set(wanted)].filter((w) => !text.includes(normalise(w)));

describe.each(questionnaires.flatMap((file) => LANGUAGES.map((lang) => [file.id, lang, file] as const)))('worksheet %s (%s)', (id, lang: Language, file: QuestionnaireFile) => {
  const i18n = createI18n(lang);
  const { t, missing } = recordingT(i18n);
  let once: Promise<ReadBack> | undefined;
  const sheet = () => (once ??= renderWorksheetPdf({ file, framework, t, exists: (key) => i18n.exists(key), lang }).then((bytes) => readPdf(bytes, `worksheet-${id}-${lang}`)));
  // An audit's sheet reads the audit's wording where there is one (`<key>_service`).
  const context = subjectContext(file);
  const c = (key: string) => i18n.t(`content:${key}`, { context });

  it('uses only existing texts', async () => {
    await sheet();
    expect(missing).toEqual([]);
  });

  it('has every step heading, in order, after the cover', async () => {
    const { text, pages } = await sheet();
    const headings = file.steps.map((s, i) => i18n.t('worksheet.stepHeading', { number: i + 1, total: file.steps.length, title: c(`steps.${s.id}.title`) }));
    expect(missingInOrder(text, [i18n.t('worksheet.kicker'), ...headings].map(normalise))).toEqual([]);
    expect(pages).toBeGreaterThan(file.steps.length);
  });

  it("has every question's label and hint, and every option to tick", async () => {
    const { text } = await sheet();
    const located = allQuestions(file);
    expect(located.length).toBeGreaterThan(20);
    expect(absent(text, located.map((l) => c(`questions.${l.question.id}.label`)))).toEqual([]);
    const hints = located.map((l) => `questions.${l.question.id}.hint`).filter((key) => i18n.exists(`content:${key}`, { context }));
    expect(hints.length).toBeGreaterThan(10);
    expect(absent(text, hints.map(c))).toEqual([]);
    const options = located.flatMap((l) => {
      const source = 'options' in l.question ? l.question.options : undefined;
      const prefix = typeof source === 'string' ? `optionSets.${source}` : `options.${l.question.id}`;
      return (staticOptions(file, l.question) ?? []).map((o) => c(`${prefix}.${o.id}`));
    });
    expect(absent(text, options)).toEqual([]);
  });

  it('gives each repeatable group three blank blocks and each per-item step a template per group', async () => {
    const { text } = await sheet();
    for (const n of [1, 2, 3]) expect(text).toContain(i18n.t('worksheet.itemNumber', { number: n }));
    for (const step of file.steps.filter((s) => s.kind === 'per-item')) {
      expect(text).toContain(normalise(i18n.t('worksheet.perItem', { group: c(`questions.${step.of}.label`), count: 2 })));
    }
  });

  it('lists each criterion of the recommendation check with the rating to tick and room to justify', async () => {
    const { text } = await sheet();
    const criteria = framework.recommendations.flatMap((r) => r.criteria.map((cr) => c(`criteria.${cr.id}.label`)));
    expect(criteria).toHaveLength(25);
    expect(absent(text, criteria)).toEqual([]);
    expect(absent(text, framework.recommendations.map((r) => c(`recommendations.${r.id}.title`)))).toEqual([]);
    const scale = file.steps.find((s) => s.kind === 'recommendation-check');
    const ratings = scale?.kind === 'recommendation-check' ? file.optionSets[scale.scale]!.map((o) => c(`optionSets.${scale.scale}.${o.id}`)) : [];
    expect(ratings.length).toBeGreaterThan(2);
    expect(absent(text, [...ratings, i18n.t('answers.justification')])).toEqual([]);
  });

  it('says where the model comes from and that the 23 official actions were not available', async () => {
    const { text } = await sheet();
    expect(text).toContain(normalise(i18n.t('worksheet.provenance')));
    expect(i18n.t('worksheet.provenance')).toContain('23');
  });

  it('has no text of the other language', async () => {
    expect(otherLanguageLeaks((await sheet()).raw, lang)).toEqual([]);
  });
}, SLOW);
