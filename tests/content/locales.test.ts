// Locale integrity: Swedish and English have identical key sets, no empty
// strings, no unused keys, no key defined in two files, every id in the
// model has its texts in both, and the five recommendation titles are quoted
// exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framework, glossary, questionnaires, workshop } from '../../src/questionnaire/catalogue';
import { checkTexts, checkTextVariants, contextBase, flattenTexts, frameworkTextKeys, glossaryTextKeys, questionnaireTextKeys, workshopTextKeys } from '../../src/questionnaire/texts';
import { mergeTexts } from '../../src/i18n/texts';
import { contentFiles, LANGUAGES, resources, uiTexts } from '../../src/i18n/resources';
import { EVIDENCE_CODES, FINDING_CODES, REASON_CODES } from '../../src/assessment/codes';
import { SELF_SUPPORT_FACTORS } from '../../src/assessment/facts';
import type { CriterionNote } from '../../src/assessment/result';
import { LAWFULNESS_TESTS } from '../../src/assessment/rules/lawfulness';
import { OPTION_TAGS } from '../../src/questionnaire/tags';
import { COMMITTEE_TITLES } from '../../src/report/wording';

const NOTES: CriterionNote[] = ['claimed-not-shown', 'justification-missing', 'dont-know', 'not-relevant-unjustified', 'not-relevant-contradicted', 'not-answered'];

const ROOT = resolve(import.meta.dirname, '../..');
const content = Object.fromEntries(LANGUAGES.map((l) => [l, flattenTexts(resources[l].content)]));
const ui = Object.fromEntries(LANGUAGES.map((l) => [l, flattenTexts(uiTexts[l])]));
const modelKeys = [
  ...frameworkTextKeys(framework),
  ...questionnaires.flatMap(questionnaireTextKeys),
  ...glossaryTextKeys(glossary),
  ...workshopTextKeys(workshop),
];

