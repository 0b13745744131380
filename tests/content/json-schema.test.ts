// The JSON Schemas in questionnaires/schema/ are generated from the zod
// schemas; this fails when someone changed one without running `npm run schema`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FORMAT, FORMAT_VERSION } from '../../src/assessment/assessment';
import { allJsonSchemas } from '../../src/assessment/json-schema';

const DIR = resolve(import.meta.dirname, '../../questionnaires/schema');

describe('generated JSON Schemas', () => {
  it.each(Object.entries(allJsonSchemas()))('%s is up to date (run `npm run schema` if not)', (name, text) => {
    expect(readFileSync(join(DIR, name), 'utf8')).toBe(text);
  });

  it('describes the format (ids, step kinds, question types)', () => {
    const schema = JSON.parse(allJsonSchemas()['questionnaire.schema.json']!);
    const text = JSON.stringify(schema);
    for (const word of ['recommendation-check', 'per-item', 'longtext', 'scale', 'group', 'fromGroup']) {
      expect(text).toContain(word);
    }
  });

  it('describes the assessment file: format marker, current format version, questionnaire, answers, earlier answers', () => {
    const schema = JSON.parse(allJsonSchemas()['assessment.schema.json']!) as { properties: Record<string, { const?: unknown }>; required: string[] };
    expect(schema.properties.format?.const).toBe(ASSESSMENT_FORMAT);
    expect(schema.properties.formatVersion?.const).toBe(FORMAT_VERSION);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'questionnaire', 'answers']));
    expect(Object.keys(schema.properties)).toContain('earlierAnswers');
  });
});
