// Drives the app with the keyboard alone (page.keyboard: Tab, Shift+Tab,
// Enter, Space, arrow keys, typing), the way a person without a mouse
// would, and checks on every Tab that focus moved and can be seen: the
// focused element has a computed outline or box-shadow.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { currentStepMark } from './wizard-driver';

/** What has focus, as the tests need it. */
export interface Focused {
  tag: string;
  type: string;
  id: string;
  /** The element's text or label: a button's words, an input's label. */
  name: string;
  value: string;
  /** For a radio or checkbox: whether any option of its fieldset is ticked. */
  answered: boolean;
  /** The id of the parent element (a group's add button sits in the group's fieldset). */
  parentId: string;
  visible: boolean;
  /** Unique per element (a data attribute the test sets), to tell "focus moved" from "stuck". */
  key: string;
  /** A short description for failure messages. */
  what: string;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: 'none', type: '', id: '', name: '', value: '', answered: false, parentId: '', visible: false, key: '', what: 'nothing' };
    const counter = window as unknown as { focusCount?: number };
    el.dataset.focusKey ??= String((counter.focusCount = (counter.focusCount ?? 0) + 1));
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '';
    const name = (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' ? label : el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const type = el.tagName === 'BUTTON' ? (el as HTMLButtonElement).type : (input.type ?? '');
    return {
      tag: el.tagName.toLowerCase(),
      type,
      id: el.id,
      name,
      value: 'value' in input ? String(input.value) : '',
      answered: !!el.closest('fieldset')?.querySelector('input:checked'),
      parentId: el.parentElement?.id ?? '',
      visible: outline || style.boxShadow !== 'none',
      key: el.dataset.focusKey ?? '',
      what: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${type ? ` ${type}` : ''}> ${name.slice(0, 60)} (outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow})`,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) and returns the newly focused element, after
 * checking that focus moved (a date field's three parts are one element)
 * and that the focused element shows a focus indicator.
 */
export async function tab(page: Page, previous?: Focused, back = false): Promise<Focused> {
  await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  const now = await focused(page);
  expect(now.tag, `focus left the page after ${previous?.what ?? 'the start'}`).not.toMatch(/^(body|none)$/);
  // A date field keeps focus while Tab moves through its day, month and year.
  if (previous && now.type !== 'date') expect(now.key, `focus is stuck on ${now.what}`).not.toBe(previous.key);
  expect(now.visible, `no visible focus on ${now.what}`).toBe(true);
  return now;
}

/** Tabs until `wanted` matches the focused element; fails after `max` presses. */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, { back = false, max = 250 } = {}): Promise<Focused> {
  let f = await focused(page);
  for (let i = 0; i < max && !wanted(f); i += 1) f = await tab(page, f, back);
  expect(wanted(f), `did not reach the element within ${max} presses; last was ${f.what}`).toBe(true);
  return f;
}

/** Presses Enter on a button and waits until the page's h1 changes. */
export async function enterAndWaitForHeading(page: Page): Promise<string> {
  const before = await page.locator('h1').first().textContent();
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b, before, { timeout: 10_000 });
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

/**
 * The keys that type 1 December 2026 into a date field of this browser: the
 * order of its parts follows the browser's own locale, so it is found once
 * on a scratch field.
 */
export async function dateKeys(page: Page): Promise<string[]> {
  for (const keys of [['12012026'], ['01122026'], ['2026', 'ArrowRight', '12', 'ArrowRight', '01']]) {
    await page.evaluate(() => {
      const input = Object.assign(document.createElement('input'), { type: 'date', id: 'scratch-date' });
      document.body.append(input);
      input.focus();
    });
    for (const k of keys) await (/^[A-Z]/.test(k) ? page.keyboard.press(k) : page.keyboard.type(k));
    const value = await page.evaluate(() => {
      const input = document.getElementById('scratch-date') as HTMLInputElement;
      input.remove();
      return input.value;
    });
    if (value === '2026-12-01') return keys;
  }
  throw new Error('Could not type a date into this browser\'s date field.');
}

export interface KeyboardInput {
  /** Text for given field ids (else a numbered filler). */
  type?: Record<string, string>;
  /** Radio groups (field id prefix) and the option (id suffix) to move to with the arrow keys. */
  choose?: Record<string, string>;
  /** Group fieldset ids whose add button to press, once for each time the id is listed. */
  add?: string[];
}

/**
 * Answers the current step from the focused element onwards: types into
 * empty text fields and dates, ticks the first option of an unanswered
 * choice with Space (or moves to a chosen one with the arrow keys), presses
 * a group's add button as often as asked, then presses Enter on the submit button.
 */
export async function answerStepByKeyboard(page: Page, date: string[], input: KeyboardInput = {}, filler = 'Svar med åäö'): Promise<void> {
  // How often each group's add button is still to be pressed.
  const toAdd = new Map<string, number>();
  for (const id of input.add ?? []) toAdd.set(id, (toAdd.get(id) ?? 0) + 1);
  let f = await focused(page);
  for (let n = 0; n < 600 && f.type !== 'submit'; n += 1) {
    const textLike = (f.tag === 'input' && ['text', 'email'].includes(f.type)) || f.tag === 'textarea';
    if (textLike && f.value === '') {
      await page.keyboard.type(input.type?.[f.id] ?? (f.type === 'email' ? 'namn@kommun.se' : `${filler} ${n}`));
    } else if (f.type === 'date' && f.value === '') {
      for (const k of date) await (/^[A-Z]/.test(k) ? page.keyboard.press(k) : page.keyboard.type(k));
    } else if ((f.type === 'radio' || f.type === 'checkbox') && !f.answered) {
      const wanted = Object.entries(input.choose ?? {}).find(([prefix]) => f.id.startsWith(`${prefix}-`))?.[1];
      if (wanted && f.type === 'radio') {
        for (let i = 0; i < 10 && !f.id.endsWith(`-${wanted}`); i += 1) {
          await page.keyboard.press('ArrowDown');
          f = await focused(page);
        }
        expect(f.id).toMatch(new RegExp(`-${wanted}$`));
      } else await page.keyboard.press('Space');
    } else if (f.tag === 'button' && (toAdd.get(f.parentId) ?? 0) > 0) {
      // The open item was answered on the way here (its fields come before the button): adding folds it.
      toAdd.set(f.parentId, toAdd.get(f.parentId)! - 1);
      await page.keyboard.press('Enter');
      // The new item's first field takes focus (a moment after the item renders).
      await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? ''));
      f = await focused(page);
      continue;
    }
    f = await tab(page, f);
  }
  expect(f.type, 'reached the submit button').toBe('submit');
  await enterAndWaitForHeading(page);
}

/**
 * Answers every page of the current step by keyboard (a step asked per
 * group, and the recommendation check, come one page at a time, then an
 * overview) until another step or the review page opens. `onPage` runs on
 * each page after the first, before it is answered (focus is on its
 * heading). Returns how many pages the step had.
 */
export async function completeStepByKeyboard(
  page: Page,
  date: string[],
  input: KeyboardInput = {},
  filler = 'Svar med åäö',
  onPage?: (n: number) => Promise<void>,
): Promise<number> {
  const step = await currentStepMark(page);
  let pages = 0;
  do {
    if (pages > 0) await onPage?.(pages);
    await answerStepByKeyboard(page, date, input, filler);
    pages += 1;
  } while (pages < 30 && (await currentStepMark(page)) === step);
  return pages;
}
