// An assessment file from format version 1, made under an earlier version of
// the questionnaire, in real Chromium: imported on the start page, opened on
// the review page with the answer to a question that no longer exists shown
// as from an earlier version, and printed in the report's appendix.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { FORMAT_VERSION } from '../../src/assessment/assessment';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const V1 = resolve(import.meta.dirname, '../fixtures/formats/v1.json');
const CURRENT = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../questionnaires/proposal.json'), 'utf8')) as { contentVersion: string }).contentVersion;
const OLD_ANSWER = 'Ja, förslaget är avstämt med kommunens miljöstrateg.';

describe('assessment files from earlier versions', () => {
  it('imports a version 1 file, shows the earlier-version answer on review and prints it in the PDF', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    await page.getByLabel('Fil att läsa in').setInputFiles(V1);
    await page.getByText(/är inläst/).waitFor();
    await page.getByRole('button', { name: /^Öppna\W+Ny upphandling av kontorsmaterial/ }).click();

    // Set aside, the removed options no longer block the review page.
    await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
    const earlier = page.getByRole('region', { name: 'Från en tidigare version' });
    await earlier.waitFor();
    // Folded like every part of the review page: its button opens it.
    await earlier.getByRole('button', { name: /^Visa svaren/ }).click();
    const text = await earlier.innerText();
    expect(text).toContain('proposal.old-question');
    expect(text).toContain(OLD_ANSWER);
    expect(text).toContain('Givna i version 0.9.0 av frågorna');
    expect(text).toContain('staff-only');
    expect(await axeViolations(page)).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'jk-versions-'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ladda ner konsekvensbedömning/ }).first().click()]);
    const pdf = join(dir, download.suggestedFilename());
    await download.saveAs(pdf);
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(printed).toContain('Från en tidigare version (0.9.0)');
    expect(printed).toContain('proposal.old-question');
    expect(printed).toContain(OLD_ANSWER);
    // The PDF carries the assessment on the current version, the earlier answers kept.
    const attached = join(dir, 'assessment.json');
    execFileSync('pdfdetach', ['-save', '1', '-o', attached, pdf]);
    const embedded = JSON.parse(readFileSync(attached, 'utf8')) as Record<string, unknown>;
    expect(embedded).toMatchObject({ formatVersion: FORMAT_VERSION, questionnaire: { contentVersion: CURRENT }, earlierAnswers: [{ contentVersion: '0.9.0', answers: { 'proposal.old-question': OLD_ANSWER } }] });
  });
});
