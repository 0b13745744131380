/**
 * Loading the worked examples (questionnaires/examples/<id>.<lang>.json).
 * They are bundled as separate chunks and read only when someone starts
 * from one, so the first load does not grow, and they pass the same
 * validated import path as a file the user picks.
 */
import type { Assessment } from '../assessment/assessment';
import type { ExampleId } from '../assessment/examples';
import type { Language } from '../i18n/resources';
import type { Parsed } from '../questionnaire/load';
import { checkAssessmentText } from './import-file';

// Lazy loaders keyed by path; `?raw` keeps the text as written, for parsing.
const FILES = import.meta.glob<string>('../../questionnaires/examples/*.json', { query: '?raw', import: 'default' });

/** Reads and checks the example `id` in `lang`. */
export async function loadExample(id: ExampleId, lang: Language): Promise<Parsed<Assessment>> {
  const load = FILES[`../../questionnaires/examples/${id}.${lang}.json`];
  if (!load) return { ok: false, problems: [{ code: 'file.unreadable', path: '$', params: { detail: `${id}.${lang}.json` } }] };
  return checkAssessmentText(await load());
}
