/**
 * The walk: a four-group assessment entered as a new user with a real case
 * would, in Chromium at 1280 × 800, driven by the mouse through real DOM
 * events, counting what it takes. It knows no step and no question: on every
 * screen it presses the tool's "use the suggestion" buttons, starts an item
 * from the earlier item whose answers are nearest its own (when the tool
 * offers it and that saves clicks) and corrects what differs, adds the items
 * the case has (four affected groups, its alternatives, dialogues …), fills
 * each empty visible field the case has an answer for, and presses the
 * form's submit button; when the form answers with an error summary, it
 * fills what the summary names (from the case, or a plain answer) and
 * submits again. It stops at the review page and opens the results page.
 *
 * Clicks are buttons, options and links pressed; typing a text field's
 * content is one text entry and as many keystrokes as characters (the click
 * into the field is not counted, nor any Tab).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Scalar } from '../../questionnaire/answers';
import { ARGS, CHROMIUM, openApp } from './browser';
import { serveDist } from './serve';
import { caseValue, optionsFor, perItemId, type WalkCase } from './walk-case';
import { bestSource, caseTicks, itemByTitle } from './walk-copy';
import { emptyTally, type Observation, type Tally } from './walk-tally';

export const VIEWPORT = { width: 1280, height: 800 };

/** The interface texts the walk looks for, in the language it walks in. */
export interface WalkTexts {
  /** The interface language to walk in (the case's). */
  lang: string;
  /** The questionnaire's title, in the name of the button that starts one. */
  questionnaire: string;
  begin: string;
  review: string;
  results: string;
  /** A button that fills in the tool's proposed answer with one click. */
  suggestion: RegExp;
  /** The name of the row of buttons that start an item from an earlier item's answers. */
  copyFrom: string;
  /** A choice's button that ticks every affected group at once. */
  selectAll: string;
  /** What to write into a field the form demands and the case leaves empty. */
  filler: string;
}

export interface WalkResult {
  observations: Observation[];
  tally: Tally;
}

/** A field on screen, as the walk sees it. */
interface Field {
  id: string;
  kind: 'text' | 'date' | 'choice';
  empty: boolean;
  /** A choice of checkboxes (else radio buttons). */
  multiple: boolean;
  /** A choice's options: their values, the ids of their inputs and whether they are ticked, in order. */
  options: Array<{ value: string; input: string; checked: boolean }>;
}

const MAX_SUBMITS = 120;

/** BENCH_WALK_LOG=1 prints every screen and what the walk entered or left empty on it. */
const log = (line: string) => {
  if (process.env.BENCH_WALK_LOG) console.log(line);
};

/** Serves the build in `dist` as a web host would (serve.ts) and walks it in a fresh Chromium profile. */
export async function walkBuild(dist: string, c: WalkCase, texts: WalkTexts, locale: string): Promise<WalkResult> {
  const server = await serveDist(dist);
  const profile = mkdtempSync(join(tmpdir(), 'jk-walk-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, locale, viewport: VIEWPORT });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await walk(page, server.url, c, texts);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function walk(page: Page, baseURL: string, c: WalkCase, texts: WalkTexts): Promise<WalkResult> {
  const observations: Observation[] = [];
  const tally = emptyTally();
  const itemOrder: string[] = [];
  const groupsSeen = new Set<string>();
  const observe = async (moment: Observation['moment']) => observations.push({ ...(await look(page)), moment, tally: { ...tally } });

  await openApp(page, baseURL);
  await settle(page);
  // The interface in the case's language: set-up, like the browser's language, so not counted.
  const switchTo = page.locator(`button[lang="${texts.lang}"][aria-pressed="false"]`);
  if (await switchTo.count()) {
    await switchTo.first().click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, texts.lang);
    await settle(page);
  }
  await observe('arrive');
  await press(page, tally, page.getByRole('button', { name: texts.questionnaire }).first());
  await observe('arrive');
  // The questionnaire's intro page: its one primary button begins (the walk also runs on builds whose wording differs).
  await press(page, tally, page.getByRole('button', { name: texts.begin, exact: true }).or(page.locator('main button.button--primary')).first());
  await observe('arrive');

  for (let submits = 0; ; submits += 1) {
    if (submits > MAX_SUBMITS) throw new Error(`The walk did not reach the review page after ${MAX_SUBMITS} submits`);
    const submit = page.locator('main form button[type="submit"]').first();
    if ((await heading(page)) === texts.review || (await submit.count()) === 0) break;
    await takeSuggestions(page, tally, texts.suggestion);
    await startFromEarlier(page, c, tally, itemOrder, texts.copyFrom);
    await fillScreen(page, c, tally, { itemOrder, groupsSeen, selectAll: texts.selectAll });
    await observe('stay');
    let moved = await submitForm(page, tally, submit);
    for (let retry = 0; !moved && retry < 3; retry += 1) {
      tally.rejected += 1;
      await observe('stay');
      await fillErrors(page, c, tally, itemOrder, texts.filler);
      moved = await submitForm(page, tally, submit);
    }
    if (!moved) throw new Error(`The form on "${await heading(page)}" still has errors the walk cannot fill`);
    await observe('arrive');
    log(`  ${observations.at(-1)!.heading}`);
  }
  await press(page, tally, page.getByRole('button', { name: texts.results }).or(page.locator('.wizard__results-link')).first());
  await page.waitForLoadState('networkidle');
  await settle(page);
  await observe('arrive');
  return { observations, tally };
}

async function heading(page: Page): Promise<string> {
  return ((await page.locator('main h1').first().textContent()) ?? '').trim();
}

/** The screen's heading, which page it is (address and fields on show) and its height. */
function look(page: Page): Promise<Omit<Observation, 'moment' | 'tally'>> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('main form :is(input, textarea, select, fieldset)[id^="f-"]')].map((e) => e.id);
    return {
      heading: (document.querySelector('main h1')?.textContent ?? '').trim(),
      page: `${location.hash}|${ids.join(' ')}`,
      height: document.documentElement.scrollHeight,
    };
  });
}

