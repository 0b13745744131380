// @vitest-environment node
// What the report says about claims and evidence, in the PDF and in the HTML
// report alike: every recommendation a finding concerns, a finding's own
// suggestions, where the user's answer and what the assessment shows differ
// (the criterion, the answer, the note and what the answers show), why a
// status was held at "partly met", and, when the assessment was completed
// with serious findings open, a section right after the summary that says so,
// quotes the user's reason and lists those findings. Both language versions.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import type { AssessmentResult } from '../../../src/assessment/result';
import { createI18n } from '../../../src/i18n';
import { numberWord } from '../../../src/i18n/decision-text';
import { resultParams } from '../../../src/i18n/result-params';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { assessmentHtml } from '../../../src/report/html';
import { wording } from '../../../src/report/wording';
import { COMPLETE } from './fixtures';
import { normalise, renderReport } from './render';

const SLOW = 120_000;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ENTITIES[e]!);
const textOf = (markup: string) => normalise(decode(markup.replace(/<[^>]*>/g, ' ')));

function evaluated(assessment: Assessment) {
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const result = evaluate(file, framework, assessment);
  return { file, result, decision: decisionText(file, framework, assessment.answers, result) };
}

/** The HTML report's body (the data block left out) and its visible text. */
function html(assessment: Assessment, lang: Language, result?: AssessmentResult) {
  const { file, result: own, decision } = evaluated(assessment);
  const { t } = createI18n(lang);
  const page = assessmentHtml({ file, framework, assessment, result: result ?? own, decision, t, lang });
  const body = page.slice(page.indexOf('<body>')).replace(/<script\b[\s\S]*?<\/script>/g, '');
  return { body, text: textOf(body), h2: [...body.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => textOf(m[1]!)) };
}

/** What both formats must print for `result`, in `lang`. */
function expectations(result: AssessmentResult, lang: Language) {
  const { t } = createI18n(lang);
  const p = (raw: Parameters<typeof resultParams>[2]) => resultParams(t, lang, raw);
  const concerns = result.findings.filter((f) => f.recommendations.length).map((f) => t('results.card.concerns', { ...p({ recommendations: f.recommendations }), count: f.recommendations.length }));
  const suggestions = result.findings.flatMap((f) => (f.suggestions ?? []).map((id) => t(`content:suggestions.${id}`)));
  const noted = result.recommendations.flatMap((r) => r.criteria).filter((c) => c.note);
  const differences = noted.flatMap((c) => [
    t(`content:criteria.${c.id}.label`),
    // The report words notes and reasons for a committee (report.*), the results page for the author (results.*).
    t(`report.note.${c.note}`, { ...p({ criterion: c.id }), answer: t(`results.answer.${c.answer}`) }),
    ...(c.evidence === 'not-shown' ? c.evidenceReasons.map((r) => t(`results.evidence.${r.code}`, p(r.params))) : []),
  ]);
  const capped = result.recommendations.filter((r) => r.capped).map((r) => {
    const reason = r.reasons.find((x) => x.code === 'capped-by-finding');
    return reason ? t(`report.reasons.${reason.code}`, p(reason.params)) : t('results.card.capped');
  });
  return { t, concerns, suggestions, noted, differences, capped };
}

/** The clean assessment with its dialogues removed: citizen dialogue stays "Ja", shown by nothing. */
const gamed: Assessment = (() => {
  const clean = COMPLETE.find((f) => f.name === 'clean')!.assessment;
  return { ...clean, id: 'a-gamed', answers: { ...clean.answers, 'evidence.dialogues': [] } };
})();

const withGaps = COMPLETE.filter((f) => evaluated(f.assessment).result.knownGaps);
const without = COMPLETE.find((f) => !evaluated(f.assessment).result.knownGaps)!;

describe('the fixtures this file relies on', () => {
  it('have a case completed with known gaps, one without, findings of several recommendations with their own suggestions, and criteria that count other than answered', () => {
    expect(withGaps.length).toBeGreaterThan(0);
    expect(without).toBeDefined();
    const results = COMPLETE.map((f) => evaluated(f.assessment).result);
    expect(results.some((r) => r.findings.some((f) => f.recommendations.length > 1 && f.suggestions?.length))).toBe(true);
    expect(results.some((r) => r.recommendations.some((rec) => rec.criteria.some((c) => c.note)))).toBe(true);
    expect(evaluated(gamed).result.recommendations[0]!.criteria.find((c) => c.id === 'r1.citizen-dialogue')!.note).toBe('claimed-not-shown');
  });
});

