// @vitest-environment node
// The life after the decision travels in the same files as the answers: a
// reviewer's comments, the decision on record and the follow-ups must come
// back byte for byte from each kind of file the tool writes — the JSON
// export, the PDF report (its attached assessment.json) and the HTML report
// (its inert data block) — read through the app's own reader, as a file
// moved between an assessor and a reviewer would be. Fixed seeds, so a
// failure is reproducible.
import * as fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../src/app/import-file';
import type { Assessment } from '../../../src/assessment/assessment';
import { exportJson } from '../../../src/assessment/export-file';
import { htmlDataBlock } from '../../../src/assessment/html-embed';
import { embedAssessment, extractEmbeddedJson } from '../../../src/assessment/pdf-embed';
import { decidedAssessment } from '../../fixtures/arbitraries';

const read = (data: string | Uint8Array) => readAssessmentFile(new Blob([data as BlobPart]));

/** The parts after the decision, as plain data. */
const after = (a: Assessment) => ({ review: a.review, decision: a.decision, followUps: a.followUps });

/** As JSON sees it, so values it cannot tell apart (0 and -0) count as equal. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Read back from `data`: accepted, the same bytes again on export, and the review, decision and follow-ups generated. */
async function expectSame(data: string | Uint8Array, original: Assessment, exported: string): Promise<boolean> {
  const back = await read(data);
  expect(back.ok).toBe(true);
  if (!back.ok) return false;
  expect(exportJson(back.value)).toBe(exported);
  // Against the generated value, not only the export: nothing of it was dropped on the way out.
  expect(isDeepStrictEqual(plain(after(back.value)), plain(after(original)))).toBe(true);
  return true;
}

let blank: Uint8Array;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.setTitle('Uppföljning åäö');
  doc.addPage();
  blank = await doc.save();
});

describe('review, decision and follow-ups round-trip (properties)', () => {
  it('the generated files carry all three, so the properties below are not vacuous', () => {
    const sample = fc.sample(decidedAssessment, { numRuns: 200, seed: 18 });
    expect(sample.filter((a) => a.review.some((r) => r.signOff && Object.keys(r.steps).length > 0)).length).toBeGreaterThan(10);
    expect(sample.filter((a) => a.review.some((r) => Object.values(r.steps).some((s) => s.reply))).length).toBeGreaterThan(10);
    expect(sample.filter((a) => a.decision).length).toBeGreaterThan(50);
    expect(sample.filter((a) => a.followUps.some((f) => f.indicators.some((i) => i.figures.some((g) => g.now !== null)))).length).toBeGreaterThan(10);
    expect(sample.filter((a) => a.followUps.some((f) => f.measures.some((m) => m.status === undefined))).length).toBeGreaterThan(10);
  });

  it('through the JSON export', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(decidedAssessment, async (a) => {
        const exported = exportJson(a);
        if (await expectSame(exported, a, exported)) checked += 1;
      }),
      { numRuns: 400, seed: 41_018 },
    );
    expect(checked).toBe(400);
  }, 120_000);

  it('through the HTML report’s data block', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(decidedAssessment, async (a) => {
        const exported = exportJson(a);
        const html = `<!doctype html>\n<html lang="sv"><head><meta charset="utf-8"><title>Rapport</title></head><body><h1>Rapport</h1>${htmlDataBlock(a)}</body></html>\n`;
        if (await expectSame(html, a, exported)) checked += 1;
      }),
      { numRuns: 400, seed: 52_018 },
    );
    expect(checked).toBe(400);
  }, 120_000);

  it('through the PDF report’s attachment', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(decidedAssessment, async (a) => {
        const exported = exportJson(a);
        const pdf = await embedAssessment(blank, a);
        // The attachment itself holds exactly the exported bytes, and the reader gives them back.
        expect(await extractEmbeddedJson(pdf)).toBe(exported);
        if (await expectSame(pdf, a, exported)) checked += 1;
      }),
      { numRuns: 80, seed: 63_018 },
    );
    expect(checked).toBe(80);
  }, 120_000);
});
