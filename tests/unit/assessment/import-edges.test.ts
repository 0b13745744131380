// @vitest-environment node
// Edges of the import that the property test only meets by chance: the size
// limit (refused before reading, with its number in the message), `__proto__`
// keys (never reach a prototype), and a missing field with fixed values
// (reads as missing, not as a wrong value).
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/assessment/export-file';
import { MAX_IMPORT_BYTES, readAssessmentFile } from '../../../src/app/import-file';
import { createI18n } from '../../../src/i18n';
import { formatProblem } from '../../../src/i18n/problems';
import { CASES, caseAssessment } from '../../fixtures/cases';

const assessment = caseAssessment(CASES[0]!);
const read = (text: string | Uint8Array) => readAssessmentFile(new Blob([text as BlobPart]));
const codes = (parsed: Awaited<ReturnType<typeof read>>) => (parsed.ok ? [] : parsed.problems.map((p) => `${p.code} ${p.path}`));

describe('the import size limit', () => {
  it('refuses a file one byte above the limit, saying the limit in both languages', async () => {
    const parsed = await read(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20));
    expect(codes(parsed)).toEqual(['file.too-large $']);
    const problem = parsed.ok ? undefined : parsed.problems[0]!;
    expect(formatProblem(createI18n('sv').t, problem!)).toBe('$: Filen är för stor (gränsen är 20 MB).');
    expect(formatProblem(createI18n('en').t, problem!)).toBe('$: The file is too large (the limit is 20 MB).');
  });

  it('reads a file exactly at the limit (and judges its content, not its size)', async () => {
    const text = exportJson(assessment);
    const padded = new Uint8Array(MAX_IMPORT_BYTES).fill(0x20);
    padded.set(new TextEncoder().encode(text));
    expect(await read(padded)).toEqual({ ok: true, value: assessment });
  });
});

describe('keys named __proto__', () => {
  it('in a record are dropped and reach no prototype', async () => {
    const text = exportJson(assessment).replace('"answers": {', '"answers": {"__proto__": {"polluted": "yes"},');
    const parsed = await read(text);
    expect(parsed.ok).toBe(true);
    const answers = parsed.ok ? parsed.value.answers : {};
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect('polluted' in answers).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('in a fixed-shape object are refused as unknown fields', async () => {
    const text = exportJson(assessment).replace('"progress": {', '"progress": {"__proto__": {"phase": "review"},');
    expect(codes(await read(text))).toEqual(['schema.unknown-key $.progress']);
  });
});

describe('a missing field with fixed values', () => {
  it('reads as missing', async () => {
    const { phase: _phase, ...progress } = assessment.progress;
    const { formatVersion: _version, ...rest } = assessment;
    expect(codes(await read(JSON.stringify({ ...assessment, progress })))).toEqual(['schema.required $.progress.phase']);
    expect(codes(await read(JSON.stringify(rest)))).toEqual(['schema.required $.formatVersion']);
  });
});
