// @vitest-environment node
// The two other PDFs share the report's fonts and its word breaks: the
// comparison of three assessments whose titles, group names and measures
// are long compounds and URLs (in columns a third as wide as the report's),
// and the blank worksheets, whose own long words stand in narrow boxes.
// In both languages: no two words' boxes overlap, none leaves the page, and
// the comparison prints every title and group name whole.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../src/assessment/comparison';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { groupItems } from '../../../src/questionnaire/answers';
import { renderComparisonPdf } from '../../../src/report/comparison/node';
import { renderWorksheetPdf } from '../../../src/report/worksheet/node';
import { entry } from '../../fixtures/compare-entries';
import { longWordsAssessment } from '../../fixtures/long-words';
import { containsWhole, flowText, overlappingWords, wordBoxes, wordsOffPage } from './long-words-pdf';
import { OUT } from './render';

const SLOW = 300_000;

function save(bytes: Buffer, name: string): string {
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** Three long-worded assessments, each with its own title and group names. */
function entries() {
  return ['Förvaltningsövergripande', 'Samhällsbyggnadsnämndens', 'Arbetsmarknadsavdelningens'].map((prefix, i) => {
    const { assessment } = longWordsAssessment();
    const a = assessment.answers;
    const groups = groupItems(a['groups.items']).map((g) => ({ ...g, values: { ...g.values, 'groups.item.name': `${prefix} ${String(g.values['groups.item.name'])}` } }));
    const answers = { ...a, 'basics.title': `${prefix} ${String(a['basics.title'])}`, 'groups.items': groups };
    return entry({ ...assessment, id: `a-long-${i}`, answers }, `${prefix.toLowerCase()}-jamlikhetsbedomning-${i + 1}.json`);
  });
}

describe.each(LANGUAGES)('long words in the other PDFs (%s)', (lang) => {
  const i18n = createI18n(lang);
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);

  it('the comparison keeps every word in its column and prints every title and group whole', async () => {
    const comparison = compareAssessments(entries(), framework);
    const path = save(await renderComparisonPdf(comparison, t, lang), `long-words-comparison-${lang}`);
    const pages = wordBoxes(path);
    expect(overlappingWords(pages)).toEqual([]);
    expect(wordsOffPage(pages)).toEqual([]);
    const flow = flowText(path);
    const names = [...comparison.columns, ...comparison.parts.affected.rows.flatMap((r) => r.cells.flatMap((c) => c.members.map((m) => m.name)))];
    expect(names.length).toBeGreaterThan(6);
    expect(names.filter((n) => !containsWhole(flow, n))).toEqual([]);
  }, SLOW);

  it('the worksheets keep every word in its box', async () => {
    for (const file of questionnaires) {
      const path = save(await renderWorksheetPdf({ file, framework, t, exists: (key) => i18n.exists(key), lang }), `long-words-worksheet-${file.id}-${lang}`);
      const pages = wordBoxes(path);
      expect(overlappingWords(pages)).toEqual([]);
      expect(wordsOffPage(pages)).toEqual([]);
    }
  }, SLOW);
});
