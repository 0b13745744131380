// A reload at any moment loses nothing, in real Chromium: at every page of a
// full walk of the proposal (every step, and every group and recommendation
// of the steps that come a page at a time) the page is reloaded with text
// typed but not submitted (the draft comes back in its field), and again
// after the page is submitted (the next page opens, and going back shows
// every answer as it was given). Reloads wait for IndexedDB, not for a fixed
// time.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openApp, stopServer, type Session } from './harness';
import { formState, waitForStored } from './stored';
import { currentStepMark, fieldId, fillCurrentStep, heading, submitStep, type StepInput } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const REVIEW = 'Kontrollera dina svar';
const INPUT: Record<string, StepInput> = {
  screening: { check: [`${fieldId('screening.outcome')}-full`, `${fieldId('screening.children')}-yes`] },
  groups: { addItems: { [fieldId('groups.items')]: 2 } },
  measures: { addItems: { [fieldId('measures.items')]: 2 } },
};

/** The page of the step on screen: 'all', 'item-…', 'rec-…' or 'overview'. */
const pageId = async (page: Page) => (await page.locator('form').getAttribute('data-page')) ?? '';

// An overview has no fields of its own: no id.
const stepId = async (page: Page) => {
  const first = page.locator('form [id^="f-"]').first();
  return (await first.count()) > 0 ? ((await first.getAttribute('id')) ?? '').slice(2).split('__')[0] ?? '' : '';
};

async function reload(page: Page) {
  await page.reload();
  await page.locator('main h1').waitFor();
}

/** Types into the step's first text field, or ticks its first choice, without submitting; returns the field. */
async function typeDraft(page: Page, id: string): Promise<{ field: string; value: string | boolean }> {
  // The first one shown: a justification the rating does not yet need stays folded.
  const text = page.locator('form input[type="text"]:visible, form textarea:visible').first();
  if (await text.count()) {
    const value = `Utkast i steget ${id}: inte skickat än, åäö`;
    await text.fill(value);
    await waitForStored(page, { contains: value });
    return { field: (await text.getAttribute('id'))!, value };
  }
  const choice = page.locator('form fieldset.choice input').first();
  await choice.check();
  // Not yet submitted, so the stored answer can only be the draft's.
  const question = (await choice.getAttribute('name'))!.replaceAll('__', '.');
  await waitForStored(page, { contains: `"${question}":"${await choice.getAttribute('value')}"` });
  return { field: (await choice.getAttribute('id'))!, value: true };
}

describe('reloading', () => {
  it('at every step of a full walk loses neither the draft nor the submitted answers', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('button', { name: /^Påbörja bedömningen\s?:/ }).click();
    await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await page.locator('form').waitFor();
    const visited: string[] = [];
    let step = '';
    for (let i = 0; i < 40 && (await heading(page)) !== REVIEW; i += 1) {
      const id = await stepId(page);
      const here = await pageId(page);
      const title = await heading(page);
      if ((await currentStepMark(page)) !== step) visited.push(id);
      step = await currentStepMark(page);

      // Typed but not submitted: the same page opens with the draft in its field (an overview has no fields).
      const draft = here === 'overview' ? undefined : await typeDraft(page, id);
      await reload(page);
      expect(await heading(page), `${title}: page after reload`).toBe(title);
      expect(draft && (await formState(page))[draft.field], `${title}: draft after reload`).toBe(draft?.value);

      // Submitted: the next page opens after a reload, and going back shows every answer.
      await fillCurrentStep(page, INPUT[id] ?? {});
      const answers = await formState(page);
      await submitStep(page);
      const next = await heading(page);
      if (next !== REVIEW) await waitForStored(page, { contains: `"page":"${await pageId(page)}"` });
      await waitForStored(page, here === 'all' || here === 'overview' ? { leftStep: id } : {});
      await reload(page);
      expect(await heading(page), `${title}: next page after reload`).toBe(next);
      await page.getByRole('button', { name: 'Tillbaka', exact: true }).last().click();
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title);
      // A repeatable group reopens with its items folded into summaries: every field shown holds its answer.
      const after = await formState(page);
      expect(Object.keys(after).length > 0 || here === 'overview', `${title}: fields after reload`).toBe(true);
      expect(Object.fromEntries(Object.keys(after).map((k) => [k, answers[k]])), `${title}: answers after reload`).toEqual(after);
      await submitStep(page);
      expect(await heading(page)).toBe(next);
    }
    // Every step of the full branch with children affected (the check step's fields are named after the criteria, r1 first).
    expect(visited).toEqual(['basics', 'proposal', 'screening', 'groups', 'children', 'evidence', 'consequences', 'r1', 'measures', 'follow-up', 'summary']);
    await reload(page);
    expect(await heading(page)).toBe(REVIEW);
    // Some thirty pages, each reloaded twice.
  }, 900_000);
});
