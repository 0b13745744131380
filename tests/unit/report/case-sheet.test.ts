// @vitest-environment node
// The case sheet of each worked example, in both languages, rendered with
// the real fonts and texts and read back with poppler: one or two A4 pages,
// the case's title first, the proposal (or service) in the example's own
// words, the group's name line, and none of the example's analysis.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseQuestionIds } from '../../../src/assessment/case';
import { EXAMPLE_IDS } from '../../../src/assessment/examples';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { renderCaseSheetPdf } from '../../../src/report/case-sheet/node';
import { otherLanguageLeaks } from '../../fixtures/leaks';
import { readPdf, recordingT, type ReadBack } from './read-pdf';
import { normalise } from './render';

const SLOW = 120_000;
const EXAMPLES = resolve(import.meta.dirname, '../../../questionnaires/examples');

describe.each(EXAMPLE_IDS.flatMap((id) => LANGUAGES.map((lang) => [id, lang] as const)))('case sheet %s (%s)', (id, lang: Language) => {
  const i18n = createI18n(lang);
  const { t, missing } = recordingT(i18n);
  const example = JSON.parse(readFileSync(resolve(EXAMPLES, `${id}.${lang}.json`), 'utf8')) as { questionnaire: { id: string }; answers: Answers };
  const file = questionnaires.find((q) => q.id === example.questionnaire.id)!;
  let once: Promise<ReadBack> | undefined;
  const sheet = () => (once ??= renderCaseSheetPdf({ file, framework, answers: example.answers, t, lang }).then((bytes) => readPdf(bytes, `case-sheet-${id}-${lang}`)));
  const texts = (ids: string[]) => ids.map((q) => example.answers[q]).filter((v): v is string => typeof v === 'string' && v.length > 40);

  it('is one or two pages, with only existing texts', async () => {
    const { pages } = await sheet();
    expect(missing).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("has the group's name line, then the case's title, and every long text of the case", async () => {
    const { text } = await sheet();
    const title = caseQuestionIds(file).map((q) => example.answers[q]).find((v) => typeof v === 'string')!;
    // The running header names the case too: the body's title is the one after the name line.
    const name = text.indexOf(normalise(i18n.t('caseSheet.groupName')));
    expect(name).toBeGreaterThan(-1);
    expect(text.indexOf(normalise(String(title)), name)).toBeGreaterThan(name);
    const long = texts(caseQuestionIds(file));
    expect(long.length).toBeGreaterThan(1);
    // The opening of each paragraph (a whole long text may break across lines and pages).
    expect(long.map((v) => normalise(v.split(/\n\s*\n/)[0]!).slice(0, 50)).filter((v) => !text.includes(v))).toEqual([]);
  });

  it("leaves out the example's analysis", async () => {
    const { text } = await sheet();
    const analysis = texts(Object.keys(example.answers).filter((q) => !caseQuestionIds(file).includes(q)));
    expect(analysis.length).toBeGreaterThan(3);
    expect(analysis.filter((v) => text.includes(normalise(v).slice(0, 50)))).toEqual([]);
  });

  it('has no text of the other language', async () => {
    expect(otherLanguageLeaks((await sheet()).raw, lang)).toEqual([]);
  });
}, SLOW);
