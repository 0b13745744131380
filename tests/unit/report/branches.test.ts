// @vitest-environment node
// Reports whose branch leaves sections without answers (a light analysis,
// no further analysis, an assessment not yet started) print one line saying
// why instead of dropping the section; the service self-audit prints through
// the same report; long answers continue over pages without hyphenation;
// letters beyond Swedish print and what no font has is marked.
import { afterAll, describe, expect, it } from 'vitest';
import { newAssessment } from '../../../src/assessment/assessment';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { flattenTexts } from '../../../src/questionnaire/texts';
import { resources } from '../../../src/i18n/resources';
import { prepareFonts } from '../../../src/report/fonts';
import { badFooters, blankPages, leaks, missingInBody, unembeddedFonts } from './expect';
import { audit, light, noAnalysis } from './fixtures';
import { completeAssessment, file } from './assessment';
import { normalise, pageCount, renderReport, savePng } from './render';
import { recordTimings } from './timings';

const SLOW = 120_000;
const timings: Array<[string, number, number]> = [];
afterAll(() => recordTimings('branches', timings));

async function render(assessment: Parameters<typeof renderReport>[0], lang: Language, name: string) {
  const r = await renderReport(assessment, lang, name);
  timings.push([name, r.ms, pageCount(r.info)]);
  expect(r.missing).toEqual([]);
  expect(badFooters(r, lang)).toEqual([]);
    expect(blankPages(r)).toEqual([]);
  expect(leaks(r, lang)).toEqual([]);
  return r;
}

/** The 400 characters after the first line that is exactly `title` (a heading, not a sentence starting with it). */
const after = (raw: string, title: string) => {
  const lines = raw.split('\n');
  const at = lines.findIndex((line) => line.trim() === title);
  return at < 0 ? '' : normalise(lines.slice(at + 1).join('\n')).slice(0, 400);
};

// A unique answer to a question of the evidence step, which only the full analysis shows.
const HIDDEN = 'Forskning om lånemönster i Östersund';

describe('a light analysis', () => {
  it('says that the check is not part of it, shows the children’s questions it asks, and leaves out the answers of the skipped steps', async () => {
    const fixture = light();
    fixture.assessment.answers['evidence.research'] = HIDDEN;
    const r = await render(fixture.assessment, 'sv', 'light-sv');
    // Children are asked about in every analysis: their answers are the evidence section's content here.
    expect(after(r.raw, 'Kunskapsunderlag och dialog')).toContain(createI18n('sv').t('content:questions.children.best-interests.label'));
    expect(after(r.raw, 'Avstämning mot de fem rekommendationerna')).toContain('Relevansprövningen ledde till en bedömning utan avstämning');
    expect(missingInBody(r, 'sv', [...fixture.groups, ...fixture.measures])).toEqual([]);
    expect(r.text).not.toContain(HIDDEN);
  });
}, SLOW);

describe('no further analysis', () => {
  it.each(LANGUAGES)('%s: prints the screening and its justification, and one line for each section it skips', async (lang) => {
    const fixture = noAnalysis();
    const r = await render(fixture.assessment, lang, `no-analysis-${lang}`);
    const { t } = createI18n(lang);
    const skipped = t('report.empty.notOnBranch', { depth: t('report.depth.noAnalysis') });
    expect(r.text).toContain('Förslaget påverkar ingen invånare och ingen anställd på olika sätt.');
    for (const title of ['report.sections.groups', 'report.sections.measures', 'report.sections.followUp', 'report.sections.evidence']) {
      expect(after(r.raw, t(title))).toContain(skipped);
    }
    expect(after(r.raw, t('report.sections.consequences'))).toContain(skipped);
    savePng(r.path, 1, `no-analysis-${lang}-page1`);
  });
}, SLOW);

describe('an assessment with no answers yet', () => {
  it('still renders, titled as untitled, each section saying it has no answers', async () => {
    const r = await render(newAssessment(file, 'empty', new Date()), 'sv', 'empty-sv');
    expect(r.text).toContain('Namnlös bedömning');
    expect(r.text).toContain('Ingen samlad bedömning ännu');
    expect(r.text).toContain('Grunduppgifter Inga svar i det här steget.');
    expect(r.text).toContain('Det finns ingen konsekvensbeskrivning ännu.');
  });
}, SLOW);

describe('the service self-audit', () => {
  it.each(LANGUAGES)('%s: fills the same sections by tags, without a proposal or a screening', async (lang) => {
    const fixture = audit();
    const r = await render(fixture.assessment, lang, `service-audit-${lang}`);
    const { t } = createI18n(lang);
    expect(missingInBody(r, lang, [...fixture.groups, ...fixture.measures])).toEqual([]);
    expect(r.text).not.toContain(t('report.sections.proposal'));
    expect(r.text).not.toContain(t('report.sections.screening'));
    expect(r.text).toContain(t('results.recommendationKicker', { number: 5 }));
    expect(unembeddedFonts(r.fonts)).toEqual([]);
    savePng(r.path, 1, `service-audit-${lang}-page1`);
  });
}, SLOW);

describe('long answers', () => {
  it('continue across pages instead of being cut or overflowing, without hyphenation', async () => {
    const long = `Början av ett långt svar. ${'Meningen fortsätter med ord som är mycket långa och svenska. '.repeat(400)}Slutet av det långa svaret.`;
    const short = await render(completeAssessment('light'), 'sv', 'long-before-sv');
    const r = await render(completeAssessment('light', { 'proposal.what': long }), 'sv', 'long-sv');
    // Printed twice (the decision text on the summary and the proposal section), so at least six pages more.
    expect(pageCount(r.info)).toBeGreaterThanOrEqual(pageCount(short.info) + 6);
    expect(r.flow).toContain(long);
    // The appendix leaves out what the body shows.
    const appendix = r.flow.lastIndexOf(createI18n('sv').t('report.sections.appendix'));
    expect(appendix).toBeGreaterThan(0);
    expect(r.flow.slice(appendix)).not.toContain('Början av ett långt svar.');
    expect(r.text).not.toMatch(/svens- ka|myc- ket/);
  });
}, SLOW);

describe('characters', () => {
  it('prints letters beyond Swedish, spells out common symbols and marks what no font has', async () => {
    const unusual = { 'basics.assessors': 'Łukasz Żak och Máret Ŋuvttes', 'proposal.what': 'Minst ≥ 5 besök → nöjd 🙂', 'groups.items': [{ id: 'g-x', values: { 'groups.item.name': 'Čáhppes ≥ 65 år 🙂', 'groups.item.factors': ['age'] } }] };
    const r = await render(completeAssessment('light', unusual), 'sv', 'characters-sv');
    expect(r.text).toContain('Łukasz Żak och Máret Ŋuvttes');
    expect(r.text).toContain('Minst >= 5 besök -> nöjd \uFFFD');
    // Inside the result too: the heat map and the findings name the group as printed.
    expect(r.drawn).toContain('Čáhppes >= 65 år \uFFFD');
    expect(r.text).not.toContain('≥');
  });

  it.each(LANGUAGES)('%s: every text of the model and the interface can be drawn by the embedded fonts', async (lang) => {
    const covers = await prepareFonts();
    const texts = { ...flattenTexts(resources[lang].ui), ...flattenTexts(resources[lang].content) };
    const bad = Object.entries(texts).filter(([, v]) => [...String(v)].some((c) => c.codePointAt(0)! >= 0x20 && !covers(c.codePointAt(0)!)));
    expect(bad).toEqual([]);
  });
}, SLOW);