describe('locales', () => {
  it('every locale file on disk is one the app loads', () => {
    for (const lang of LANGUAGES) {
      const onDisk = readdirSync(join(ROOT, 'locales', lang, 'content')).map((f) => f.replace(/\.json$/, ''));
      expect(onDisk.sort()).toEqual(Object.keys(contentFiles[lang]).sort());
    }
  });

  it.each([
    ['ui', ui],
    ['content', content],
  ])('%s: Swedish and English have identical key sets', (_ns, texts) => {
    const sv = Object.keys(texts.sv!).sort();
    const en = Object.keys(texts.en!).sort();
    expect(en.filter((k) => !sv.includes(k))).toEqual([]);
    expect(sv.filter((k) => !en.includes(k))).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no empty or non-string texts', (lang) => {
    const bad = Object.entries({ ...ui[lang], ...content[lang] })
      .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no key is defined in two content files', (lang) => {
    expect(mergeTexts(Object.values(contentFiles[lang])).collisions).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every id in the model has its texts', (lang) => {
    expect(checkTexts(modelKeys, content[lang]!, lang)).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no content text is unused', (lang) => {
    const known = new Set(modelKeys.map((k) => k.key));
    expect(Object.keys(content[lang]!).filter((k) => !known.has(k) && contextBase(k) === undefined)).toEqual([]);
  });

  // `<key>_service` is what an audit of an existing service reads instead of `<key>` (i18next context).
  // Both languages having it is the identical-key-sets check above; here: it stands for a text that exists.
  it.each(LANGUAGES)('%s: every context variant stands for a known text that exists', (lang) => {
    const known = new Set(modelKeys.map((k) => k.key));
    expect(Object.keys(content[lang]!).filter((k) => k.endsWith('_service')).length).toBeGreaterThan(25);
    expect(checkTextVariants(known, content[lang]!, lang)).toEqual([]);
  });

  it('the variant check refuses a variant of an unknown key and one whose text is missing', () => {
    const known = new Set(['criteria.r2.impact-assessed.label', 'criteria.r2.impact-assessed.hint']);
    const texts = {
      'criteria.r2.impact-assessed.label': 'Konsekvenserna är bedömda.',
      'criteria.r2.impact-assessed.label_service': 'Tjänsten granskas.',
      'criteria.r2.impact-assessed.hint_service': 'Utan bastext.',
      'criteria.r9.no-such.label_service': 'Okänd.',
    };
    expect(checkTextVariants(known, texts, 'sv').map((p) => [p.code, p.params?.key])).toEqual([
      ['text.missing', 'criteria.r2.impact-assessed.hint'],
      ['text.unused', 'criteria.r9.no-such.label_service'],
    ]);
  });

  it('no ui text is unused: each key appears in the source, or belongs to a family read by a computed key', () => {
    const source = readSources(join(ROOT, 'src'));
    const families = ['problems.', 'language.', 'langNames.', 'cli.kinds.', 'errors.', 'wizard.status.', 'results.status.', 'results.severity.', 'results.reasons.', 'results.answer.', 'results.effect.', 'findings.', 'decisionText.', 'results.note.', 'results.evidence.', 'results.dimension.', 'results.factor.', 'results.lawTest.', 'report.check.counted.', 'report.reasons.', 'report.note.', 'report.findingTitles.'];
    const unused = Object.keys(ui.sv!)
      .map((k) => k.replace(/_(one|other)$/, ''))
      // A context variant (`report.kicker_service`) is read through its base key.
      .map((k) => contextBase(k) ?? k)
      .filter((k) => !families.some((f) => k.startsWith(f)))
      .filter((k) => !source.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every finding, reason, evidence and note code that evaluate() can produce has its texts, and every dimension, factor and lawfulness test its name', (lang) => {
    const missing = [
      ...Object.keys(FINDING_CODES).flatMap((code) => [`findings.${code}.title`, `findings.${code}.suggestion`]),
      ...Object.keys(REASON_CODES).map((code) => `results.reasons.${code}`),
      ...Object.keys(EVIDENCE_CODES).map((code) => `results.evidence.${code}`),
      ...NOTES.map((note) => `results.note.${note}`),
      // The report says the same to a committee, in the third person (src/report/wording.ts).
      ...Object.keys(REASON_CODES).map((code) => `report.reasons.${code}`),
      ...NOTES.map((note) => `report.note.${note}`),
      ...[...COMMITTEE_TITLES].map((code) => `report.findingTitles.${code}`),
      ...Object.keys(OPTION_TAGS).filter((tag) => tag.startsWith('dimension-')).map((tag) => `results.dimension.${tag}`),
      ...[...SELF_SUPPORT_FACTORS, 'children'].map((id) => `results.factor.${id}`),
      ...LAWFULNESS_TESTS.map((tag) => `results.lawTest.${tag}`),
    ].filter((key) => typeof ui[lang]![key] !== 'string' && typeof ui[lang]![`${key}_one`] !== 'string');
    expect(missing).toEqual([]);
  });

  // The report is read by a committee: its reasons, notes and finding titles describe the assessment instead of addressing its author.
  const ADDRESS: Record<string, RegExp> = { sv: /\b(ni|er|ert|era)\b/i, en: /\b(you|your)\b/i };
  it.each(LANGUAGES)('%s: the report never says "ni" / "you" in a reason, a note or a finding title', (lang) => {
    const texts = ui[lang]!;
    const report = Object.keys(texts).filter((k) => /^report\.(reasons\.|note\.|findingTitles\.|notesHeading)/.test(k));
    const titles = Object.keys(FINDING_CODES)
      .filter((code) => !COMMITTEE_TITLES.has(code))
      .flatMap((code) => [`findings.${code}.title`, `findings.${code}.title_one`, `findings.${code}.title_other`]);
    expect(report.length).toBeGreaterThan(20);
    expect([...report, ...titles].filter((k) => typeof texts[k] === 'string' && ADDRESS[lang]!.test(String(texts[k])))).toEqual([]);
  });

  it('quotes the five recommendation titles exactly as SKR publishes them', () => {
    expect(framework.recommendations.map((r) => content.sv![`recommendations.${r.id}.title`])).toEqual([
      'Integrera jämlikhet i hälsa i all politik och i ordinarie styrning och ledning',
      'Mät och analysera problemet och bedöm effekterna av olika åtgärder',
      'Ge alla barn och unga en bra start i livet',
      'Ge alla förutsättningar till egen försörjning',
      'Skapa hälsofrämjande och hållbara miljöer och samhällen',
    ]);
  });

  it('English never falls back to Swedish: no English text equals its Swedish one unless it is a name', () => {
    const names = new Set(['app.name', 'language.sv', 'language.en']);
    const same = Object.keys(ui.sv!)
      .filter((k) => !names.has(k) && ui.sv![k] === ui.en![k] && /[a-zåäö]{4}/i.test(String(ui.sv![k]).replace(/{{\w+}}/g, '')))
      .concat(Object.keys(content.sv!).filter((k) => content.sv![k] === content.en![k] && String(content.sv![k]).split(' ').length > 2));
    expect(same).toEqual([]);
  });
});

function readSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? readSources(join(dir, e.name)) : readFileSync(join(dir, e.name), 'utf8')))
    .join('\n');
}
