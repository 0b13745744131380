// Starting a group's page from an earlier group's answers, in real Chromium,
// in Swedish and in English. The library case is stored with its first two
// groups rated and the last two holding only their written answers, the
// wizard on the third group's page. The row offers the two earlier groups by
// name; pressed from the keyboard, one fills every choice of the page with
// that group's (scales, single and multiple choices), leaves the texts as
// they were, says so in a polite status, moves focus to the first field it
// filled and goes. Saving the page stores the copied answers. The fourth
// group is offered all three; a page with answers of its own (the second
// group) offers nothing, and the row goes as soon as a choice is made by
// hand. axe-clean with the row and after it, nothing sticking out at 320 px.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resources, type Language } from '../../src/i18n/resources';
import type { Answers, Scalar } from '../../src/questionnaire/answers';
import { isChoice } from '../../src/questionnaire/item-copy';
import { flattenTexts } from '../../src/questionnaire/texts';
import { staticOptions } from '../../src/questionnaire/walk';
import { domId, fieldName } from '../../src/ui/form/form-values';
import { CASES, caseAssessment, file } from '../fixtures/cases';
import { seed } from '../fixtures/seed';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { focused, tabTo } from './keyboard';
import { narrowProblems } from './layout';

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;
const fill = (text: string, values: Record<string, string>) => text.replace(/{{(\w+)}}/g, (_, k: string) => values[k]!);

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const STEP_INDEX = file.steps.findIndex((st) => st.kind === 'per-item');
const STEP = file.steps[STEP_INDEX]!;
if (STEP.kind !== 'per-item') throw new Error('The proposal questionnaire has a step asked per group');
const CHOICES = STEP.questions.filter(isChoice);
const TEXTS = STEP.questions.filter((q) => q.type === 'longtext');
const NAMES: Record<string, string> = { 'g-1': 'Skolbarn som läxläser', 'g-2': 'Nyanlända i språkcaféet', 'g-3': 'Äldre utan dator', 'g-4': 'Personer som lånar talböcker' };
const asList = (v: Scalar | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : v === '' ? [] : [v]);
const OWN = 'Gruppens eget svar';
const perItem = (answers: Answers, questionId: string, item: string): Scalar | undefined => (answers[questionId] as Record<string, Scalar> | undefined)?.[item];

/** The library case with the choices of groups 3 and 4 taken out (their texts kept), the wizard on group 3's page. */
function atGroupThree() {
  const record = caseAssessment(CASES[0]!);
  const answers: Answers = { ...record.answers };
  for (const q of CHOICES) {
    const map = { ...(answers[q.id] as Record<string, Scalar>) };
    // Group 2 has two options ticked in every multiple choice, so a list is copied whole.
    if (q.type === 'multi' && asList(map['g-2']).length < 2) map['g-2'] = (staticOptions(file, q) ?? []).slice(0, 2).map((o) => o.id);
    delete map['g-3'];
    delete map['g-4'];
    answers[q.id] = map;
  }
  // Group 3's written answers, its own and different from group 2's: they must stay as they are.
  for (const q of TEXTS) answers[q.id] = { ...(answers[q.id] as Record<string, Scalar>), 'g-3': `${OWN} (${q.id})` };
  const reached = file.steps.slice(0, STEP_INDEX + 1).map((st) => st.id);
  return { ...record, answers, progress: { phase: 'answering' as const, stepId: STEP.id, reached, page: 'item-g-3' } };
}

async function open(lang: Language): Promise<{ page: Page; record: ReturnType<typeof atGroupThree> }> {
  s = await openApp();
  const { page } = s;
  await page.getByRole('heading', { name: ui('sv', 'saved.heading') }).waitFor();
  const record = atGroupThree();
  await seed(page, record);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.goto(`${s.baseURL}#/a/${record.id}`);
  await page.locator('main h1', { hasText: content(lang, `steps.${STEP.id}.title`) }).waitFor();
  await page.locator('main h1', { hasText: NAMES['g-3']! }).waitFor();
  return { page, record };
}

/** Each choice question's value on screen for an item: the ticked option ids. */
function onScreen(page: Page, item: string): Promise<Record<string, string[]>> {
  const ids = Object.fromEntries(CHOICES.map((q) => [q.id, domId(fieldName(q.id, item))]));
  return page.evaluate(
    (fields) =>
      Object.fromEntries(
        Object.entries(fields).map(([q, id]) => [q, [...document.querySelectorAll<HTMLInputElement>(`[id="${id}"] input:checked`)].map((i) => i.value)]),
      ),
    ids,
  );
}

