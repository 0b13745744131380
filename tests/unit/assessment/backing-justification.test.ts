// A "yes" to a criterion the assessment already shows needs no words of its
// own: the form accepts it empty, the result counts it as met, and the
// results page and the report print what the assessment shows in place of a
// justification. "Not relevant" always needs words. The check step's short
// phrases exist for every backing reason, in both languages.
import { describe, expect, it } from 'vitest';
import { justifiedByEvidence } from '../../../src/assessment/criteria';
import { evaluate } from '../../../src/assessment/evaluate';
import { EVIDENCE_CODES } from '../../../src/assessment/codes';
import { newAssessment } from '../../../src/assessment/assessment';
import { decisionText } from '../../../src/assessment/decision-text';
import { createI18n } from '../../../src/i18n';
import { resultParams } from '../../../src/i18n/result-params';
import { LANGUAGES, resources } from '../../../src/i18n/resources';
import { settledCriteria } from '../../../src/machine/navigation';
import type { Answers } from '../../../src/questionnaire/answers';
import { stepSchema } from '../../../src/questionnaire/step-schema';
import { flattenTexts } from '../../../src/questionnaire/texts';
import { requestModel } from '../../../src/report/report-input';
import type { Block, ReportModel } from '../../../src/report/model/types';
import { FACT_CODES } from '../../../src/ui/fields/tool-texts';
import { framework, proposalBase, proposalFile } from '../../fixtures/crafted';

const model = { file: proposalFile, framework };
const check = proposalFile.steps.find((s) => s.kind === 'recommendation-check')!;
const DIALOGUE = 'r1.citizen-dialogue';
const FAMILY = 'r3.family-support';

const answered = (values: Record<string, string>): Answers => ({ ...proposalBase(), ...values });
const accepts = (answers: Answers) => stepSchema(proposalFile, framework, check, answers, { settled: settledCriteria(model, answers) }).safeParse(answers).success;
const criterion = (answers: Answers, id: string) => evaluate(proposalFile, framework, { answers }).recommendations.flatMap((r) => r.criteria).find((c) => c.id === id)!;

describe('a settled "yes" needs no words; "not relevant" does', () => {
  it('the form accepts "yes" to a criterion the answers show, without a justification', () => {
    const a = answered({ [DIALOGUE]: 'yes', [`${DIALOGUE}.why`]: '' });
    expect(settledCriteria(model, a).has(DIALOGUE)).toBe(true);
    expect(accepts(a)).toBe(true);
  });

  it('but not once the answers no longer show it', () => {
    const a = { ...answered({ [DIALOGUE]: 'yes', [`${DIALOGUE}.why`]: '' }), 'evidence.dialogues': [] };
    expect(settledCriteria(model, a).has(DIALOGUE)).toBe(false);
    expect(accepts(a)).toBe(false);
  });

  it('"not relevant" without words is refused, settled or not', () => {
    expect(accepts(answered({ [DIALOGUE]: 'not-relevant', [`${DIALOGUE}.why`]: '' }))).toBe(false);
    expect(accepts(answered({ [DIALOGUE]: 'not-relevant', [`${DIALOGUE}.why`]: 'Förslaget rör ingen som bor i kommunen.' }))).toBe(true);
  });

  it('the result counts a settled "yes" as met, justified by the evidence; an unbacked "yes" without words is not', () => {
    const settled = criterion(answered({ [DIALOGUE]: 'yes', [`${DIALOGUE}.why`]: '' }), DIALOGUE);
    expect(settled).toMatchObject({ answer: 'yes', evidence: 'shown', counted: 'met' });
    expect(settled.note).toBeUndefined();
    expect(justifiedByEvidence(settled)).toBe(true);
    const unchecked = criterion(answered({ [FAMILY]: 'yes', [`${FAMILY}.why`]: '' }), FAMILY);
    expect(unchecked.note).toBe('justification-missing');
    expect(justifiedByEvidence(unchecked)).toBe(false);
    const notRelevant = criterion(answered({ [DIALOGUE]: 'not-relevant', [`${DIALOGUE}.why`]: '' }), DIALOGUE);
    expect(notRelevant.note).toBe('not-relevant-unjustified');
    expect(justifiedByEvidence(notRelevant)).toBe(false);
  });
});

/** Every table of the report model, boxes opened. */
function tables(report: ReportModel): Array<Block & { kind: 'table' }> {
  const walk = (blocks: Block[]): Array<Block & { kind: 'table' }> => blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'box' ? walk(b.blocks) : []));
  return report.sections.flatMap((s) => walk(s.blocks));
}

describe.each(LANGUAGES)('the report line of a settled "yes" (%s)', (lang) => {
  it('prints what the assessment shows as its justification, and the user’s words when there are some', () => {
    const answers = answered({ [DIALOGUE]: 'yes', [`${DIALOGUE}.why`]: '', 'r1.consequences-stated': 'yes', 'r1.consequences-stated.why': 'Se konsekvensbeskrivningen.' });
    const assessment = { ...newAssessment(proposalFile, 'settled', new Date('2026-12-01T10:00:00Z')), answers };
    const result = evaluate(proposalFile, framework, assessment);
    const { t } = createI18n(lang);
    const report = requestModel({ file: proposalFile, framework, assessment, result, decision: decisionText(proposalFile, framework, answers, result), t, lang, appendix: 'unique' }, undefined, new Date('2026-12-01T12:00:00Z'));
    const rows = tables(report).flatMap((table) => table.rows);
    const row = (id: string) => rows.find((r) => r[0]!.text === t(`content:criteria.${id}.label`))!;
    const dialogue = result.recommendations[0]!.criteria.find((c) => c.id === DIALOGUE)!;
    const shown = dialogue.evidenceReasons.map((r) => t(`results.evidence.${r.code}`, resultParams(t, lang, r.params))).join(' ');
    expect(shown).not.toBe('');
    expect(row(DIALOGUE)[3]!.text).toBe(`${t('results.card.shownLabel')} ${shown}`);
    expect(row('r1.consequences-stated')[3]!.text).toBe('Se konsekvensbeskrivningen.');
  });
});

describe('the check step’s short phrases', () => {
  it('exist for every reason a backing check can give', () => {
    expect(Object.keys(EVIDENCE_CODES).filter((code) => !FACT_CODES.includes(code))).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every phrase has its text', (lang) => {
    const ui = flattenTexts(resources[lang].ui);
    expect(FACT_CODES.filter((code) => typeof ui[`wizard.toolFact.${code}`] !== 'string' && typeof ui[`wizard.toolFact.${code}_one`] !== 'string')).toEqual([]);
  });
});
