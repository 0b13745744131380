// @vitest-environment node
// `npm run check` on a self-audit words its criteria as an audit does (the
// `_service` variants of the criterion texts), as the report and the results
// page do: never the proposal's "before the decision is taken".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/assessment/evaluate';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import { checkLines } from '../../../src/cli/check-text';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';

const audit = questionnaires.find((q) => q.subject === 'service')!;

describe.each(LANGUAGES)('npm run check on a self-audit (%s)', (lang) => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, `../../../questionnaires/examples/home-care.${lang}.json`), 'utf8'));
  if (!parsed.ok) throw new Error('home-care example does not parse');
  const assessment = parsed.value;
  const result = evaluate(audit, framework, assessment);
  const i18n = createI18n(lang);
  const t = i18n.getFixedT(lang);
  const text = checkLines({ file: audit, framework, assessment, result, t, lang }).join('\n');

  it('words each criterion it lists as the audit does, not as a proposal would', () => {
    const criteria = result.recommendations.flatMap((r) => r.criteria).filter((c) => text.includes(t(`content:criteria.${c.id}.label`, { context: 'service' })));
    expect(criteria.length).toBeGreaterThan(0);
    // Every criterion whose audit wording differs from the proposal's: the proposal's is never printed.
    const reworded = result.recommendations
      .flatMap((r) => r.criteria)
      .map((c) => ({ own: t(`content:criteria.${c.id}.label`, { context: 'service' }), proposal: t(`content:criteria.${c.id}.label`) }))
      .filter((x) => x.own !== x.proposal);
    expect(reworded.length).toBeGreaterThan(0);
    expect(reworded.filter((x) => text.includes(x.proposal))).toEqual([]);
  });
});
