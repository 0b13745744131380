// The HTML report, rendered as the app renders it, read back with the DOM:
// one h1 and headings that never skip a level, tables with captions and
// header cells, `lang`, nothing fetched, the assessment embedded as inert
// JSON that imports back, the user's markup shown as text, no text of the
// other language. Its parity with the PDF is in html-parity.test.ts.
import { describe, expect, it } from 'vitest';
import { ZAssessment, type Assessment } from '../../../src/assessment/assessment';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { assessmentFromHtml, looksLikeHtml } from '../../../src/assessment/html-embed';
import { createI18n } from '../../../src/i18n';
import { subjectContext } from '../../../src/i18n/subject';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { assessmentHtml } from '../../../src/report/html';
import { reportFileName } from '../../../src/report/file-name';
import { otherLanguageLeaks } from '../../fixtures/leaks';
import { audit, COMPLETE, light, noAnalysis, type Fixture } from './fixtures';

const CREATED = new Date('2026-11-23T12:00:00Z');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function render(assessment: Assessment, lang: Language) {
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const i18n = createI18n(lang);
  const missing: string[] = [];
  const t = (key: string, options?: Record<string, unknown>) => {
    if (!i18n.exists(key, options)) missing.push(key);
    return i18n.t(key, options);
  };
  const result = evaluate(file, framework, assessment);
  const decision = decisionText(file, framework, assessment.answers, result);
  const html = assessmentHtml({ file, framework, assessment, result, decision, t, lang }, CREATED);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { html, doc, missing, text: textOf(doc) };
}

/** The page's visible text: its text nodes joined with spaces (cells would run together), the data block left out. */
function textOf(doc: Document): string {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement?.tagName !== 'SCRIPT') parts.push(node.nodeValue ?? '');
  return normalise(parts.join(' '));
}

const headings = (doc: Document) => [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ level: Number(h.tagName[1]), text: normalise(h.textContent ?? '') }));

/** Headings that skip a level (an h4 straight after an h2). */
function skipped(doc: Document): string[] {
  let previous = 0;
  return headings(doc).flatMap(({ level, text }) => {
    const bad = level > previous + 1;
    previous = level;
    return bad ? [`h${level} ${text}`] : [];
  });
}

/** Tables without a caption, a header row of `th scope="col"` or a row header in every body row. */
function badTables(doc: Document): string[] {
  return [...doc.querySelectorAll('table')].flatMap((table, i) => {
    const problems: string[] = [];
    if (!table.querySelector('caption')?.textContent?.trim()) problems.push(`table ${i}: no caption`);
    const head = [...table.querySelectorAll('thead th')];
    if (!head.length || head.some((th) => th.getAttribute('scope') !== 'col')) problems.push(`table ${i}: column headers`);
    if ([...table.querySelectorAll('tbody tr')].some((tr) => tr.firstElementChild?.tagName !== 'TH' || tr.firstElementChild.getAttribute('scope') !== 'row')) problems.push(`table ${i}: row headers`);
    return problems;
  });
}

const FIXTURES: Fixture[] = [COMPLETE[3]!, COMPLETE[0]!, light(), noAnalysis(), audit()];

describe.each(FIXTURES.flatMap((f) => LANGUAGES.map((lang) => [f.name, lang, f] as const)))('%s (%s)', (_name, lang, fixture) => {
  const { html, doc, missing, text } = render(fixture.assessment, lang);
  const { t } = createI18n(lang);

  it('is a whole, self-contained page in the chosen language, using only existing texts', () => {
    expect(missing).toEqual([]);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.lang).toBe(lang);
    // An audit's page is titled as an audit (src/i18n/subject.ts).
    const file = questionnaires.find((q) => q.id === fixture.assessment.questionnaire.id);
    expect(doc.title).toContain(t('report.kicker', { context: subjectContext(file) }));
    expect(doc.querySelectorAll('link, img, iframe, object, embed, [src], [href]')).toHaveLength(0);
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual(['application/json']);
    expect(doc.querySelector('style')?.textContent).toContain('.table-scroll');
    expect(doc.querySelectorAll('main')).toHaveLength(1);
  });

  it('has one h1, headings in order, and tables with captions and header cells', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(skipped(doc)).toEqual([]);
    expect(doc.querySelectorAll('table').length).toBeGreaterThan(0);
    expect(badTables(doc)).toEqual([]);
  });

  it('names every affected group and measure before the appendix, and leaks nothing of the other language', () => {
    const body = text.slice(0, text.lastIndexOf(t('report.sections.appendix')));
    for (const name of [...fixture.groups, ...fixture.measures]) expect(body).toContain(normalise(name));
    expect(otherLanguageLeaks(text, lang)).toEqual([]);
  });

  it('carries the assessment as inert JSON that imports back unchanged', () => {
    expect(looksLikeHtml(html)).toBe(true);
    const back = assessmentFromHtml(html);
    expect(back.ok && back.value).toEqual(ZAssessment.parse(fixture.assessment));
  });
});

describe('user text', () => {
  const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "citat" <b>fet</b>';

  it.each(LANGUAGES)('%s: markup the user typed is shown as text, never run, and round-trips in the data', (lang) => {
    const fixture = COMPLETE[3]!;
    const assessment: Assessment = { ...fixture.assessment, answers: { ...fixture.assessment.answers, 'basics.title': hostile, 'proposal.what': hostile } };
    const { html, doc, text } = render(assessment, lang);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('img, b, [onerror]')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile);
    expect(doc.title).toContain(hostile);
    expect(text).toContain(normalise(hostile));
    const back = assessmentFromHtml(html);
    expect(back.ok && back.value.answers['proposal.what']).toBe(hostile);
  });

  it('names the file after the title, as the PDF', () => {
    expect(reportFileName('Ändrade öppettider – Åre', 'sv', 'html', 'sv')).toBe('andrade-oppettider-are.html');
    expect(reportFileName('', 'en', 'html', 'en')).toBe('impact-assessment.html');
  });

  it('refuses an HTML page without the data block', () => {
    const back = assessmentFromHtml('<!doctype html><html lang="sv"><body><p>Hej</p></body></html>');
    expect(back.ok).toBe(false);
    expect(!back.ok && back.problems[0]?.code).toBe('file.no-html-data');
  });
});