describe('a claim the answers do not show', () => {
  it.each(LANGUAGES)('%s: the HTML report says what was answered, how it counts and what the answers show', (lang) => {
    const { result } = evaluated(gamed);
    const e = expectations(result, lang);
    expect(e.noted.map((c) => c.id)).toEqual(['r1.citizen-dialogue']);
    const { text } = html(gamed, lang);
    for (const words of e.differences) expect(text).toContain(normalise(words));
    expect(text).toContain(normalise(e.t(`results.evidence.dialogue-none`)));
  });
});

describe.each(withGaps.flatMap((f) => LANGUAGES.map((lang) => [f.name, lang, f] as const)))('%s (%s)', (name, lang, fixture) => {
  const { result } = evaluated(fixture.assessment);
  const e = expectations(result, lang);
  const { t } = e;
  const known = result.knownGaps!;
  const titles = known.findings.map((id) => result.findings.find((f) => f.id === id)!).map((f) => t(`findings.${f.code}.title`, resultParams(t, lang, f.params)));
  const intro = t('report.knownGaps.intro', { count: known.findings.length, countText: numberWord(lang, known.findings.length) });

  it(
    'PDF: the known gaps right after the summary, with the reason quoted; every recommendation of a finding, its suggestions, the differences and the capped reason',
    async () => {
      const r = await renderReport(fixture.assessment, lang, `claims-${name}-${lang}`);
      expect(r.missing).toEqual([]);
      const section = r.flow.indexOf(t('report.sections.knownGaps'));
      expect(section).toBeGreaterThan(r.flow.indexOf(t('report.summary.followUpDate')));
      expect(section).toBeLessThan(r.flow.indexOf(t('report.sections.proposal')));
      const after = r.flow.slice(section);
      for (const text of [intro, t('report.knownGaps.reason'), normalise(known.reason), ...titles]) expect(after).toContain(normalise(text));
      for (const text of [...e.concerns, ...e.suggestions, ...e.differences, ...e.capped]) expect(r.flow).toContain(normalise(text));
      for (const rec of result.recommendations.filter((x) => x.criteria.some((c) => c.note))) {
        // The report's own heading, in the committee's words, with the number in words (as the report writes it).
        expect(r.flow).toContain(normalise(wording(t, lang, 'committee').notesHeading(rec.criteria.filter((c) => c.note).length)));
      }
    },
    SLOW,
  );

  it('HTML: the same words, the known gaps as the section after the summary, the reason as a quotation and the findings as a list', () => {
    const { body, text, h2 } = html(fixture.assessment, lang);
    expect(h2.slice(0, 3)).toEqual([t('report.sections.summary'), t('report.sections.knownGaps'), t('report.sections.proposal')]);
    const section = body.slice(body.indexOf(t('report.sections.knownGaps')), body.indexOf(t('report.sections.proposal')));
    expect(textOf(/<blockquote>([\s\S]*?)<\/blockquote>/.exec(section)?.[1] ?? '')).toBe(normalise(known.reason));
    expect([...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!))).toEqual(titles.map((title, i) => `${t(`results.severity.${result.findings.find((f) => f.id === known.findings[i])!.severity}`)}: ${title}`));
    for (const words of [intro, ...e.concerns, ...e.suggestions, ...e.differences, ...e.capped]) expect(text).toContain(normalise(words));
  });
});

describe('without known gaps', () => {
  it.each(LANGUAGES)('%s: no such section in either format', async (lang) => {
    const { t } = createI18n(lang);
    const r = await renderReport(without.assessment, lang, `claims-${without.name}-${lang}`);
    expect(r.text).not.toContain(t('report.sections.knownGaps'));
    expect(html(without.assessment, lang).h2).not.toContain(t('report.sections.knownGaps'));
  }, SLOW);
});

describe('a status held at "partly met" with no reason of its own', () => {
  it('says the results page’s line under the status', () => {
    const { result } = evaluated(COMPLETE[0]!.assessment);
    const rec = result.recommendations.find((r) => r.status === 'partly')!;
    const held: AssessmentResult = {
      ...result,
      recommendations: result.recommendations.map((r) => (r === rec ? { ...r, capped: true, reasons: r.reasons.filter((x) => x.code !== 'capped-by-finding') } : r)),
    };
    for (const lang of LANGUAGES) expect(html(COMPLETE[0]!.assessment, lang, held).text).toContain(createI18n(lang).t('results.card.capped'));
  });
});
