// The second half of the life after the decision, driven in real Chromium
// by tests/e2e/peer-review.e2e.ts once the reviewer has approved: the
// decision recorded (refused without "what changed" after an amendment, still
// there after a reload, and on the start page); a follow-up that refuses a
// figure that is not a number with the error summary, then keeps figures by
// sex and by area, an indicator that could not be measured and a measure not
// carried out; its result shows a chart and a table per breakdown that axe
// passes, says how each gap moved in words built from the figures, and names
// the widened gap and the measure among its findings; the reminders download
// as an iCalendar file that ical.js reads (the follow-up date and the due
// date of each measure not yet carried out, the same UIDs on a second
// download); the follow-up's PDF reads back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { migrate } from '../../src/assessment/migrations';
import type { GroupItem } from '../../src/questionnaire/answers';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { axeViolations } from './harness';
import { narrowProblems, WIDE } from './layout';

const dir = mkdtempSync(join(tmpdir(), 'jk-follow-up-'));
const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
/** A breakdown's name, as the questionnaire's option set words it (Kön, Område). */
const breakdown = (lang: Language, id: string) => flattenTexts(resources[lang].content)[`optionSets.breakdown.${id}`] as string;
/** A text with its {{params}} filled in, as i18next does (no HTML escaping in these). */
const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

/**
 * The library example in `lang`, completed, with its first indicator broken
 * down by sex and by area: a stored record in the current format.
 */
