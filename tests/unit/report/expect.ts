// Checks shared by the report tests, each returning what is wrong (an empty
// list when all is well), so a failure names the page, heading or name.
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { otherLanguageLeaks } from '../../fixtures/leaks';
import { normalise, pageCount, type Rendered } from './render';

/** The report's section titles in order, in `lang`, as the locale words them. */
export function sectionTitles(lang: Language): string[] {
  const { t } = createI18n(lang);
  return [
    t('report.sections.summary'),
    t('report.sections.proposal'),
    t('report.sections.screening'),
    t('report.sections.groups'),
    t('report.sections.consequences'),
    t('report.sections.evidence'),
    t('report.gaps.heading'),
    t('report.sections.check'),
    t('report.sections.findings'),
    t('report.sections.measures'),
    t('report.sections.followUp'),
    t('report.sections.conclusion'),
    t('report.sections.appendix'),
  ];
}

/** Titles missing from the text, or out of order. */
export function missingInOrder(text: string, titles: string[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const title of titles) {
    const at = text.indexOf(title, from);
    if (at < 0) missing.push(title);
    else from = at + title.length;
  }
  return missing;
}

/** Pages whose footer does not say "Sida n av N" / "Page n of N". */
export function badFooters(r: Rendered, lang: Language): number[] {
  const total = pageCount(r.info);
  const footer = (n: number) => (lang === 'sv' ? `Sida ${n} av ${total}` : `Page ${n} of ${total}`);
  const bad = r.pages.map((page, i) => (normalise(page).includes(footer(i + 1)) ? 0 : i + 1)).filter(Boolean);
  return r.pages.length === total ? bad : [-1];
}

/** Fonts that are not embedded (pdffonts' emb column), or a note when there are none. */
export function unembeddedFonts(fonts: string): string[] {
  const rows = fonts.split('\n').slice(2).filter((l) => l.trim());
  if (!rows.length) return ['no fonts'];
  return rows.filter((row) => row.trim().split(/\s+/).at(-5) !== 'yes');
}

/** Names not printed in the body (before the appendix, which prints every answer anyway). */
export function missingInBody(r: Rendered, lang: Language, names: string[]): string[] {
  const appendix = sectionTitles(lang).at(-1)!;
  // Letters only: a name in a narrow cell may be broken at the end of a line, with or without a hyphen.
  const squeeze = (text: string) => text.replace(/[\s\u00ad-]/g, '');
  const at = r.drawn.lastIndexOf(appendix);
  const body = squeeze(at < 0 ? r.drawn : r.drawn.slice(0, at));
  return names.filter((name) => !body.includes(squeeze(name)));
}

export const leaks = (r: Rendered, lang: Language) => otherLanguageLeaks(r.raw, lang);

/** 1-based numbers of the pages whose laid-out text matches `pattern`. */
export const pagesMatching = (r: Rendered, pattern: RegExp) => r.pages.flatMap((page, i) => (pattern.test(page) ? [i + 1] : []));

/** The first page that starts the check against the five recommendations (not the appendix's step of the same name). */
export function recommendationsPage(r: Rendered, lang: Language): number {
  const title = createI18n(lang).t('report.sections.check');
  return r.pages.findIndex((page) => page.split('\n').some((line) => line.trim() === title)) + 1;
}

/** Pages with nothing but the running header and footer (a blank page left by a page break). */
export function blankPages(r: Rendered): number[] {
  return r.pages.flatMap((page, i) => {
    const lines = page.split('\n').filter((l) => l.trim());
    // The header is the first line, the footer the last.
    return lines.slice(1, -1).join('').trim() ? [] : [i + 1];
  });
}