/** Waits until the screen has a heading and has stopped changing (lazy parts loaded, a new page rendered). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('main h1')?.textContent ?? '').trim() !== '', undefined, { timeout: 15_000 });
  let last = '';
  for (let i = 0; i < 50; i += 1) {
    const now = JSON.stringify(await look(page));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(100);
  }
}

async function press(page: Page, tally: Tally, target: ReturnType<Page['locator']>): Promise<void> {
  await target.click();
  tally.clicks += 1;
  await settle(page);
}

/**
 * Presses the submit button; true when the screen moved on, false when the
 * form showed its error summary (which takes focus) instead.
 */
async function submitForm(page: Page, tally: Tally, submit: ReturnType<Page['locator']>): Promise<boolean> {
  const start = await look(page);
  // The same key as look()'s heading + page, worked out inside the page while it waits.
  const before = start.heading + start.page;
  await submit.click();
  tally.clicks += 1;
  await page.waitForFunction(
    (b) => {
      const ids = [...document.querySelectorAll('main form :is(input, textarea, select, fieldset)[id^="f-"]')].map((e) => e.id);
      const now = `${(document.querySelector('main h1')?.textContent ?? '').trim()}${location.hash}|${ids.join(' ')}`;
      return now !== b || Boolean(document.activeElement?.closest('.error-summary'));
    },
    before,
    { timeout: 15_000 },
  );
  await settle(page);
  const after = await look(page);
  return after.heading + after.page !== before;
}

/**
 * Presses the tool's "use the suggestion" buttons, one at a time and the
 * first on screen first: a button for all of a page's criteria comes before
 * the one beside each criterion, and every button goes once its suggestion
 * is in place, so no suggestion is taken twice.
 */
async function takeSuggestions(page: Page, tally: Tally, name: RegExp): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const buttons = await page.getByRole('button', { name }).all();
    const next = await firstUsable(buttons);
    if (!next) return;
    log(`    pressed: ${(await next.textContent()) ?? ''}`);
    await next.click();
    tally.clicks += 1;
    await settle(page);
    // A button that stays after its use would be pressed for ever: leave the rest to the fields.
    if ((await page.getByRole('button', { name }).count()) >= buttons.length) return;
  }
}

async function firstUsable(buttons: Array<ReturnType<Page['locator']>>): Promise<ReturnType<Page['locator']> | undefined> {
  for (const b of buttons) if ((await b.isVisible()) && (await b.isEnabled())) return b;
  return undefined;
}

