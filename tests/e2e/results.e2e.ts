// The results page for the three workshop cases, in real Chromium: each case
// is put into the app's IndexedDB as a saved assessment, then the results
// page must show the expected status of every recommendation and the
// expected findings, in Swedish and in English, with no axe violations;
// a finding's fix button opens its step.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { flattenTexts } from '../../src/questionnaire/texts';
import { resources, type Language } from '../../src/i18n/resources';
import { evaluate } from '../../src/assessment/evaluate';
import { CASES, caseAssessment, file, framework } from '../fixtures/cases';
import { openFolds } from './folds';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { seed } from '../fixtures/seed';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const text = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;

describe.each(CASES.map((c) => [c.title, c] as const))('results page: %s', (_title, c) => {
  it.each<Language>(['sv', 'en'])('shows the expected statuses and findings (%s)', async (lang) => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('heading', { name: text('sv', 'saved.heading') }).waitFor();
    await seed(page, caseAssessment(c));
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${s.baseURL}#/a/${c.id}/results`);
    await page.getByRole('heading', { level: 1, name: text(lang, 'results.heading') }).waitFor();
    await openFolds(page);

    for (const [id, status] of Object.entries(c.statuses)) {
      const card = page.locator('.result-card').filter({ hasText: resources[lang].content ? (flattenTexts(resources[lang].content)[`recommendations.${id}.title`] as string) : '' });
      expect(await card.count(), id).toBe(1);
      expect(await card.locator('.result-card__status, [class*="status"]').first().innerText(), id).toContain(text(lang, `results.status.${status}`));
    }
    const findings = page.locator('.result-item');
    expect(await findings.count()).toBe(c.findings.length);
    const listed = await page.locator('.result-items').first().innerText();
    for (const id of c.findings) {
      const code = id.split(':')[0]!;
      const title = text(lang, `findings.${code}.title`).replace(/{{\w+}}.*$/, '').trim();
      expect(listed, code).toContain(title);
    }
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('results page', () => {
  it('a finding’s fix button opens the step that fixes it', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('heading', { name: text('sv', 'saved.heading') }).waitFor();
    const c = CASES[0]!;
    await seed(page, caseAssessment(c));
    // The findings are listed in the result's order; each one's step is the one its rule names.
    const { findings } = evaluate(file, framework, { answers: c.answers });
    const steps = [...new Set(findings.map((f) => f.stepId))];
    // The case has findings fixed in more than one step, so each button is tried against its own.
    expect(steps.length).toBeGreaterThan(1);
    for (const stepId of steps) {
      const index = findings.findIndex((f) => f.stepId === stepId);
      await page.goto(`${s.baseURL}#/a/${c.id}/results`);
      await page.getByRole('heading', { level: 1, name: text('sv', 'results.heading') }).waitFor();
      await openFolds(page);
      const item = page.locator('.result-item').nth(index);
      const title = text('sv', `findings.${findings[index]!.code}.title`).replace(/{{\w+}}.*$/, '').trim();
      expect(await item.locator('.result-item__title').innerText(), findings[index]!.id).toContain(title);
      await item.getByRole('button').first().click();
      await page.locator('form').waitFor();
      // The step's heading (a step in parts adds the part's name after it).
      expect(await page.locator('h1').textContent(), findings[index]!.id).toMatch(new RegExp(`^${flattenTexts(resources.sv.content)[`steps.${stepId}.title`]}`));
    }
  });
});
