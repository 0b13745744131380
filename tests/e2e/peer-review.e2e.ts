// The life of one worked example after it is completed, in real Chromium, in
// Swedish and English: a second person's review ("granskning"), the
// committee's decision and a follow-up. The library example (completed, its
// first indicator broken down by sex and by area) moves between two browsers
// as between two people: the assessor's assessment goes out as a PDF report; the
// reviewer (a fresh profile, nothing stored) imports it, marks two steps
// "behöver förbättras" and returns it; the assessor imports the returned file
// over their own copy (the import asks, and the file's version is chosen),
// sees the comments on the steps and in the results page's list, replies,
// resubmits and sends the file back; the reviewer approves, and the report's
// cover names the reviewer and the outcome. axe checks the reviewer's page.
// The assessor then imports the approved report, records the decision and
// follows up (tests/e2e/after-decision.ts says what is checked there).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { seed } from '../fixtures/seed';
import { completedLibrary, decideAndFollowUp } from './after-decision';
import { axeViolations, openApp, stopServer, type Session } from './harness';

type Lang = 'sv' | 'en';
const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, Record<string, unknown>>;
const texts = (lang: Lang) => {
  const common = read(`locales/${lang}/content/common.json`);
  const proposal = read(`locales/${lang}/content/proposal.json`);
  // The step titles of the proposal questionnaire: its own and those shared by both questionnaires.
  return { ui: read(`locales/${lang}/ui.json`) as Record<string, unknown>, content: { steps: { ...common.steps, ...proposal.steps } } as Record<string, unknown> };
};
/** A text of the language by its key, with `{{x}}` filled from `params`. */
function tr(tree: Record<string, unknown>, key: string, params: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  if (typeof value !== 'string') throw new Error(`No text ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const sessions: Session[] = [];
afterEach(async () => {
  // Close every browser, then report the first failure (a foreign request or a page error).
  const results = await Promise.allSettled(sessions.splice(0).map((s) => s.close()));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
});
afterAll(stopServer);

const dir = mkdtempSync(join(tmpdir(), 'jk-peer-review-'));

async function download(page: Page, name: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

async function open(lang: Lang): Promise<Session> {
  const s = await openApp({ locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
  sessions.push(s);
  if (lang === 'en') await s.page.getByRole('button', { name: 'English' }).click();
  await s.page.locator('html[lang="' + lang + '"]').waitFor({ state: 'attached' });
  return s;
}

async function importFile(page: Page, ui: Record<string, unknown>, path: string, replace: boolean) {
  await page.getByLabel(tr(ui, 'importFile.label')).setInputFiles(path);
  if (replace) await page.getByRole('button', { name: tr(ui, 'importFile.replace') }).click();
  await page.getByText(new RegExp(escape(tr(ui, 'importFile.done', { name: 'XXX' })).replace('XXX', '.*'))).waitFor();
}

describe.each<Lang>(['sv', 'en'])('after completion (%s)', (lang) => {
  // Two browsers, four files, three PDF reports and a calendar file: longer than one page's test.
  it('is reviewed (returned, answered, resubmitted, approved), decided and followed up', { timeout: 480_000 }, async () => {
    const { ui, content } = texts(lang);
    const step = (id: string) => tr(content, `steps.${id}.title`);
    const library = completedLibrary(lang);
    const record = library.record;

    // The assessor: a completed assessment, sent out as the PDF report.
    const assessor = await open(lang);
    await seed(assessor.page, record);
    await assessor.page.goto(`${assessor.baseURL}#/a/${record.id}/results`);
    await assessor.page.getByRole('heading', { name: tr(ui, 'peerReview.after.heading') }).waitFor();
    await assessor.page.goto(`${assessor.baseURL}#/a/${record.id}`);
    const sent = await download(assessor.page, tr(ui, 'pdf.download'));

    // The reviewer: imports the report, starts from the results page's link, and returns it with two comments.
    const reviewer = await open(lang);
    const r = reviewer.page;
    await importFile(r, ui, sent, false);
    await r.goto(`${reviewer.baseURL}#/a/${record.id}/results`);
    await r.getByRole('link', { name: tr(ui, 'peerReview.after.reviewLink') }).click();
    await r.getByLabel(tr(ui, 'peerReview.signOff.name')).fill('Sara Lind');
    await r.getByLabel(new RegExp(escape(tr(ui, 'peerReview.signOff.role')))).fill(lang === 'sv' ? 'Folkhälsostrateg' : 'Public health strategist');
    await r.getByRole('button', { name: tr(ui, 'peerReview.start.submit') }).click();
    await r.getByRole('heading', { name: step('groups') }).waitFor();
    expect(await axeViolations(r)).toEqual([]);

    const verdict = (id: string, v: 'acceptable' | 'needs-improvement') =>
      r.getByRole('group', { name: tr(ui, 'peerReview.reviewer.verdict', { step: step(id) }) }).getByLabel(tr(ui, `peerReview.verdict.${v}`)).check();
    const comment = (id: string) => r.locator(`#peer-review-${id}-comment`);
    await verdict('basics', 'acceptable');
    await verdict('groups', 'needs-improvement');
    await verdict('measures', 'needs-improvement');
    await comment('measures').fill(lang === 'sv' ? 'Kostnaden saknas.' : 'The cost is missing.');
    // A "behöver förbättras" without a comment is refused, and the summary names the step.
    await r.getByRole('radio', { name: tr(ui, 'peerReview.outcome.returned') }).check();
    await r.getByRole('button', { name: tr(ui, 'peerReview.signOff.submit') }).click();
    const summary = r.locator('.error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.innerText()).toContain(tr(ui, 'peerReview.errors.commentRequired', { step: step('groups') }));
    expect(await axeViolations(r)).toEqual([]);
    await comment('groups').fill(lang === 'sv' ? 'Äldre utan dator saknas.' : 'Older people without a computer are missing.');
    await r.getByRole('button', { name: tr(ui, 'peerReview.signOff.submit') }).click();
    await r.getByText(tr(ui, 'peerReview.notice.signed')).waitFor();
    expect(await axeViolations(r)).toEqual([]);
    const returned = await download(r, tr(ui, 'export.json'));
    expect(JSON.parse(readFileSync(returned, 'utf8')).review[0].signOff.outcome).toBe('returned');

    // The assessor: the returned file replaces their copy (same id; the import asks).
    const a = assessor.page;
    await a.goto(`${assessor.baseURL}#/`);
    await importFile(a, ui, returned, true);
    await a.goto(`${assessor.baseURL}#/a/${record.id}/results`);
    await a.getByText(tr(ui, 'peerReview.after.openComments_other', { count: 2 })).waitFor();
    const list = a.locator('.after-decision__list');
    expect(await axeViolations(a)).toEqual([]);
    expect(await list.innerText()).toContain(lang === 'sv' ? 'Kostnaden saknas.' : 'The cost is missing.');
    expect(await a.getByRole('button', { name: tr(ui, 'peerReview.after.resubmit') }).isDisabled()).toBe(true);

    // Each comment on its step, with a reply.
    for (const id of ['groups', 'measures']) {
      await list.getByRole('button', { name: new RegExp(`^${escape(tr(ui, 'peerReview.list.goToStep'))}\\s*:\\s*${escape(step(id))}$`) }).click();
      const box = a.locator('.peer-review-comment');
      await box.waitFor();
      expect(await box.innerText()).toContain(tr(ui, 'peerReview.verdict.needs-improvement'));
      await box.getByLabel(tr(ui, 'peerReview.comments.reply')).fill(lang === 'sv' ? `Åtgärdat i ${id}.` : `Fixed in ${id}.`);
      await box.getByRole('button', { name: tr(ui, 'peerReview.comments.saveReply') }).click();
      await box.getByText(tr(ui, 'peerReview.comments.replySaved')).waitFor();
      await a.getByRole('button', { name: tr(ui, 'wizard.showResults') }).click();
    }
    await a.getByText(tr(ui, 'peerReview.after.allAnswered')).waitFor();
    expect(await list.innerText()).toContain(lang === 'sv' ? 'Åtgärdat i groups.' : 'Fixed in groups.');
    await a.getByRole('button', { name: tr(ui, 'peerReview.after.resubmit') }).click();
    await a.getByText(new RegExp(escape(tr(ui, 'peerReview.after.status.resubmitted', { name: 'XXX', date: 'YYY' })).replace('XXX', '.*').replace('YYY', '.*'))).waitFor();
    const resubmitted = await download(a, tr(ui, 'export.json'));

    // The reviewer: the resubmitted file, a second round, approved; the report's cover says so.
    await r.goto(`${reviewer.baseURL}#/`);
    await importFile(r, ui, resubmitted, true);
    await r.goto(`${reviewer.baseURL}#/a/${record.id}/peer-review`);
    await r.getByRole('heading', { name: tr(ui, 'peerReview.start.headingAgain') }).waitFor();
    await r.getByLabel(tr(ui, 'peerReview.signOff.name')).fill('Sara Lind');
    await r.getByRole('button', { name: tr(ui, 'peerReview.start.submit') }).click();
    // The previous round's comment and the reply stand beside the step.
    const groups = r.locator('.peer-review-step').filter({ has: r.getByRole('heading', { name: step('groups') }) });
    expect(await groups.innerText()).toContain(lang === 'sv' ? 'Åtgärdat i groups.' : 'Fixed in groups.');
    await r.getByRole('radio', { name: tr(ui, 'peerReview.outcome.approved') }).check();
    await r.getByRole('button', { name: tr(ui, 'peerReview.signOff.submit') }).click();
    await r.getByText(tr(ui, 'peerReview.notice.signed')).waitFor();
    const report = await download(r, tr(ui, 'pdf.download'));
    const cover = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', report, '-'], { encoding: 'utf8' });
    expect(cover).toContain(tr(ui, 'reviewReport.cover.reviewedBy'));
    expect(cover).toContain('Sara Lind');
    expect(cover).toContain(tr(ui, 'reviewReport.cover.approved', { date: '' }).trim());

    // The assessor: the approved report replaces their copy; the start page says it was approved.
    await a.goto(`${assessor.baseURL}#/`);
    await importFile(a, ui, report, true);
    await a.locator('.saved__item').filter({ hasText: tr(ui, 'dueList.review.approved', { date: '' }).trim() }).waitFor();
    // Then the committee's decision and, later, the follow-up, on the same copy.
    await decideAndFollowUp(a, assessor.baseURL, lang, library);
  });
});
