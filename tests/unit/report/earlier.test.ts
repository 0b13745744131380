// The report's appendix ends with the answers set aside from earlier
// versions of the questionnaire, one titled section per version; a report
// without any has no such section.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { adoptContentVersion } from '../../../src/assessment/earlier';
import { evaluate } from '../../../src/assessment/evaluate';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import { createI18n } from '../../../src/i18n';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { reportInput } from '../../../src/report/report-input';
import { formatFixture } from '../../fixtures/formats';

const file = questionnaires.find((q) => q.id === 'proposal')!;

function props(name: string, lang: 'sv' | 'en', change: (a: Assessment) => Assessment = (a) => a) {
  const parsed = parseAssessmentJson(formatFixture(name));
  if (!parsed.ok) throw new Error('fixture does not parse');
  const assessment = change(adoptContentVersion(file, framework, parsed.value));
  const { t } = createI18n(lang);
  return reportInput({ file, framework, assessment, result: evaluate(file, framework, assessment), decision: { blocks: [], short: [] }, t, lang }, new Date('2026-03-01'));
}

describe('the appendix and earlier versions', () => {
  it.each([
    ['sv', 'Från en tidigare version (0.9.0)'],
    ['en', 'From an earlier version (0.9.0)'],
  ] as const)('closes with the set-aside answers under their version (%s)', (lang, title) => {
    const last = props('v1.json', lang).sections.at(-1)!;
    expect(last.title).toEqual({ text: title });
    expect(last.rows.map((r) => r.id)).toEqual(['proposal.alternatives', 'proposal.old-question', 'screening.reach', 'screening.areas']);
  });

  it('one section per earlier version, after the steps of the branch taken', () => {
    const v2 = props('v2.json', 'sv');
    expect(v2.sections.map((s) => s.stepId)).toEqual(['basics', 'proposal', 'screening', 'groups', 'children', 'evidence-brief', 'consequences', 'measures', 'follow-up', 'summary', 'earlier-0']);
    expect(v2.sections.at(-1)!.rows).toEqual([
      { kind: 'answer', id: 'proposal.old-question', type: 'text', label: { text: 'proposal.old-question' }, value: [{ text: 'Nej, inte ännu. Biblioteksrådet får förslaget i april.' }] },
    ]);
  });

  it('adds nothing when nothing was set aside', () => {
    const none = props('v2.json', 'sv', (a) => ({ ...a, earlierAnswers: [] }));
    expect(none.sections.map((s) => s.stepId)).toEqual(['basics', 'proposal', 'screening', 'groups', 'children', 'evidence-brief', 'consequences', 'measures', 'follow-up', 'summary']);
  });
});
