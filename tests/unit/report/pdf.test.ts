// @vitest-environment node
// Renders the report of a complete assessment with the real fonts and the
// real texts, then reads the PDF back with pdftotext: what a reader would
// copy out of it must be right, in the right language, and only the branch
// taken.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, resources, type Language } from '../../../src/i18n/resources';
import { flattenTexts } from '../../../src/questionnaire/texts';
import { prepareFonts } from '../../../src/report/fonts';
import { newAssessment, type Assessment } from '../../../src/assessment/assessment';
import { renderAssessmentPdf } from '../../../src/report/node';
import { otherLanguageLeaks } from '../../fixtures/leaks';
import { completeAssessment, file, framework, GROUPS, MEASURES, TITLE } from './assessment';

const dir = mkdtempSync(join(tmpdir(), 'report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
// A full report takes 1–3 s to render; far more when other test files run alongside.
const SLOW = 60_000;

/** Renders and extracts the text; also returns every key `t` was asked for that does not exist. */
async function render(assessment: Assessment, lang: Language) {
  const i18n = createI18n(lang);
  const missing: string[] = [];
  const t = (key: string, options?: Record<string, unknown>) => {
    if (!i18n.exists(key)) missing.push(key);
    return i18n.t(key, options);
  };
  const bytes = await renderAssessmentPdf({ file, framework, assessment, t, lang });
  const path = join(dir, `${lang}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, bytes);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { text: normalise(raw), raw, info, missing };
}

// A unique answer to a question of the evidence step, which only the full analysis shows.
const HIDDEN = 'Forskning om lånemönster i Östersund';
const extra = { 'evidence.research': HIDDEN };

const STEP_TITLES: Record<Language, string[]> = {
  sv: ['Grunduppgifter', 'Berörda grupper', 'Konsekvenser per grupp', 'Avstämning mot de fem rekommendationerna', 'Uppföljning'],
  en: ['Basic details', 'Affected groups', 'Consequences for each group', 'Check against the five recommendations', 'Follow-up'],
};

describe.each(['sv', 'en'] as const)('the report PDF in %s (full analysis)', (lang) => {
  // Rendered once, on first use, and shared by the tests below.
  let once: ReturnType<typeof render> | undefined;
  const report = () => (once ??= render(completeAssessment('full', extra), lang));

  it('uses only existing texts', async () => {
    expect((await report()).missing).toEqual([]);
  });

  it('prints the title, the groups, the measures and Swedish letters intact', async () => {
    const { text } = await report();
    expect(text).toContain(normalise(TITLE));
    for (const name of [...GROUPS, ...MEASURES]) expect(text).toContain(name);
    expect(text).toContain('Åsa Öberg');
    for (const letter of ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) expect(text).toContain(letter);
    expect(text).toContain(HIDDEN);
  });

  it('has the running footer on every page and the step titles in its language', async () => {
    const { text, info } = await report();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) {
      expect(text).toContain(lang === 'sv' ? `Sida ${page} av ${pages}` : `Page ${page} of ${pages}`);
    }
    for (const title of STEP_TITLES[lang]) expect(text).toContain(title);
    expect(text).toContain(lang === 'sv' ? 'Bedöm ett förslag' : 'Assess a proposal');
    expect(text).toContain(lang === 'sv' ? '5 mars 2026' : '5 March 2026');
  });

  it('contains no text of the other language', async () => {
    expect(otherLanguageLeaks((await report()).raw, lang)).toEqual([]);
  });

  it('sets the document metadata', async () => {
    const { info } = await report();
    expect(normalise(info)).toContain(`Title: ${normalise(TITLE)}`);
    expect(info).toMatch(/Author:\s+Kultur- och fritidsförvaltningen, Åre kommun/);
    expect(info).toMatch(/Creator:\s+Jämlikhetskollen/);
  });
}, SLOW);

describe('long answers', () => {
  it('continue across pages instead of being cut or overflowing', async () => {
    const long = `Början av ett långt svar. ${'Meningen fortsätter med ord som är mycket långa och svenska. '.repeat(400)}Slutet av det långa svaret.`;
    const short = await render(completeAssessment('light'), 'sv');
    const { text, info } = await render(completeAssessment('light', { 'proposal.what': long }), 'sv');
    const pages = (i: string) => Number(/Pages:\s+(\d+)/.exec(i)?.[1]);
    expect(pages(info)).toBeGreaterThanOrEqual(pages(short.info) + 3);
    expect(text).toContain('Början av ett långt svar.');
    expect(text).toContain('Slutet av det långa svaret.');
    // No hyphenation: the Swedish word is never split at a line end.
    expect(text).not.toMatch(/svens- ka|myc- ket/);
  });
}, SLOW);

describe('characters', () => {
  it('prints letters beyond Swedish, spells out common symbols and marks what no font has', async () => {
    const unusual = { 'basics.assessors': 'Łukasz Żak och Máret Ŋuvttes', 'proposal.what': 'Minst ≥ 5 besök → nöjd 🙂' };
    const { text } = await render(completeAssessment('light', unusual), 'sv');
    expect(text).toContain('Łukasz Żak och Máret Ŋuvttes');
    expect(text).toContain('Minst >= 5 besök -> nöjd \uFFFD');
  });

  it.each(LANGUAGES)('%s: every text of the model and the interface can be drawn by the embedded fonts', async (lang) => {
    const covers = await prepareFonts();
    const texts = { ...flattenTexts(resources[lang].ui), ...flattenTexts(resources[lang].content) };
    const bad = Object.entries(texts).filter(([, v]) => [...String(v)].some((c) => c.codePointAt(0)! >= 0x20 && !covers(c.codePointAt(0)!)));
    expect(bad).toEqual([]);
  });
}, SLOW);

describe('an assessment with no answers yet', () => {
  it('still renders, titled as untitled, with its empty steps marked', async () => {
    const { text, missing } = await render(newAssessment(file, 'empty', new Date()), 'sv');
    expect(missing).toEqual([]);
    expect(text).toContain('Namnlös bedömning');
    expect(text).toContain('Grunduppgifter Inga svar i det här steget.');
  });
}, SLOW);

describe('the report PDF of a light analysis', () => {
  it('leaves out the answers of steps the screening skipped', async () => {
    const { text, missing } = await render(completeAssessment('light', extra), 'sv');
    expect(missing).toEqual([]);
    for (const name of GROUPS) expect(text).toContain(name);
    expect(text).not.toContain(HIDDEN);
    expect(text).not.toContain('Kunskapsunderlag och dialog');
    expect(text).not.toContain('Avstämning mot de fem rekommendationerna');
  });
}, SLOW);
