// @vitest-environment node
// The import of untrusted files, as property tests with fast-check (fixed
// seeds, reproducible): over 10,000 generated files, valid and broken, go
// through the app's own reader (`readAssessmentFile`, bytes in, result out).
// Nothing throws; every refusal lists problems that read as sentences in
// Swedish and English, each with a JSON path; every accepted file exports,
// imports and exports again to the same bytes, and the screens' pure parts
// (evaluation, answer list, konsekvensbeskrivning, wizard restore) take it.
import * as fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { decisionText } from '../../../src/assessment/decision-text';
import { answerList } from '../../../src/assessment/answer-list';
import { evaluate } from '../../../src/assessment/evaluate';
import { exportJson } from '../../../src/assessment/export-file';
import { readAssessmentFile } from '../../../src/app/import-file';
import { createI18n } from '../../../src/i18n';
import { formatProblem } from '../../../src/i18n/problems';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import { restoreSnapshot } from '../../../src/machine/persistence';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { Problem } from '../../../src/questionnaire/problems';
import { validAssessment } from '../../fixtures/arbitraries';
import { mutated, textual, type Case } from '../../fixtures/mutations';

const languages = (['sv', 'en'] as const).map((lang) => createI18n(lang));
const machines = new Map(questionnaires.map((file) => [file.id, createWizardMachine({ file, framework })]));
const counts = { documents: 0, accepted: 0, refused: 0 };

const read = (data: string | Uint8Array) => readAssessmentFile(new Blob([data as BlobPart]));

/** The problem rendered by the app's formatter reads as a sentence, in both languages, after its path. */
function expectReadable(problem: Problem) {
  expect(problem.path).toMatch(/^\$/);
  for (const i18n of languages) {
    const key = `problems.${problem.code}`;
    const template = i18n.getResource(i18n.language, 'ui', key) as unknown;
    expect(typeof template, `${i18n.language}: ${key}`).toBe('string');
    // Every placeholder the sentence needs is given: none is left empty or raw.
    for (const [, name] of String(template).matchAll(/\{\{(\w+)\}\}/g)) expect(problem.params, `${key} needs ${name}`).toHaveProperty(name!);
    const message = formatProblem(i18n.t.bind(i18n), problem);
    expect(message.startsWith(`${problem.path}: `)).toBe(true);
    const sentence = message.slice(problem.path.length + 2);
    expect(sentence).not.toBe(key);
    expect(sentence).toMatch(/^\p{Lu}/u);
    expect(sentence.match(/\p{L}{2,}/gu)?.length ?? 0).toBeGreaterThanOrEqual(3);
  }
}

/** Accepted: export, import, export gives the same bytes, and the app's pure consumers take it. */
async function expectRoundTrip(value: Parameters<typeof exportJson>[0], canonical: string | undefined, consumers: boolean) {
  const exported = exportJson(value);
  if (canonical !== undefined) expect(exported).toBe(canonical);
  const again = await read(exported);
  expect(again.ok).toBe(true);
  if (!again.ok) return;
  // node's deep equality: vitest's toEqual is too slow for thousands of large documents.
  expect(isDeepStrictEqual(again.value, value)).toBe(true);
  expect(exportJson(again.value)).toBe(exported);
  if (!consumers) return;
  const file = questionnaires.find((q) => q.id === value.questionnaire.id)!;
  const result = evaluate(file, framework, value);
  expect(result.recommendations).toHaveLength(5);
  decisionText(file, framework, value.answers, result);
  answerList(file, framework, value.answers, { includeEmpty: true });
  restoreSnapshot(machines.get(file.id)!, { file, framework }, value.answers, value.progress);
}

/** Refused: at least one problem, each readable, including `code` when the case names one. */
function expectRefused(problems: Problem[], c: { kind: string; code?: string }) {
  expect(problems.length).toBeGreaterThan(0);
  problems.forEach(expectReadable);
  expect(c.code === undefined || problems.some((p) => p.code === c.code), `${c.kind}: ${c.code} among ${problems.map((p) => p.code).join(', ')}`).toBe(true);
}

async function check(c: Case | { kind: string; bytes: Uint8Array; expect: 'invalid' }, consumers = false) {
  counts.documents += 1;
  const parsed = await read('bytes' in c ? c.bytes : c.text);
  counts[parsed.ok ? 'accepted' : 'refused'] += 1;
  expect(parsed.ok ? 'valid' : 'invalid', c.kind).toBe(c.expect);
  if (parsed.ok) await expectRoundTrip(parsed.value, 'canonical' in c ? c.canonical : undefined, consumers);
  else expectRefused(parsed.problems, c);
}

/** Runs `runs` cases through `check`; returns how many files were read. */
async function readAll<T extends Parameters<typeof check>[0]>(cases: fc.Arbitrary<T>, runs: number, seed: number, consumers = false) {
  const before = counts.documents;
  await fc.assert(fc.asyncProperty(cases, async (c) => check(c, consumers)), { numRuns: runs, seed });
  return counts.documents - before;
}

const bytes = fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 300 })).map(([pdf, data]) => ({
  kind: pdf ? 'random bytes after a PDF header' : 'random bytes',
  bytes: pdf ? new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...data]) : data,
  expect: 'invalid' as const,
}));

describe('importing untrusted files (properties)', () => {
  it('a valid file imports exactly as exported, and exports again to the same bytes', async () => {
    const valid = validAssessment.map((a): Case => ({ kind: 'valid', text: exportJson(a), expect: 'valid', canonical: exportJson(a) }));
    expect(await readAll(valid, 1_200, 20_261, true)).toBe(1_200);
  }, 120_000);

  it('a mutated file is refused with readable problems, or accepted whole when still valid', async () => {
    expect(await readAll(mutated, 3_500, 4_711, true)).toBe(3_500);
  }, 120_000);

  it('a damaged or foreign text is refused with readable problems', async () => {
    expect(await readAll(textual, 4_800, 1_234)).toBe(4_800);
  }, 120_000);

  it('random bytes, with or without a PDF header, are refused with readable problems', async () => {
    // pdf-lib logs each object it cannot parse; the refusal is what is checked.
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await readAll(bytes, 500, 99)).toBe(500);
    quiet.mockRestore();
  }, 120_000);

  it('read over 10,000 files, with both outcomes in number', () => {
    // The generators are not degenerate: many files are accepted and many refused.
    expect(counts.documents).toBeGreaterThanOrEqual(10_000);
    expect(counts.accepted).toBeGreaterThan(2_000);
    expect(counts.refused).toBeGreaterThan(2_000);
  });
});
