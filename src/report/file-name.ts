/**
 * The download's file name, made from the assessment title so that a folder
 * of reports stays readable: lowercase ASCII, Swedish letters folded
 * (å, ä → a, ö → o), everything else to hyphens.
 */
import type { Language } from '../i18n/resources';

const MAX = 60;
const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ŧ: 't', ŋ: 'n', æ: 'ae', ß: 'ss' };
const FALLBACK: Record<Language, string> = { sv: 'konsekvensbedomning', en: 'impact-assessment' };

export function pdfFileName(title: string, lang: Language): string {
  const slug = title
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
    .replace(/-+$/, '');
  return `${slug || FALLBACK[lang]}.pdf`;
}
