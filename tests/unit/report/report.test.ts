// @vitest-environment node
// The committee report of every workshop case and of the clean assessment,
// in both languages, rendered with the real fonts and texts and read back
// with poppler: the sections in order, the summary, every affected group and
// measure, Swedish letters, page x of y on every page, embedded fonts, the
// metadata, and nothing of the other language. Page 1 and the
// recommendations page are saved as PNGs in test-results/report/ for a
// person to look at.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { wordDecisionText } from '../../../src/i18n/decision-text';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { badFooters, blankPages, leaks, missingInBody, missingInOrder, recommendationsPage, sectionTitles, unembeddedFonts } from './expect';
import { COMPLETE, type Fixture } from './fixtures';
import { normalise, pageCount, renderReport, savePng, type Rendered } from './render';
import { recordTimings } from './timings';

// A report takes one to three seconds; far more while other test files render alongside.
const SLOW = 120_000;
const timings: Array<[string, number, number]> = [];
afterAll(() => recordTimings('report', timings));

describe.each(COMPLETE.flatMap((f) => LANGUAGES.map((lang) => [f.name, lang, f] as const)))('%s (%s)', (name, lang: Language, fixture: Fixture) => {
  let once: Promise<Rendered> | undefined;
  const report = () =>
    (once ??= renderReport(fixture.assessment, lang, `${name}-${lang}`).then((r) => {
      timings.push([`${name}-${lang}`, r.ms, pageCount(r.info)]);
      return r;
    }));
  const { t } = createI18n(lang);

  it('uses only existing texts', async () => {
    expect((await report()).missing).toEqual([]);
  });

  it('has every section, in order, and Swedish letters intact', async () => {
    const r = await report();
    expect(missingInOrder(r.text, sectionTitles(lang))).toEqual([]);
    for (const letter of ['å', 'ä', 'ö']) expect(r.text).toContain(letter);
    // Capitals: those the assessment's own words have (group names, the title), as typed.
    for (const letter of ['Å', 'Ä', 'Ö'].filter((l) => JSON.stringify(fixture.assessment.answers).includes(l))) expect(r.text).toContain(letter);
  });

  it('names every affected group and every measure in the body, not only in the appendix', async () => {
    const r = await report();
    expect(missingInBody(r, lang, fixture.groups)).toEqual([]);
    expect(missingInBody(r, lang, fixture.measures)).toEqual([]);
  });

  it('summarises from page 2: judgement, the decision text under its headings, the five statuses, the follow-up date', async () => {
    const r = await report();
    // Letters only: a long word may be broken at the end of a line, with or without a hyphen.
    const squeeze = (text: string) => text.replace(/[\s\u00ad-]/g, '');
    // The summary starts on page 2 and runs (the page furniture left out) up to the body's first section.
    expect(normalise(r.pages[1]!)).toContain(t('report.sections.summary'));
    const flow = squeeze(r.flow);
    const from = flow.indexOf(squeeze(t('report.sections.summary')));
    const to = Math.min(...[t('report.sections.knownGaps'), t('report.sections.proposal')].map((title) => flow.indexOf(squeeze(title), from)).filter((at) => at > from));
    const summary = flow.slice(from, to);
    const file = questionnaires.find((q) => q.id === fixture.assessment.questionnaire.id)!;
    const result = evaluate(file, framework, fixture.assessment);
    const worded = wordDecisionText(t, lang, decisionText(file, framework, fixture.assessment.answers, result));
    expect(worded.blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of worded.blocks) {
      expect(summary).toContain(squeeze(block.heading));
      expect(summary).toContain(squeeze(block.text));
    }
    for (const rec of result.recommendations) expect(summary).toContain(squeeze(t(`content:recommendations.${rec.id}.short`)));
    for (const rec of result.recommendations) expect(summary).toContain(squeeze(t(`results.status.${rec.status}`)));
    expect(summary).toContain(squeeze(t('report.summary.followUpDate')));
    expect(summary).toContain(squeeze(lang === 'sv' ? '1 december 2026' : '1 December 2026'));
  });

  it('has "page x of y" on every page', async () => {
    const r = await report();
    expect(pageCount(r.info)).toBeGreaterThan(5);
    expect(badFooters(r, lang)).toEqual([]);
    expect(blankPages(r)).toEqual([]);
  });

  it('contains no text of the other language', async () => {
    expect(leaks(await report(), lang)).toEqual([]);
  });

  it('embeds every font and sets the metadata', async () => {
    const r = await report();
    expect(unembeddedFonts(r.fonts)).toEqual([]);
    expect(normalise(r.info)).toContain(`Title: ${normalise(fixture.assessment.answers['basics.title'] as string)}`);
    expect(r.info).toMatch(/Subject:\s+\S/);
    expect(r.info).toMatch(/Author:\s+\S/);
    expect(r.info).toMatch(/Creator:\s+Jämlikhetskollen/);
    expect(r.info).toMatch(/CreationDate:\s+\S/);
    expect(r.info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    expect(r.bytes.includes(`/Lang (${lang})`)).toBe(true);
  });

  it('saves page 1 and the recommendations page as PNGs', async () => {
    const r = await report();
    const page = recommendationsPage(r, lang);
    expect(page).toBeGreaterThan(2);
    expect(r.pages[page - 1]).toContain(`${t('results.recommendationKicker', { number: 1 })} ${t('content:recommendations.r1.title')}`.slice(0, 40));
    expect(existsSync(savePng(r.path, 1, `${name}-${lang}-page1`))).toBe(true);
    expect(existsSync(savePng(r.path, page, `${name}-${lang}-recommendations`))).toBe(true);
  });
}, SLOW);