/** The stored record's answers. */
function stored(page: Page, id: string): Promise<Answers | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<Answers | undefined>((resolve) => {
        const req = indexedDB.open('jamlikhetskollen');
        req.onerror = () => resolve(undefined);
        req.onsuccess = () => {
          const get = req.result.transaction('assessments').objectStore('assessments').get(key);
          get.onsuccess = () => {
            req.result.close();
            resolve((get.result as { answers?: Answers } | undefined)?.answers);
          };
        };
      }),
    id,
  );
}

describe.each(['sv', 'en'] as const)('Starting a group from another group’s answers (%s)', (lang) => {
  it('fills the choices from the keyboard, keeps the texts, says so, moves focus, and saves what was copied', async () => {
    const { page, record } = await open(lang);
    const row = page.getByRole('group', { name: ui(lang, 'wizard.copyFrom') });
    await row.waitFor();
    expect(await row.getByRole('button').allTextContents()).toEqual([NAMES['g-1'], NAMES['g-2']]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowProblems(page)).toEqual([]);
    const textsBefore = await page.evaluate((ids) => ids.map((id) => (document.getElementById(id) as HTMLTextAreaElement | null)?.value ?? null), TEXTS.map((q) => domId(fieldName(q.id, 'g-3'))));

    // Keyboard only: Tab from the heading to the second group's button, Enter.
    await tabTo(page, (f) => f.tag === 'button' && f.name === NAMES['g-2']);
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: fill(ui(lang, 'wizard.copyFromDone'), { title: NAMES['g-2']! }) });
    await status.waitFor();
    await row.waitFor({ state: 'detached' });

    // Every choice of group 2 is now group 3's; the texts are group 3's own, untouched.
    const source = record.answers;
    const expected = Object.fromEntries(CHOICES.map((q) => [q.id, asList(perItem(source, q.id, 'g-2'))]));
    expect(Object.values(expected).some((v) => v.length > 1), 'the case copies a multiple choice').toBe(true);
    expect(await onScreen(page, 'g-3')).toEqual(expected);
    const textsAfter = await page.evaluate((ids) => ids.map((id) => (document.getElementById(id) as HTMLTextAreaElement | null)?.value ?? null), TEXTS.map((q) => domId(fieldName(q.id, 'g-3'))));
    expect(textsBefore).toEqual(TEXTS.map((q) => `${OWN} (${q.id})`));
    expect(textsAfter).toEqual(textsBefore);

    // Focus is on the first copied field's chosen option, shown.
    const first = CHOICES.find((q) => expected[q.id]!.length > 0)!;
    const now = await focused(page);
    expect(now.id).toBe(`${domId(fieldName(first.id, 'g-3'))}-${expected[first.id]![0]}`);
    expect(now.visible).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Nothing is stored as an answer until the page is saved; then the copied choices are group 3's answers.
    const before = await stored(page, record.id);
    expect(asList(perItem(before!, first.id, 'g-3'))).toEqual([]);
    await page.locator('main form button[type="submit"]').click();
    await page.locator('main h1', { hasText: NAMES['g-4']! }).waitFor();
    await expect.poll(async () => perItem((await stored(page, record.id)) ?? {}, first.id, 'g-3'), { timeout: 15_000 }).toEqual(perItem(source, first.id, 'g-2'));
    const after = (await stored(page, record.id))!;
    for (const q of CHOICES) expect(asList(perItem(after, q.id, 'g-3')), q.id).toEqual(expected[q.id]);

    // Group 4 is offered the three before it; a choice made by hand takes the row away.
    const next = page.getByRole('group', { name: ui(lang, 'wizard.copyFrom') });
    await next.waitFor();
    expect(await next.getByRole('button').allTextContents()).toEqual([NAMES['g-1'], NAMES['g-2'], NAMES['g-3']]);
    await page.locator(`[id="${domId(fieldName(first.id, 'g-4'))}"] label`).first().click();
    await next.waitFor({ state: 'detached' });
  }, 180_000);

  it('offers nothing on a page whose group has answers of its own, nor on the first group', async () => {
    const { page } = await open(lang);
    await page.getByRole('group', { name: ui(lang, 'wizard.copyFrom') }).waitFor();
    for (const item of ['g-2', 'g-1']) {
      await page.getByRole('navigation', { name: ui(lang, 'wizard.pageListLabel') }).getByRole('button', { name: NAMES[item]! }).click();
      await page.locator('main h1', { hasText: NAMES[item]! }).waitFor();
      await page.locator(`[id="${domId(fieldName(CHOICES[0]!.id, item))}"]`).waitFor();
      expect(await page.getByRole('group', { name: ui(lang, 'wizard.copyFrom') }).count()).toBe(0);
      expect(await onScreen(page, item)).toEqual(Object.fromEntries(CHOICES.map((q) => [q.id, asList(perItem(atGroupThree().answers, q.id, item))])));
    }
  }, 120_000);
});
