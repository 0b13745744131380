// Worked examples and share links in real Chromium: starting from an example
// gives an editable copy in the interface language whose results match the
// case's fixture (a proposal's and the self-audit's); "case only" gives just the case; a share link made in one
// page opens in another as a new local copy and leaves the original alone;
// a broken link explains itself; an assessment too large for a link is
// offered as a file with the reason; the new screens have no axe violations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/assessment/assessment';
import { MAX_SHARE_LINK_LENGTH } from '../../src/assessment/share-link';
import { flattenTexts } from '../../src/questionnaire/texts';
import { resources, type Language } from '../../src/i18n/resources';
import { AUDIT_CASES } from '../fixtures/audit-cases';
import { CASES } from '../fixtures/cases';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { fieldId, fillCurrentStep, showAllAnswers, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;
const example = (id: string, lang: Language): Assessment =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../questionnaires/examples/${id}.${lang}.json`), 'utf8')) as Assessment;

/** Every assessment stored in the app's IndexedDB. */
function records(page: Page): Promise<Assessment[]> {
  return page.evaluate(
    () =>
      new Promise<Assessment[]>((done, fail) => {
        const open = indexedDB.open('jamlikhetskollen');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('assessments').objectStore('assessments').getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result as Assessment[]);
          };
          request.onerror = () => fail(request.error);
        };
      }),
  );
}

async function startApp(lang: Language): Promise<Page> {
  s = await openApp();
  const { page } = s;
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: ui(lang, 'examples.heading') }).waitFor();
  return page;
}

const exampleButton = (page: Page, lang: Language, id: string, variant: 'whole' | 'caseOnly') =>
  page.locator(`[data-example="${id}"]`).getByRole('button', { name: ui(lang, `examples.${variant}`) });

describe('start from an example', () => {
  it.each<Language>(['sv', 'en'])('opens an editable copy of the whole example in %s, with the case’s results', async (lang) => {
    const page = await startApp(lang);
    expect(await axeViolations(page)).toEqual([]);
    const source = example('library', lang);
    await exampleButton(page, lang, 'library', 'whole').click();
    await page.getByRole('heading', { level: 1, name: ui(lang, 'review.heading') }).waitFor();
    await showAllAnswers(page);
    expect(await page.locator('main').innerText()).toContain(source.answers['basics.title']);

    const [copy] = await records(page);
    expect(copy!.id).not.toBe(source.id);
    expect(page.url()).toContain(`#/a/${copy!.id}`);
    expect(copy!.revision).toBe(0);
    expect(copy!.createdAt).not.toBe(source.createdAt);
    expect(copy!.answers).toEqual(source.answers);

    await page.getByRole('button', { name: ui(lang, 'wizard.showResults') }).click();
    await page.getByRole('heading', { level: 1, name: ui(lang, 'results.heading') }).waitFor();
    const fixture = CASES.find((c) => c.id === 'a-case-library')!;
    for (const [id, status] of Object.entries(fixture.statuses)) {
      const card = page.locator('.result-card').filter({ hasText: content(lang, `recommendations.${id}.title`) });
      expect(await card.count(), id).toBe(1);
      expect(await card.locator('.result-card__status, [class*="status"]').first().innerText(), id).toContain(ui(lang, `results.status.${status}`));
    }
    expect(await page.locator('.result-item').count()).toBe(fixture.findings.length);
  });

  it.each<Language>(['sv', 'en'])('opens the self-audit example whole in %s: its results, each group’s share of users against residents, with no axe violations', async (lang) => {
    const page = await startApp(lang);
    const source = example('home-care', lang);
    await exampleButton(page, lang, 'home-care', 'whole').click();
    await page.getByRole('heading', { level: 1, name: ui(lang, 'review.heading') }).waitFor();
    const [copy] = await records(page);
    expect(copy!.answers).toEqual(source.answers);
    expect(copy!.questionnaire).toEqual(source.questionnaire);

    await page.getByRole('button', { name: ui(lang, 'wizard.showResults') }).click();
    await page.getByRole('heading', { level: 1, name: ui(lang, 'results.heading') }).waitFor();
    const fixture = AUDIT_CASES.find((c) => c.id === 'a-case-home-care')!;
    for (const [id, status] of Object.entries(fixture.statuses)) {
      const card = page.locator('.result-card').filter({ hasText: content(lang, `recommendations.${id}.title`) });
      expect(await card.count(), id).toBe(1);
      expect(await card.locator('.result-card__status, [class*="status"]').first().innerText(), id).toContain(ui(lang, `results.status.${status}`));
    }
    expect(await page.locator('.result-item').count()).toBe(fixture.findings.length);
    // The two groups below the threshold are named with their ratio (0.53 and 0.68), in the language's own decimal sign.
    const text = await page.locator('main').innerText();
    const groups = source.answers['representation.groups'] as Array<{ values: Record<string, string> }>;
    for (const [i, ratio] of [[2, '0.53'], [3, '0.68']] as const) {
      expect(text).toContain(groups[i]!.values['representation.group.name']);
      expect(text).toContain(lang === 'sv' ? ratio.replace('.', ',') : ratio);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('"case only" gives the title and proposal with no groups for the group to work on', async () => {
    const page = await startApp('sv');
    const source = example('primary-care', 'sv');
    await exampleButton(page, 'sv', 'primary-care', 'caseOnly').click();
    await page.getByRole('heading', { level: 1, name: content('sv', 'questionnaires.proposal.title') }).waitFor();
    const [copy] = await records(page);
    expect(copy!.answers['proposal.what']).toBe(source.answers['proposal.what']);
    expect(copy!.answers['groups.items']).toBeUndefined();
    expect(copy!.answers['basics.assessors']).toBeUndefined();

    await page.getByRole('button', { name: ui('sv', 'wizard.begin'), exact: true }).click();
    expect(await page.locator(`#${fieldId('basics.title')}`).inputValue()).toBe(source.answers['basics.title']);
    await fillCurrentStep(page);
    await submitStep(page);
    expect(await page.locator(`#${fieldId('proposal.what')}`).inputValue()).toBe(source.answers['proposal.what']);
    await submitStep(page);
    await fillCurrentStep(page, { check: [`${fieldId('screening.outcome')}-full`] });
    await submitStep(page);
    expect(await page.locator('h1').innerText()).toBe(content('sv', 'steps.groups.title'));
    // Nothing carried over: at most the blank item the form offers to start with.
    expect(await page.locator('.group__item').count()).toBeLessThanOrEqual(1);
    const values = await page.locator('form input[type="text"], form textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values.every((v) => v === '')).toBe(true);
    expect(await page.locator('form input:checked').count()).toBe(0);
  });
});

describe('share links', () => {
  it('a link opens in another page as a new local copy, and the original stays as it was', async () => {
    const page = await startApp('sv');
    await s!.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(s!.baseURL).origin });
    await exampleButton(page, 'sv', 'primary-care', 'caseOnly').click();
    await page.getByRole('heading', { level: 1, name: content('sv', 'questionnaires.proposal.title') }).waitFor();
    const [original] = await records(page);

    await page.getByRole('button', { name: ui('sv', 'share.button') }).click();
    expect(await page.locator('.share').innerText()).toContain(ui('sv', 'share.warning'));
    expect(await page.getByLabel(ui('sv', 'share.label')).count()).toBe(0);
    await page.getByRole('button', { name: ui('sv', 'share.make') }).click();
    const field = page.getByLabel(ui('sv', 'share.label'));
    const url = await field.inputValue();
    expect(url.startsWith(`${s!.baseURL}#/share/`)).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    await page.getByRole('button', { name: ui('sv', 'share.copy') }).click();
    await page.getByText(ui('sv', 'share.copied')).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await axeViolations(page)).toEqual([]);

    const other = await s!.context.newPage();
    await other.goto(url);
    // The link's page shows the case and says that the copy is saved here, then opens it.
    await other.getByText(ui('sv', 'share.copySaved')).waitFor();
    await other.waitForFunction(() => !location.hash.includes('/share/'));
    expect(await other.locator('main h1').innerText()).toBe(original!.answers['basics.title']);
    expect(await axeViolations(other)).toEqual([]);
    await other.getByRole('button', { name: ui('sv', 'share.open') }).click();
    await other.getByRole('heading', { level: 1, name: content('sv', 'questionnaires.proposal.title') }).waitFor();
    const stored = await records(other);
    expect(stored).toHaveLength(2);
    const copy = stored.find((r) => r.id !== original!.id)!;
    expect(other.url()).toBe(`${s!.baseURL}#/a/${copy.id}`);
    expect(copy.answers).toEqual(original!.answers);
    expect(copy.revision).toBe(0);
    expect(stored.find((r) => r.id === original!.id)).toEqual(original);
    await other.close();
  });

  it('a broken link says so and changes nothing', async () => {
    const page = await startApp('sv');
    await exampleButton(page, 'sv', 'library', 'caseOnly').click();
    await page.getByRole('heading', { level: 1, name: content('sv', 'questionnaires.proposal.title') }).waitFor();
    await page.getByRole('button', { name: ui('sv', 'share.button') }).click();
    await page.getByRole('button', { name: ui('sv', 'share.make') }).click();
    const url = await page.getByLabel(ui('sv', 'share.label')).inputValue();

    // Cut short, as a mail program might.
    await page.goto(url.slice(0, url.length - 300));
    await page.getByRole('heading', { level: 1, name: ui('sv', 'share.failedHeading') }).waitFor();
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain(ui('sv', 'share.failed'));
    expect(alert).toContain(ui('sv', 'problems.link.damaged'));
    expect(await records(page)).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('an assessment too large for a link is offered as a file, with the reason', async () => {
    const page = await startApp('en');
    await exampleButton(page, 'en', 'digital-first', 'whole').click();
    await page.getByRole('heading', { level: 1, name: ui('en', 'review.heading') }).waitFor();
    await page.getByRole('button', { name: ui('en', 'share.button') }).click();
    await page.getByRole('button', { name: ui('en', 'share.make') }).click();
    const alert = page.locator('.share [role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`Links over ${MAX_SHARE_LINK_LENGTH} characters can be cut short`);
    expect(await page.getByLabel(ui('en', 'share.label')).count()).toBe(0);
    const [file] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: ui('en', 'export.json') }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
