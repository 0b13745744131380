// The konsekvensbeskrivning: 5–10 sentences for every worked case, the clean
// assessment and a light analysis (fewer only for "no further analysis" and
// an empty assessment), the groups named in the parameters, the same
// sentences every time, and the text in Swedish and English with nothing
// left untranslated. Works for the service self-audit questionnaire too.
import { describe, expect, it, vi } from 'vitest';
import { consequenceSummary, MAX_SENTENCES, type SummarySentence } from '../../../src/assessment/consequence-summary';
import { evaluate } from '../../../src/assessment/evaluate';
import type { AssessmentResult, Finding } from '../../../src/assessment/result';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/resources';
import { formatDate, renderSentence, renderSummary } from '../../../src/i18n/sentences';
import type { Answers, GroupItem } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { QuestionnaireFile } from '../../../src/questionnaire/schema';
import { visibility } from '../../../src/questionnaire/visibility';
import { CASES, file } from '../../fixtures/cases';
import { cleanAnswers, setPerItem } from '../../fixtures/clean-answers';
import { fillStep } from '../../fixtures/fill';
import { otherLanguageLeaks } from '../../fixtures/leaks';

const audit = questionnaires.find((q) => q.id === 'service-audit')!;

/** A service self-audit filled in step by step from the questionnaire itself. */
function auditAnswers(): Answers {
  let answers: Answers = {};
  for (const step of audit.steps) {
    if (visibility(audit, answers).step(step)) answers = { ...answers, ...fillStep(audit, framework, step, answers) };
  }
  return answers;
}

interface Example {
  name: string;
  file: QuestionnaireFile;
  answers: Answers;
}

const FULL: Example[] = [
  ...CASES.map((c) => ({ name: c.id, file, answers: c.answers })),
  { name: 'clean', file, answers: cleanAnswers() },
  { name: 'light', file, answers: cleanAnswers('light') },
  { name: 'service audit', file: audit, answers: auditAnswers() },
];
const NO_ANALYSIS: Example = { name: 'no-analysis', file, answers: cleanAnswers('no-analysis') };
const ALL = [...FULL, NO_ANALYSIS];

const summarise = (e: Pick<Example, 'file' | 'answers'>) => consequenceSummary(e.file, framework, e.answers, evaluate(e.file, framework, { answers: e.answers }));
const codes = (sentences: SummarySentence[]) => sentences.map((s) => s.code);
const param = (sentences: SummarySentence[], code: string, name: string) => sentences.find((s) => s.code === code)?.params?.[name];
const texts = Object.fromEntries(LANGUAGES.map((lang) => [lang, createI18n(lang).t])) as Record<(typeof LANGUAGES)[number], ReturnType<typeof createI18n>['t']>;

describe.each(FULL.map((e) => [e.name, e] as const))('%s', (_name, example) => {
  const sentences = summarise(example);
  const result = evaluate(example.file, framework, { answers: example.answers });

  it('has 5 to 10 sentences, starting with what the assessment concerns', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    expect(sentences.length).toBeLessThanOrEqual(MAX_SENTENCES);
    expect(sentences[0]!.code).toBe('title');
  });

  it('names every affected group in the parameters', () => {
    const named = sentences.flatMap((s) => (Array.isArray(s.params?.groups) ? s.params.groups : []));
    for (const g of result.heatmap.groups) expect(named).toContain(g.title);
  });

  it('is deterministic and leaves the answers alone', () => {
    const before = structuredClone(example.answers);
    expect(summarise(example)).toEqual(sentences);
    expect(example.answers).toEqual(before);
  });

  it('says how it is followed up and the overall judgement', () => {
    expect(codes(sentences).some((c) => c.startsWith('follow-up'))).toBe(true);
    expect(codes(sentences).some((c) => c.startsWith('judgement'))).toBe(true);
  });
});

