/**
 * The three worked examples (questionnaires/examples/<id>.<lang>.json), one
 * file per case and language. They are bundled as separate chunks and read
 * only when someone starts from one, so the first load does not grow, and
 * they go through the same validated import path as a file the user picks.
 */
import type { Assessment } from '../assessment/assessment';
import type { Language } from '../i18n/resources';
import type { Parsed } from '../questionnaire/load';
import { checkAssessmentText } from './import-file';

/** The examples in the order the start page offers them. */
export const EXAMPLE_IDS = ['library', 'primary-care', 'digital-first'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

// Lazy loaders keyed by path; `?raw` keeps the text as written, for parsing.
const FILES = import.meta.glob<string>('../../questionnaires/examples/*.json', { query: '?raw', import: 'default' });

/** The path of an example's file, relative to this module. */
export const examplePath = (id: ExampleId, lang: Language) => `../../questionnaires/examples/${id}.${lang}.json`;

/** Reads and checks the example `id` in `lang`. */
export async function loadExample(id: ExampleId, lang: Language): Promise<Parsed<Assessment>> {
  const load = FILES[examplePath(id, lang)];
  if (!load) return { ok: false, problems: [{ code: 'file.unreadable', path: '$', params: { detail: `${id}.${lang}.json` } }] };
  return checkAssessmentText(await load());
}
