// The Word beslutsunderlag in real Chromium, opened by a real office suite:
// click the Word button on the built app, take the download, convert it
// with LibreOffice (soffice --headless --convert-to pdf, a fresh profile)
// and read the PDF back with pdftotext. Every decision-text heading and
// every sentence of the text (as `npm run report -- --text` prints it) must
// be there, in the report language chosen; the file name says the language
// when it is not the interface's. Offline, once the service worker has
// taken control, the Word file is still made.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { flattenTexts } from '../../src/questionnaire/texts';
import { resources, type Language } from '../../src/i18n/resources';
import { openApp, stopServer, type Session } from './harness';

let s: Session | undefined;
const dir = mkdtempSync(join(tmpdir(), 'jk-docx-'));
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(async () => {
  await stopServer();
  rmSync(dir, { recursive: true, force: true });
});

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
// Without whitespace and hyphens: a line may break after a dash ("måndag–\nfredag"), where no space
// was, and pdftotext joins a word split at its hyphen at a line end ("e-\ntjänster" reads "etjänster").
const squash = (text: string) => text.replace(/[\s\u00AD-]+/g, '');

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The decision text of the library example (answers in Swedish) worded in
 * `lang`, as `npm run report -- --text` prints it (the same engine and
 * wording as the app): its headings and texts, one per line, without the
 * short version at the end.
 */
function expected(lang: Language): string[] {
  const out = execFileSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['--tsconfig', 'tsconfig.app.json', 'src/cli/report.ts', 'questionnaires/examples/library.sv.json', '--text', '--lang', lang],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const short = out.lastIndexOf(`\n${ui(lang, 'cli.short')}\n\n`);
  expect(short).toBeGreaterThan(0);
  return out.slice(0, short).split('\n').filter((line) => line.trim() !== '');
}

/** Converts `docx` to PDF with LibreOffice in a profile of its own, and returns the PDF's text. */
function officeText(docx: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'jk-soffice-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = docx.replace(/\.docx$/, '.pdf');
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

async function openLibrary(): Promise<Page> {
  s = await openApp();
  const { page } = s;
  await page.locator('[data-example="library"]').getByRole('button', { name: ui('sv', 'examples.whole') }).click();
  await page.getByRole('heading', { level: 1, name: ui('sv', 'review.heading') }).waitFor();
  return page;
}

async function downloadWord(page: Page): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui('sv', 'docx.download') }).click()]);
  const name = download.suggestedFilename();
  const path = join(dir, name);
  await download.saveAs(path);
  return { path, name };
}

// LibreOffice's first start in a fresh profile takes 10–30 s.
describe('the Word beslutsunderlag', { timeout: 240_000 }, () => {
  it.each<Language>(['sv', 'en'])('opens in LibreOffice with every decision-text heading and sentence (%s)', async (lang) => {
    const page = await openLibrary();
    if (lang !== 'sv') await page.getByLabel(ui('sv', 'pdf.language')).selectOption(lang);
    const { path, name } = await downloadWord(page);
    // The interface is Swedish: an English file says so in its name, a Swedish one does not need to.
    expect(name).toMatch(lang === 'sv' ? /^[a-z0-9-]+\.docx$/ : /^[a-z0-9-]+\.en\.docx$/);
    const text = squash(officeText(path));
    const lines = expected(lang);
    // At least four blocks, each a heading and its text.
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const line of lines) {
      // Sentence by sentence: a line break in the PDF must not hide a missing one.
      for (const sentence of line.split(/(?<=[.!?])\s+/)) expect(text, `${lang}: ${sentence}`).toContain(squash(sentence));
    }
    expect(text).toContain(squash(ui(lang, 'docx.source.heading')));
  });
});

describe('offline', () => {
  it('makes the Word file with no network once the app has been visited', async () => {
    s = await openApp();
    const { page, context } = s;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-example="library"]').getByRole('button', { name: ui('sv', 'examples.whole') }).click();
    await page.getByRole('heading', { level: 1, name: ui('sv', 'review.heading') }).waitFor();
    const { path } = await downloadWord(page);
    const document = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
    expect(document).toContain(expected('sv')[0]!);
  });
});