describe('what the sentences say', () => {
  it('says who is worse off on which dimensions (question ids), and who is left without a measure', () => {
    const library = summarise({ file, answers: CASES[0]!.answers });
    const worse = library.filter((s) => s.code === 'worse');
    expect(worse.map((s) => s.params)).toEqual([
      { groups: ['Skolbarn som läxläser', 'Nyanlända i språkcaféet'], worseDimensions: ['consequences.access-time'] },
      { groups: ['Äldre utan dator'], worseDimensions: ['consequences.access-digital'] },
    ]);
    expect(param(library, 'unaddressed', 'groups')).toEqual(['Äldre utan dator']);
    expect(param(library, 'measures', 'measures')).toEqual(['Meröppet med personal två kvällar i veckan']);
    expect(codes(library).filter((c) => c.startsWith('children-'))).toHaveLength(1);
  });

  it('gives the follow-up date as an ISO date and the judgement by its tag', () => {
    const clean = summarise({ file, answers: cleanAnswers() });
    expect(param(clean, 'follow-up', 'followUpDate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(codes(clean)).toContain('judgement-proceed');
    expect(codes(clean)).toContain('better-all');
  });

  it('quotes a judgement without a known tag by the content key of its option', () => {
    const sentences = summarise({ file: audit, answers: auditAnswers() });
    expect(param(sentences, 'judgement', 'judgementOption')).toBe('options.conclusion.judgement.equitable');
  });

  it('for "no further analysis", gives the justification, and the contradiction only when the check finds one, in a short text (a documented near-empty case)', () => {
    const sentences = summarise(NO_ANALYSIS);
    const result = evaluate(file, framework, { answers: NO_ANALYSIS.answers });
    const contradiction = result.findings.some((f) => f.code === 'screening-contradiction');
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    expect(codes(sentences).slice(0, 2)).toEqual(['title', 'screening-no-analysis']);
    expect(codes(sentences).includes('screening-contradiction')).toBe(contradiction);
    const flagged = consequenceSummary(file, framework, NO_ANALYSIS.answers, { ...result, findings: [...result.findings, finding('screening-contradiction')] });
    expect(codes(flagged).slice(0, 3)).toEqual(['title', 'screening-no-analysis', 'screening-contradiction']);
    expect(param(sentences, 'screening-no-analysis', 'justification')).toBe('Ett längre svar på screening.justification, med å, ä och ö');
    expect(codes(sentences)).not.toContain('groups');
  });

  it('writes almost nothing for an empty assessment, and never throws', () => {
    expect(summarise({ file, answers: {} }).length).toBeLessThan(5);
    expect(summarise({ file: audit, answers: {} }).length).toBeLessThan(5);
  });

  it('never has more than ten sentences, and caps long lists with a count of the rest', () => {
    let answers = cleanAnswers();
    const groups: GroupItem[] = Array.from({ length: 40 }, (_, i) => ({ id: `s-${i}`, values: { 'groups.item.name': `Grupp ${i + 1}`, 'groups.item.factors': ['age'] } }));
    answers['groups.items'] = groups;
    answers['measures.items'] = Array.from({ length: 60 }, (_, i) => ({ id: `m-${i}`, values: { 'measures.item.what': `Åtgärd ${i + 1}`, 'measures.item.addresses': [] } }));
    groups.forEach((g, i) => {
      answers = setPerItem(answers, 'consequences.access-physical', g.id, i % 2 ? 'worse' : 'none');
      answers = setPerItem(answers, 'consequences.access-cost', g.id, i % 3 ? 'none' : 'much-worse');
      answers = setPerItem(answers, 'consequences.living-long', g.id, i % 5 ? 'none' : 'worse');
      answers = setPerItem(answers, 'consequences.rating', g.id, 'negative');
    });
    const sentences = summarise({ file, answers });
    expect(sentences.length).toBe(MAX_SENTENCES);
    expect(param(sentences, 'groups', 'groups')).toHaveLength(6);
    expect(param(sentences, 'groups', 'groupsMore')).toBe(34);
    expect(param(sentences, 'measures', 'measuresMore')).toBe(54);
    expect(codes(sentences)).toContain('worse-various');
    const sv = renderSummary(texts.sv, 'sv', sentences);
    expect(sv).toContain('”Grupp 6” och ytterligare 34');
    expect(renderSummary(texts.en, 'en', sentences)).toContain('“Grupp 6” and 34 more');
  });
});

/** A finding as evaluate() makes it, for results crafted around one fact. */
function finding(code: string, params: Finding['params'] = {}, severity: Finding['severity'] = 'high', recommendations: Finding['recommendations'] = ['r1']): Finding {
  return { id: `${code}:${JSON.stringify(params)}`, code, severity, recommendations, params, refs: [], stepId: 'measures' };
}
/** The result with `extra` findings added, the serious ones open. */
function withFindings(result: AssessmentResult, ...extra: Finding[]): AssessmentResult {
  const findings = [...result.findings, ...extra];
  return { ...result, findings, openSerious: findings.filter((f) => f.severity === 'high').map((f) => f.id) };
}
const clean = () => ({ file, answers: cleanAnswers() });
const evaluated = (e: Pick<Example, 'file' | 'answers'>) => evaluate(e.file, framework, { answers: e.answers });
const summaryOf = (e: Pick<Example, 'file' | 'answers'>, result: AssessmentResult) => consequenceSummary(e.file, framework, e.answers, result);

describe('no sentence says what the result does not', () => {
  const examples = ALL.map((e) => [e.name, e] as const);

  it.each(examples)('%s: counts the statuses as the result gives them', (_name, example) => {
    const result = evaluated(example);
    const counted = summarise(example).find((s) => s.code.startsWith('recommendations') && s.code !== 'recommendations-capped');
    if (!counted) return;
    const count = (status: string) => result.recommendations.filter((r) => r.status === status).length;
    expect(counted.params).toMatchObject({ met: count('met'), partly: count('partly'), notMet: count('not-met') });
  });

  it.each(examples)('%s: names only groups, measures and indicators the user entered', (_name, example) => {
    const result = evaluated(example);
    const entered = new Set([...result.heatmap.groups.map((g) => g.title), ...result.findings.flatMap((f) => (typeof f.params?.group === 'string' ? [f.params.group] : []))]);
    for (const s of summarise(example)) {
      for (const name of (s.params?.groups as string[] | undefined) ?? []) expect(entered).toContain(name);
    }
  });

  it.each(examples)('%s: says "no open serious problems" only when there are none, and a judgement to go ahead names them', (_name, example) => {
    const result = evaluated(example);
    const sentences = codes(summarise(example));
    const open = result.openSerious.length > 0;
    expect(open && sentences.includes('all-addressed')).toBe(false);
    expect(open && sentences.some((c) => c === 'judgement-proceed' || c === 'judgement-adjust')).toBe(false);
  });

  it('never says "no open serious problems" while one is open, and counts the ones no other sentence names', () => {
    const example = clean();
    const result = evaluated(example);
    const open = withFindings(result, finding('measure-no-owner', { measure: 'Förstärkt bemanning' }));
    const sentences = summaryOf(example, open);
    expect(codes(sentences)).not.toContain('all-addressed');
    expect(param(sentences, 'open-high', 'count')).toBe(1);
    expect(codes(sentences)).toContain('judgement-proceed-open');
  });

  it('tells "no measure at all" from "no measure that compensates", and never says there are no measures when there are', () => {
    const example = clean();
    const result = withFindings(
      evaluated(example),
      finding('group-worse-unaddressed', { group: 'Unga vuxna', dimensions: ['dimension-cost'] }),
      finding('group-worse-uncompensated', { group: 'Äldre utan dator', dimensions: ['dimension-digital'], measures: ['Förstärkt bemanning'] }),
    );
    const sentences = summaryOf(example, result);
    expect(param(sentences, 'unaddressed', 'groups')).toEqual(['Unga vuxna']);
    expect(param(sentences, 'uncompensated', 'groups')).toEqual(['Äldre utan dator']);
    expect(codes(sentences)).not.toContain('measures-none');
    expect(codes(sentences)).not.toContain('open-high');
    const [sv, en] = [renderSentence(texts.sv, 'sv', sentences.find((s) => s.code === 'uncompensated')!), renderSentence(texts.en, 'en', sentences.find((s) => s.code === 'uncompensated')!)];
    expect(sv).toBe('Det finns åtgärder för ”Äldre utan dator”, men ingen av dem väger upp det som blir sämre.');
    expect(en).toBe('There are measures for “Äldre utan dator”, but none of them makes up for what gets worse.');
  });

  it('says the serious gaps the assessment was completed with, and the reason given', () => {
    const example = clean();
    const high = finding('lawfulness-failed', { group: 'Unga vuxna', tests: ['lawful-justified'] });
    const result = { ...withFindings(evaluated(example), high), knownGaps: { reason: 'Beslutet måste fattas före årsskiftet.', ref: { stepId: 'summary', questionId: 'summary.known-gaps' }, findings: [high.id] } };
    const sentences = summaryOf(example, result);
    expect(sentences.find((s) => s.code === 'known-gaps')?.params).toEqual({ count: 1, reason: 'Beslutet måste fattas före årsskiftet' });
    expect(param(sentences, 'unjustified', 'groups')).toEqual(['Unga vuxna']);
    expect(renderSentence(texts.sv, 'sv', sentences.find((s) => s.code === 'known-gaps')!)).toBe('Bedömningen slutfördes trots ett öppet allvarligt problem, med motiveringen: Beslutet måste fattas före årsskiftet.');
  });

  it('says widening gaps, and then never that no group is worse off', () => {
    const example = clean();
    const result = withFindings(evaluated(example), finding('gaps-widen', { group: 'Unga vuxna' }, 'medium'));
    const sentences = summaryOf(example, result);
    expect(param(sentences, 'gaps-widen', 'groups')).toEqual(['Unga vuxna']);
    expect(codes(sentences).filter((c) => c === 'better-all' || c === 'no-worse')).toEqual([]);
  });

  it('never says the child’s best interests were assessed when the check finds they were not', () => {
    const example = clean();
    expect(codes(summaryOf(example, evaluated(example)))).toContain('children-both');
    const sentences = codes(summaryOf(example, withFindings(evaluated(example), finding('best-interests-missing', {}, 'high', ['r3']))));
    expect(sentences).toContain('children-views-only');
    expect(sentences).not.toContain('open-high');
  });

  it('counts the answers of the check the other answers do not back, and the statuses held at partly met', () => {
    // Citizen dialogue stays "Ja" with no dialogue recorded.
    const example = { ...clean(), answers: { ...clean().answers, 'evidence.dialogues': [] } };
    const result = evaluated(example);
    const notShown = result.recommendations.flatMap((r) => r.criteria).filter((c) => c.note === 'claimed-not-shown').length;
    expect(notShown).toBeGreaterThan(0);
    expect(param(summaryOf(example, result), 'claims-not-shown', 'count')).toBe(notShown);
    const held = { ...result, recommendations: result.recommendations.map((r, i) => (i === 0 ? { ...r, status: 'partly' as const, capped: true } : r)) };
    expect(param(summaryOf(example, held), 'recommendations-capped', 'count')).toBe(1);
  });
});

describe.each(ALL.map((e) => [e.name, e] as const))('rendered: %s', (_name, example) => {
  const sentences = summarise(example);
  const rendered = Object.fromEntries(LANGUAGES.map((lang) => [lang, sentences.map((s) => renderSentence(texts[lang], lang, s))]));

  it.each(LANGUAGES)('%s: every sentence is worded, with no placeholder or key path left', (lang) => {
    for (const text of rendered[lang]!) {
      expect(text).not.toMatch(/{{|}}|summaryText\.|content:|questions\.|options\./);
      expect(text).toMatch(/^\S.*[.”]$/u);
    }
    expect(otherLanguageLeaks(rendered[lang]!.join(' '), lang)).toEqual([]);
  });

  it('differs between Swedish and English, sentence by sentence', () => {
    rendered.sv!.forEach((sv, i) => expect(rendered.en![i]).not.toBe(sv));
  });

  it('keeps å, ä and ö intact, and the user’s own words as written', () => {
    const title = String(sentences[0]!.params?.title);
    for (const lang of LANGUAGES) expect(rendered[lang]![0]).toContain(title);
    expect(rendered.sv!.join(' ')).toMatch(/[åäö]/);
    expect(rendered.sv!.join(' ').normalize('NFC')).toBe(rendered.sv!.join(' '));
  });

  it('joins the sentences into one paragraph', () => {
    for (const lang of LANGUAGES) expect(renderSummary(texts[lang], lang, sentences)).toBe(rendered[lang]!.join(' '));
  });
});

describe('rendering conventions', () => {
  it('formats dates in the language, translates dimensions, quotes and lists names', () => {
    const sentence: SummarySentence = { code: 'worse', params: { groups: ['Äldre utan dator', 'Unga vuxna'], worseDimensions: ['consequences.access-physical', 'consequences.access-cost'] } };
    expect(renderSentence(texts.sv, 'sv', sentence)).toBe('”Äldre utan dator” och ”Unga vuxna” kan få det sämre när det gäller fysisk tillgång och kostnader.');
    expect(renderSentence(texts.en, 'en', sentence)).toBe('“Äldre utan dator” and “Unga vuxna” may be worse off in terms of physical access and costs.');
    expect(formatDate('sv', '2027-03-01')).toBe('1 mars 2027');
    expect(formatDate('en', '2027-03-01')).toBe('1 March 2027');
    expect(formatDate('en', 'snart')).toBe('snart');
    const followUp: SummarySentence = { code: 'follow-up', params: { count: 1, indicators: ['Besök per vecka'], followUpDate: '2027-03-01' } };
    expect(renderSentence(texts.sv, 'sv', followUp)).toBe('Effekterna följs upp den 1 mars 2027 med indikatorn ”Besök per vecka”.');
  });

  it('falls back to the question label for a dimension without a short name, and says the name is missing', () => {
    const missing = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sentence: SummarySentence = { code: 'worse', params: { groups: ['A'], worseDimensions: ['consequences.gaps'] } };
    expect(renderSentence(texts.sv, 'sv', sentence)).toContain('Vad händer med skillnaderna mellan den här gruppen och andra?');
    expect(missing).toHaveBeenCalledWith(expect.stringContaining('summaryText.dimensions.consequences.gaps'));
    missing.mockRestore();
  });

  it('words an option by its content key', () => {
    const sentence: SummarySentence = { code: 'judgement', params: { judgementOption: 'options.conclusion.judgement.minor-gaps' } };
    expect(renderSentence(texts.sv, 'sv', sentence)).toBe('Den samlade bedömningen är ”Mindre brister som verksamheten kan åtgärda själv”.');
  });
});
