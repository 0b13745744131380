/**
 * The download's file name, made from the assessment title so that a folder
 * of reports stays readable: lowercase ASCII, Swedish letters folded
 * (å, ä → a, ö → o), everything else to hyphens.
 *
 * A report in a language other than the interface's carries that language
 * before the extension (`titel.sv.pdf`, `title.en.docx`): the title is the
 * user's own and the same in both languages, so without it the Swedish and
 * the English report of one assessment would overwrite each other.
 */
import type { Language } from '../i18n/resources';
import type { SubjectContext } from '../i18n/subject';

/** What the file holds; also its extension. */
export type FileFormat = 'pdf' | 'html' | 'docx' | 'json';

const MAX = 60;
const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ŧ: 't', ŋ: 'n', æ: 'ae', ß: 'ss' };
/** The name of an untitled document: what it is, a proposal's impact assessment or an audit of a service. */
const FALLBACK: Record<'proposal' | 'service', Record<Language, string>> = {
  proposal: { sv: 'konsekvensbedomning', en: 'impact-assessment' },
  service: { sv: 'granskning-av-jamlikheten', en: 'equity-audit' },
};

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      // Letters that are not a base letter plus a mark, so NFD leaves them whole.
      .replace(/[łøđŧŋæß]/g, (c) => FOLDED[c] ?? c)
      // Other accents (é, ü, č) lose their marks.
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, MAX)
      // Trim after cutting, so a cut in the middle of "-–-" leaves no trailing hyphen.
      .replace(/-+$/, '')
  );
}

/**
 * `title` as a file name for a document in `lang`. Give `interfaceLang` when
 * the user chose the document's language apart from the interface's: the
 * name then says which language it is in whenever the two differ. `subject`
 * names an untitled audit of a service as an audit.
 */
export function reportFileName(title: string, lang: Language, format: FileFormat, interfaceLang?: Language, subject?: SubjectContext): string {
  const tag = interfaceLang !== undefined && interfaceLang !== lang ? `.${lang}` : '';
  return `${slug(title) || FALLBACK[subject ?? 'proposal'][lang]}${tag}.${format}`;
}

/** A PDF's name with no language tag (worksheets, comparisons: always in the interface language). */
export function pdfFileName(title: string, lang: Language): string {
  return reportFileName(title, lang, 'pdf');
}