/** The visible fields of the form on screen, in page order. */
function fields(page: Page): Promise<Field[]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const out: Field[] = [];
    for (const e of document.querySelectorAll<HTMLElement>('main form :is(input, textarea, fieldset)[id^="f-"]')) {
      if (!e.checkVisibility()) continue;
      if (e instanceof HTMLFieldSetElement) {
        const inputs = [...e.querySelectorAll<HTMLInputElement>('input, textarea, select')];
        // A choice holds only its own options (`<id>-<option>`); a group's fieldset holds its items' fields.
        const own = inputs.every((i) => i instanceof HTMLInputElement && ['radio', 'checkbox'].includes(i.type) && i.id === `${e.id}-${i.value}`);
        if (inputs.length === 0 || !own || e.querySelector('fieldset')) continue;
        out.push({
          id: e.id,
          kind: 'choice',
          empty: !inputs.some((i) => i.checked),
          multiple: inputs.some((i) => i instanceof HTMLInputElement && i.type === 'checkbox'),
          options: inputs.map((i) => ({ value: i.value, input: i.id, checked: i.checked })),
        });
      } else if (e instanceof HTMLTextAreaElement || (e instanceof HTMLInputElement && !['radio', 'checkbox', 'hidden', 'file'].includes(e.type))) {
        const value = (e as HTMLInputElement | HTMLTextAreaElement).value;
        out.push({ id: e.id, kind: e.getAttribute('type') === 'date' ? 'date' : 'text', empty: value === '', multiple: false, options: [] });
      }
    }
    return out;
  });
}

/** Notes the app's ids of the per-item fields on screen, in the order first seen (their position is the case item's). */
function noteItems(c: WalkCase, list: Field[], itemOrder: string[]): void {
  for (const f of list) {
    const item = perItemId(c, f.id);
    if (item !== undefined && !itemOrder.includes(item)) itemOrder.push(item);
  }
}

/** Ticks or unticks one option, by its label where it shows one (as a user clicks). */
async function toggle(page: Page, input: string): Promise<void> {
  const label = page.locator(`label[for="${input}"]`);
  if ((await label.count()) && (await label.first().isVisible())) await label.first().click();
  else await page.locator(`[id="${input}"]`).click({ force: true });
}

/**
 * On an item's page that offers to start from an earlier item's answers:
 * presses the earlier item that leaves the fewest choices to correct (when
 * that saves clicks; src/cli/bench/walk-copy.ts), then corrects every choice
 * of the item that differs from the case. The row is found by its name, the
 * items by the names the case gave them.
 */
async function startFromEarlier(page: Page, c: WalkCase, tally: Tally, itemOrder: string[], name: string): Promise<void> {
  const row = page.getByRole('group', { name, exact: true });
  if ((await row.count()) === 0) return;
  const list = await fields(page);
  noteItems(c, list, itemOrder);
  const choices = list.filter((f) => f.kind === 'choice' && perItemId(c, f.id) !== undefined);
  const target = choices.length ? perItemId(c, choices[0]!.id)! : undefined;
  if (target === undefined) return;
  const offered = new Map<string, ReturnType<Page['locator']>>();
  for (const button of await row.getByRole('button').all()) {
    const index = itemByTitle(c, ((await button.textContent()) ?? '').trim());
    const id = index === undefined ? undefined : itemOrder[index];
    if (id !== undefined) offered.set(id, button);
  }
  const on = (f: Field) => ({ id: f.id, multiple: f.multiple, options: f.options.map((o) => o.value) });
  const best = bestSource(c, choices.map(on), itemOrder, target, [...offered.keys()]);
  if (!best) return;
  log(`    started from item ${itemOrder.indexOf(best.source) + 1}: ${best.clicks} clicks instead of ${best.byHand}`);
  await press(page, tally, offered.get(best.source)!);
  for (const f of (await fields(page)).filter((x) => x.kind === 'choice' && perItemId(c, x.id) === target)) {
    const want = caseTicks(c, on(f), f.id, itemOrder);
    const have = f.options.filter((o) => o.checked).map((o) => o.value);
    const flip = f.multiple ? f.options.filter((o) => want.includes(o.value) !== o.checked).map((o) => o.value) : want.filter((v) => !have.includes(v));
    for (const v of flip) {
      await toggle(page, f.options.find((o) => o.value === v)!.input);
      tally.clicks += 1;
    }
    if (flip.length) log(`    corrected ${f.id}: ${JSON.stringify(want)}`);
  }
}

interface ScreenState {
  /** The app's item ids in the order the walk first saw them. */
  itemOrder: string[];
  /** The name of a choice's "select all groups" button. */
  selectAll: string;
  /** Groups whose items the walk has already added. */
  groupsSeen: Set<string>;
}

/**
 * Fills the screen: one item of a group at a time (an interface may close
 * the item before when a new one opens), then every empty field the case has
 * an answer for, again after answers that show further questions.
 */
