// The results page leads with what matters, in real Chromium, for a
// four-group case at 1280 × 800: the judgement, the serious count, the five
// statuses and three actions all inside the first screen; the effects matrix
// shows every column without clipping; nothing scrolls sideways at 1280 or
// 320 px, where the matrix becomes one card per group; knowledge gaps come as
// one card per group or step; no axe violations in Swedish and English, with
// the folded parts closed and opened, and in presenter view.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/assessment/evaluate';
import { groupGaps } from '../../src/assessment/knowledge-gaps';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { CASES, caseAssessment, file, framework } from '../fixtures/cases';
import { seed } from '../fixtures/seed';
import { openFolds } from './folds';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { overflow } from './layout';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
// The library: four affected groups, serious findings, a judgement the findings stand against, gaps about groups and a measure.
const c = CASES[0]!;
const result = evaluate(file, framework, { answers: c.answers });
const VIEW = { width: 1280, height: 800 };

async function openResults(lang: Language, { presenter = false } = {}): Promise<Page> {
  s = await openApp({ viewport: VIEW });
  const { page } = s;
  await seed(page, caseAssessment(c));
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  if (presenter) {
    await page.getByRole('button', { name: ui(lang, 'workshop.toggle') }).click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'presenter');
  }
  await page.goto(`${s.baseURL}#/a/${c.id}/results`);
  await page.getByRole('heading', { level: 1, name: ui(lang, 'results.heading') }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  return page;
}

/** Bottom edges, in page pixels, of every element matching `selector` (none hidden). */
const bottoms = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().bottom + window.scrollY)));

describe.each<Language>(['sv', 'en'])('results summary (%s)', (lang) => {
  it('shows the judgement, the serious count, five statuses and three actions within the first 800 px', async () => {
    const page = await openResults(lang);
    expect(result.judgement?.against.length).toBeGreaterThan(0);
    const summary = page.locator('.results-summary');
    expect(await summary.locator('.results-summary__judgement').innerText()).toContain(flattenTexts(resources[lang].content)['options.summary.judgement.adjust']);
    expect(await summary.locator('.results-summary__differs').innerText()).toBe(ui(lang, 'results.summary.against_other').replace('{{count}}', String(result.judgement!.against.length)));
    expect(await summary.locator('.results-summary__serious').innerText()).toContain(String(result.openSerious.length));
    expect(await summary.locator('.results-summary__statuses li').count()).toBe(5);
    expect(await summary.locator('.results-summary__actions > li').count()).toBe(3);
    const edges = [
      ...(await bottoms(page, '.results-summary__judgement')),
      ...(await bottoms(page, '.results-summary__serious')),
      ...(await bottoms(page, '.results-summary__statuses li')),
      ...(await bottoms(page, '.results-summary__actions > li')),
    ];
    expect(edges).toHaveLength(1 + 1 + 5 + 3);
    expect(Math.max(...edges)).toBeLessThanOrEqual(VIEW.height);
    // Each action opens its step.
    const first = result.findings.find((f) => f.severity === 'high')!;
    await summary.locator('.results-summary__actions > li').first().getByRole('button').click();
    await page.locator('form').waitFor();
    // The step's heading (a step in parts adds the part's name after it).
    expect(await page.locator('h1').textContent()).toMatch(new RegExp(`^${flattenTexts(resources[lang].content)[`steps.${first.stepId}.title`]}`));
  });

  it('shows every column of the effects matrix at 1280 px, one card per group at 320 px, and never scrolls sideways', async () => {
    const page = await openResults(lang);
    const fit = await page.locator('.effects__wide').evaluate((wide) => {
      const table = wide.querySelector('table')!;
      const right = wide.getBoundingClientRect().right;
      return { table: table.scrollWidth, room: wide.clientWidth, heads: [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().right <= right + 1) };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.room);
    expect(fit.heads).toEqual(Array(result.heatmap.dimensions.length + 1).fill(true));
    expect(await page.locator('.effects__cards').isVisible()).toBe(false);
    expect(await overflow(page)).toEqual([]);
    await openFolds(page);
    expect(await overflow(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.locator('.effects__wide').isVisible()).toBe(false);
    const cards = page.locator('.effects__card');
    expect(await cards.count()).toBe(4);
    expect(await cards.first().locator('.effects__line').count()).toBe(result.heatmap.dimensions.length);
    expect(await cards.first().isVisible()).toBe(true);
    expect(await overflow(page)).toEqual([]);
  });

  it('groups the knowledge gaps into one card per group or step, each with one action', async () => {
    const page = await openResults(lang);
    const groups = groupGaps(result.knowledgeGaps);
    // The case has several unknowns about one item, so grouping is tested, not assumed.
    expect(groups.some((g) => g.gaps.length > 1)).toBe(true);
    const cards = page.locator('.result-gap');
    expect(await cards.count()).toBe(groups.length);
    for (const [i, group] of groups.entries()) {
      const card = cards.nth(i);
      expect(await card.locator('.result-gap__list li').count()).toBe(group.gaps.length);
      expect(await card.getByRole('button').count()).toBe(1);
      // A card names its item, or else its step.
      expect(await card.locator('.result-gap__title').innerText()).toContain(group.item?.title || flattenTexts(resources[lang].content)[`steps.${group.stepId}.title`]);
    }
  });

  it('has no axe violations, folded and unfolded', async () => {
    const page = await openResults(lang);
    expect(await axeViolations(page)).toEqual([]);
    await openFolds(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations in presenter view', async () => {
    const page = await openResults(lang, { presenter: true });
    expect(await page.locator('.results-summary').isVisible()).toBe(true);
    await openFolds(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
