/**
 * The assessment as a file: JSON in a documented format (`format`,
 * `formatVersion`, questionnaire id and version, meta, answers by stable
 * id). Export is deterministic (same assessment, same bytes), so a file can
 * be compared and round-tripped; import brings a file of an earlier format
 * version up to the current one (./migrations), parses it with zod, and
 * refuses files from a newer version with a clear problem instead of guessing.
 */
import type { Parsed } from '../questionnaire/load';
import { fromZodIssues } from '../questionnaire/problems';
import { ASSESSMENT_FORMAT, ZAssessment, type Assessment } from './assessment';
import { migrate } from './migrations';

/** The name of the JSON file embedded in exported PDFs. */
export const EMBEDDED_NAME = 'assessment.json';

/** Pretty, stable JSON for an assessment (key order as in the schema). */
export function exportJson(assessment: Assessment): string {
  return `${JSON.stringify(ZAssessment.parse(assessment), null, 2)}\n`;
}

/** Parses an assessment file's text: syntax, then format and version, then the schema. */
export function parseAssessmentJson(text: string): Parsed<Assessment> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'json.syntax', path: '$', params: { detail: (error as Error).message } }] };
  }
  return parseAssessmentValue(raw);
}

/** Checks an already parsed value as an assessment: format, then version (migrated to the current one), then the schema. */
export function parseAssessmentValue(raw: unknown): Parsed<Assessment> {
  const record = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (record.format !== ASSESSMENT_FORMAT) return { ok: false, problems: [{ code: 'file.kind', path: '$.format' }] };
  const migrated = migrate(record);
  if (!migrated.ok) return migrated;
  const result = ZAssessment.safeParse(migrated.value);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: fromZodIssues(result.error.issues, migrated.value) };
}