export function completedLibrary(lang: Language) {
  const source = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../questionnaires/examples/library.${lang}.json`), 'utf8')) as Record<string, unknown>;
  const migrated = migrate(source);
  if (!migrated.ok) throw new Error('The library example does not migrate.');
  const record = structuredClone(migrated.value) as { id: string; answers: Record<string, unknown>; progress: Record<string, unknown> };
  record.id = `e2e-after-${lang}`;
  record.progress = { ...record.progress, phase: 'complete', completedAt: '2026-03-01T09:00:00.000Z' };
  const indicators = record.answers['follow-up.indicators'] as GroupItem[];
  indicators[0]!.values['follow-up.indicator.breakdown'] = ['sex', 'area'];
  const measures = (record.answers['measures.items'] as GroupItem[]).map((m) => ({ what: String(m.values['measures.item.what']), due: String(m.values['measures.item.date']) }));
  return {
    record,
    committee: String(record.answers['basics.committee']),
    indicator: String(indicators[0]!.values['follow-up.indicator.name']),
    measures,
    followUpDate: String(record.answers['follow-up.when']),
  };
}

async function save(page: Page, button: string, status: string) {
  await page.getByRole('button', { name: button }).click();
  await page.getByText(status).waitFor();
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

/** The events of an .ics file as ical.js reads them. */
function events(path: string) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((e) => {
    const event = new ICAL.Event(e);
    return { uid: event.uid, summary: event.summary, date: event.startDate.toString() };
  });
}

export type Library = ReturnType<typeof completedLibrary>;

/**
 * On `page`, with `library` stored (and reviewed): records the committee's
 * decision, then a follow-up, and checks what each screen and file says.
 */
export async function decideAndFollowUp(page: Page, baseURL: string, lang: Language, library: Library): Promise<void> {
  const id = library.record.id;

  // The decision: the committee comes from the assessment; "what changed" is required after an amendment.
  await page.goto(`${baseURL}#/a/${id}/decision`);
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${ui(lang, 'decision.heading')}`) }).waitFor();
  expect(await page.locator('#decision-body').inputValue()).toBe(library.committee);
  await page.locator('#decision-caseNumber').fill('KFN 2026/112');
  await page.locator('#decision-meetingDate').fill('2026-04-08');
  await page.locator('#decision-paragraph').fill('§ 41');
  await page.locator('#decision-outcome-amended').check();
  await page.getByRole('button', { name: ui(lang, 'decision.save') }).click();
  await page.locator('.error-summary').waitFor();
  expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
  expect(await page.locator('.error-summary li').allInnerTexts()).toEqual([ui(lang, 'decision.errors.changes-amended')]);
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('#decision-changes').fill('Lördagsöppet behålls under skolterminerna.');
  await save(page, ui(lang, 'decision.save'), ui(lang, 'decision.status.saved'));

  await page.reload();
  const recorded = page.locator('.decision-summary');
  await recorded.waitFor();
  const decisionText = await recorded.innerText();
  for (const part of ['KFN 2026/112', '§ 41', ui(lang, 'decision.outcomes.amended'), library.committee, 'Lördagsöppet behålls under skolterminerna.']) expect(decisionText).toContain(part);
  expect(await axeViolations(page)).toEqual([]);

  // The start page names the decision on the assessment's entry.
  await page.goto(`${baseURL}#/`);
  const entry = page.locator('.saved__item').filter({ hasText: 'KFN 2026/112' });
  await entry.waitFor();
  expect(await entry.innerText()).toContain(ui(lang, 'dueList.outcomes.amended'));
  await page.goto(`${baseURL}#/a/${id}/decision`);
  await recorded.waitFor();

  // A follow-up: the first indicator by sex and by area, the second not measured, the first measure not carried out.
  await page.getByRole('button', { name: ui(lang, 'decision.toFollowUp') }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${ui(lang, 'followUp.heading')}`) }).waitFor();
  await page.getByRole('button', { name: ui(lang, 'followUp.list.new') }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${ui(lang, 'followUp.newHeading')}`) }).waitFor();
  const decimal = lang === 'sv' ? '50,5' : '50.5';
  const unit = lang === 'sv' ? 'besök per vecka' : 'visits per week';
  await page.locator('#fu-indicators-0-unit').fill(unit);
  const rows: [string, string, string][] = [
    ['Kvinnor', '120', '110'],
    ['Män', '80', 'sextio'],
    ['Norra Backa', decimal, '45'],
    ['Söder', '40', '42'],
  ];
  for (const [i, [category, before, now]] of rows.entries()) {
    await page.locator(`#fu-indicators-0-figures-${i}-category`).fill(category);
    await page.locator(`#fu-indicators-0-figures-${i}-baseline`).fill(before);
    await page.locator(`#fu-indicators-0-figures-${i}-now`).fill(now);
  }
  // A third area: the new row's first field takes focus.
  await page.getByRole('button', { name: fill(ui(lang, 'followUp.form.add'), { breakdown: breakdown(lang, 'area') }) }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fu-indicators-0-figures-4-category');
  await page.keyboard.type('Centrum');
  await page.locator('#fu-indicators-0-figures-4-baseline').fill('30');
  await page.locator('#fu-indicators-0-figures-4-now').fill('31');
  await page.locator('#fu-indicators-1-measured-no').check();
  await page.locator('#fu-measures-0-status-not').check();
  await page.locator('#fu-measures-1-status-done').check();
  await page.locator('#fu-measures-2-status-partly').check();
  await page.locator('#fu-measures-2-cost').fill('20 000 kr');
  await page.locator('#fu-summary').fill('Besöken minskade, mest bland män.');

  // A figure that is not a number is refused, named by indicator, breakdown and row.
  await page.getByRole('button', { name: ui(lang, 'followUp.form.save') }).click();
  await page.locator('.error-summary').waitFor();
  expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
  const sex = breakdown(lang, 'sex');
  expect(await page.locator('.error-summary li').allInnerTexts()).toEqual([
    `${fill(ui(lang, 'followUp.form.where'), { indicator: library.indicator, breakdown: sex, row: 2 })}: ${ui(lang, 'followUp.errors.number')}`,
  ]);
  expect(await page.locator('#fu-indicators-0-figures-1-now').getAttribute('aria-invalid')).toBe('true');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('.error-summary a').click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('fu-indicators-0-figures-1-now');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('60');
  // The rows of figures fit a narrow screen without scrolling sideways.
  expect(await narrowProblems(page)).toEqual([]);
  await page.setViewportSize(WIDE);
  await save(page, ui(lang, 'followUp.form.save'), ui(lang, 'followUp.saveStatus.saved'));

  // The result: a chart and a table per breakdown, the gaps in words, the findings.
  const result = page.locator('.follow-up-result');
  await result.waitFor();
  expect(page.url()).toMatch(new RegExp(`#/a/${id}/follow-up/fu-[\\w-]+$`));
  expect(await result.getByRole('img').count()).toBe(2);
  expect(await result.getByRole('table').count()).toBe(2);
  const text = await result.innerText();
  const n = (v: string) => (lang === 'sv' ? v.replace('.', ',') : v);
  expect(text).toContain(fill(ui(lang, 'followUp.result.gap.widened'), { breakdown: sex.toLocaleLowerCase(lang), before: '40', now: `50 ${unit}` }));
  expect(text).toContain(
    fill(ui(lang, 'followUp.result.gap.narrowed'), { breakdown: breakdown(lang, 'area').toLocaleLowerCase(lang), before: n('20.5'), now: `14 ${unit}` }),
  );
  const chartLabel = await result.getByRole('img').first().getAttribute('aria-label');
  expect(chartLabel).toContain('Kvinnor 120');
  expect(await result.locator('[data-finding="gap-widened"]').innerText()).toContain(library.indicator);
  expect(await result.locator('[data-finding="measure-not-done"]').innerText()).toContain(library.measures[0]!.what);
  expect(await result.locator('[data-finding="indicator-not-measured"]').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  expect(await narrowProblems(page)).toEqual([]);
  await page.setViewportSize(WIDE);

  // Still there after a reload, at the follow-up's own address.
  await page.reload();
  await page.locator('.follow-up-result').waitFor();
  expect(await page.locator('.follow-up-result [data-finding="gap-widened"]').count()).toBe(1);

  // Reminders: the follow-up date and each measure's due date, stable UIDs across downloads.
  const ics = await download(page, ui(lang, 'calendarButton.download'));
  expect(ics).toMatch(/\.ics$/);
  const first = events(ics);
  // The second measure was reported carried out: it needs no reminder.
  const open = library.measures.filter((_, i) => i !== 1);
  expect(first.map((e) => e.date).sort()).toEqual([library.followUpDate, ...open.map((m) => m.due)].sort());
  expect(first.map((e) => e.summary).join('\n')).not.toContain(library.measures[1]!.what);
  expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
  expect(first.map((e) => e.summary).join('\n')).toContain(library.measures[0]!.what);
  const again = events(await download(page, ui(lang, 'calendarButton.download')));
  expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid));

  // The addendum as a PDF, read back.
  const pdf = await download(page, ui(lang, 'followUpReport.download.pdf'));
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdfText).toContain('Kvinnor');
  expect(pdfText).toContain(library.measures[0]!.what);
}