async function fillScreen(page: Page, c: WalkCase, tally: Tally, state: ScreenState): Promise<void> {
  const toAdd = new Map<string, number>();
  for (const [group, count] of c.itemCounts) {
    if (state.groupsSeen.has(group) || !(await page.locator(`[id="${group}"]`).isVisible())) continue;
    state.groupsSeen.add(group);
    const present = await page.evaluate(
      (g) => new Set([...document.querySelectorAll(`[id^="${g}-"]`)].map((e) => /^(\d+)-/.exec(e.id.slice(g.length + 1))?.[1]).filter(Boolean)).size,
      group,
    );
    toAdd.set(group, count - present);
  }
  for (;;) {
    for (let pass = 0; pass < 3; pass += 1) if (!(await fillFields(page, c, tally, state))) break;
    const next = [...toAdd].find(([, n]) => n > 0);
    if (!next) return;
    toAdd.set(next[0], next[1] - 1);
    await press(page, tally, addButton(page, next[0]));
  }
}

/**
 * The button that adds an item to a group: the last button of the group's
 * own (or in a wrapper of its own), not one inside an item (move, remove).
 */
function addButton(page: Page, group: string) {
  return page.locator(`[id="${group}"] > button, [id="${group}"] > div > button`).last();
}

/** One pass over the screen's empty fields; true when it filled any. */
async function fillFields(page: Page, c: WalkCase, tally: Tally, state: ScreenState): Promise<boolean> {
  let any = false;
  const list = await fields(page);
  noteItems(c, list, state.itemOrder);
  for (const f of list) {
    if (!f.empty) continue;
    const value = caseValue(c, f.id, state.itemOrder);
    if (value === undefined) {
      log(`    left empty: ${f.id}`);
      continue;
    }
    any = (await enter(page, c, tally, f, value, state.selectAll)) || any;
  }
  return any;
}

/** Enters a value into a field: typed into a text or date field, ticked in a choice. */
async function enter(page: Page, c: WalkCase, tally: Tally, f: Field, value: Scalar, selectAll?: string): Promise<boolean> {
  log(`    ${f.id}: ${JSON.stringify(value).slice(0, 60)}`);
  if (f.kind === 'choice') {
    const chosen = optionsFor(c, value, f.options.map((o) => o.value));
    const pick = chosen.length ? chosen : f.options.slice(0, 1).map((o) => o.value);
    // Every option wanted, and the choice offers to tick them all: one press.
    const all = selectAll && f.multiple && f.options.length > 1 && f.options.every((o) => pick.includes(o.value));
    const button = all ? page.locator(`[id="${f.id}"]`).getByRole('button', { name: selectAll, exact: true }) : undefined;
    if (button && (await button.count())) {
      log('    (all at once)');
      await press(page, tally, button);
      return true;
    }
    for (const v of pick) {
      const input = f.options.find((o) => o.value === v)!.input;
      const label = page.locator(`label[for="${input}"]`);
      if ((await label.count()) && (await label.first().isVisible())) await label.first().click();
      else await page.locator(`[id="${input}"]`).check({ force: true });
      tally.clicks += 1;
    }
    return pick.length > 0;
  }
  const text = Array.isArray(value) ? value.join(', ') : value;
  await page.locator(`[id="${f.id}"]`).fill(text);
  tally.entries += 1;
  // A date is typed as its eight digits; anything else character by character.
  tally.keystrokes += f.kind === 'date' ? text.replaceAll('-', '').length : text.length;
  return true;
}

/** Fills what the error summary names: the case's answer, or else the first option or a plain text. */
async function fillErrors(page: Page, c: WalkCase, tally: Tally, itemOrder: string[], filler: string): Promise<void> {
  const targets = await page.locator('.error-summary a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
  const list = await fields(page);
  for (const id of targets) {
    const f = list.find((x) => x.id === id);
    if (f) {
      if (f.empty) await enter(page, c, tally, f, caseValue(c, id, itemOrder) ?? (f.kind === 'choice' ? [] : f.kind === 'date' ? '2026-12-01' : filler));
      continue;
    }
    // A group with too few items names the group itself: add one and fill it.
    const group = id.replace(/-root$/, '');
    if (await page.locator(`[id="${group}"]`).isVisible()) {
      await press(page, tally, addButton(page, group));
      for (const g of (await fields(page)).filter((x) => x.id.startsWith(`${group}-`) && x.empty)) {
        await enter(page, c, tally, g, caseValue(c, g.id, itemOrder) ?? (g.kind === 'choice' ? [] : g.kind === 'date' ? '2026-12-01' : filler));
      }
    }
  }
}
