// The debrief of a workshop, in real Chromium, in Swedish and English: three
// groups' assessments of the library case (each group named, one light and
// two full analyses, three different judgements and children's answers, and
// affected groups named a little differently) are added by the file field
// and by dropping files on the drop zone. The columns carry the groups'
// names, the same assessment dropped again is refused with the column it
// repeats, similar names share a row that the trainer can split and merge,
// and in presenter view at 1280 × 720 and 1920 × 1080 each part fits the
// screen's height, nothing scrolls sideways, and axe finds nothing; printed,
// every part is on paper.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/assessment/assessment';
import { exportJson } from '../../src/assessment/export-file';
import { resources, type Language } from '../../src/i18n/resources';
import type { Answers } from '../../src/questionnaire/answers';
import { flattenTexts } from '../../src/questionnaire/texts';
import { CASES, caseAssessment, framework } from '../fixtures/cases';
import { setItemField, setPerItem } from '../fixtures/clean-answers';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { overflow } from './layout';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const dir = mkdtempSync(join(tmpdir(), 'jk-debrief-'));

function texts(lang: Language) {
  const ui = flattenTexts(resources[lang].ui);
  const content = flattenTexts(resources[lang].content);
  return (key: string, params: Record<string, string | number> = {}) => {
    const text = key.startsWith('content:') ? content[key.slice('content:'.length)] : ui[key];
    if (typeof text !== 'string') throw new Error(`No text ${key}`);
    return text.replace(/{{(\w+)}}/g, (_, name: string) => String(params[name]));
  };
}
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Group {
  id: string;
  name: string;
  outcome: 'light' | 'full';
  judgement: string;
  childrenViews: string;
  /** New names for the library case's affected groups, by item id. */
  renamed: Record<string, string>;
  /** Consequence ratings changed, by item id. */
  rated?: Record<string, string>;
}

// The library case: g-1 schoolchildren, g-2 newly arrived in the language café, g-3 older people without a computer, g-4 talking-book readers.
const GROUPS: Group[] = [
  { id: 'debrief-birch', name: 'Björkgruppen', outcome: 'full', judgement: 'proceed', childrenViews: 'yes', renamed: {} },
  {
    id: 'debrief-maple',
    name: 'Lönngruppen',
    outcome: 'light',
    judgement: 'adjust',
    childrenViews: 'no',
    renamed: { 'g-2': 'Nyanlända vuxna', 'g-3': 'Äldre personer utan dator' },
  },
  {
    id: 'debrief-long',
    name: 'Gruppen vid fönstret längst bort i salen, som gärna har långa namn',
    outcome: 'full',
    judgement: 'rework',
    childrenViews: 'dont-know',
    renamed: { 'g-2': 'Nyanlända som läser sfi', 'g-4': 'Talboksläsare' },
    rated: { 'g-1': 'positive' },
  },
];

function groupAssessment(g: Group): Assessment {
  const base = caseAssessment(CASES[0]!);
  let answers: Answers = { ...base.answers, 'basics.assessors': g.name, 'screening.outcome': g.outcome, 'summary.judgement': g.judgement, 'children.views': g.childrenViews };
  for (const [item, name] of Object.entries(g.renamed)) answers = setItemField(answers, 'groups.items', item, 'groups.item.name', name);
  for (const [item, rating] of Object.entries(g.rated ?? {})) answers = setPerItem(answers, 'consequences.rating', item, rating);
  return { ...base, id: g.id, name: g.name, answers };
}

/** Every group's file saved under the same name, as each group's browser would save it, in a folder of its own. */
const paths = GROUPS.map((g, i) => {
  const folder = mkdtempSync(join(dir, `g${i}-`));
  const path = join(folder, 'andrade-oppettider.json');
  writeFileSync(path, exportJson(groupAssessment(g)));
  return path;
});

/** Drops files on the drop zone as the browser does: a DataTransfer with File objects, dragenter → dragover → drop. */
async function drop(page: Page, files: Array<{ name: string; text: string }>) {
  await page.getByTestId('compare-drop').evaluate((zone, list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

/** Shows one part by its button in the part list. */
const showPart = (page: Page, name: string) => page.locator('.compare__part-list').getByRole('button', { name, exact: false }).click();

const cells = (page: Page, testId: string, row: string) => page.getByTestId(testId).locator(`tr[data-row="${row}"] td`).allInnerTexts();

async function openCompare(lang: Language): Promise<Session> {
  const session = await openApp({ viewport: { width: 1280, height: 720 } });
  const { page } = session;
  // Presenter view, as the trainer has it on the projector.
  await page.evaluate(() => localStorage.setItem('jamlikhetskollen.workshop.v1', 'on'));
  await page.goto(`${session.baseURL}#/compare`);
  await page.reload();
  await page.locator('main h1').waitFor();
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  const t = texts(lang);
  await page.getByRole('heading', { level: 1, name: t('compare.heading') }).waitFor();
  expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('presenter');
  return session;
}

/** The shown part's height from its heading to its end, and what sticks out sideways. */
async function partLayout(page: Page, part: string) {
  const box = await page.locator(`section[data-part="${part}"]`).boundingBox();
  return { height: Math.ceil(box?.height ?? Infinity), overflow: await overflow(page) };
}

describe.each(['sv', 'en'] as const)('the debrief in %s', (lang) => {
  const t = texts(lang);
  it('lines up three groups by name, refuses a duplicate, groups similar names and fits each part on a projected screen', async () => {
    s = await openCompare(lang);
    const { page } = s;

    // Two files by the file field, at once …
    await page.getByLabel(t('compare.label')).setInputFiles(paths.slice(0, 2));
    await page.getByTestId('compare-screening').waitFor();
    // … the third, and the first again under another name, dropped together.
    await drop(page, [
      { name: 'grupp-3.json', text: readFileSync(paths[2]!, 'utf8') },
      { name: 'kopia.json', text: readFileSync(paths[0]!, 'utf8') },
    ]);
    await page.getByRole('alert').filter({ hasText: 'kopia.json' }).waitFor();
    expect(normalise(await page.getByRole('alert').innerText())).toContain(t('compare.duplicate', { file: 'kopia.json', column: GROUPS[0]!.name }));
    await page.getByTestId('compare-screening').locator('thead th').nth(3).waitFor();

    // Columns are the groups' names, in the order added; nothing is added twice.
    expect((await page.getByTestId('compare-screening').locator('thead th').allInnerTexts()).map(normalise)).toEqual([t('compare.question'), ...GROUPS.map((g) => g.name)]);
    expect(await cells(page, 'compare-screening', 'tag:screening-outcome')).toEqual(GROUPS.map((g) => t(`content:options.screening.outcome.${g.outcome}`)));
    const summary = await page.locator('.compare__summary').innerText();
    expect(summary).toMatch(lang === 'sv' ? /^Grupperna skiljer sig åt på \d+ av \d+ punkter: / : /^The groups differ on \d+ of \d+ points: /);

    // The judgement, marked as differing in words.
    await showPart(page, t('compare.part.judgement'));
    expect(await cells(page, 'compare-judgement', 'tag:overall-judgement')).toEqual(GROUPS.map((g) => t(`content:options.summary.judgement.${g.judgement}`)));
    expect(await page.getByTestId('compare-judgement').locator('tr[data-row="tag:overall-judgement"] th').innerText()).toContain(t('compare.differs'));

    // The children's views: the light analysis did not ask.
    await showPart(page, t('compare.part.children'));
    const children = await cells(page, 'compare-children', 'tag:children-views');
    expect(children[0]).toBe(t('content:optionSets.yes-no-unknown.yes'));
    expect(children[2]).toBe(t('content:optionSets.yes-no-unknown.dont-know'));
    expect([t('content:optionSets.yes-no-unknown.no'), t('compare.notAsked')]).toContain(children[1]);

    // Recommendations: a status per full analysis, and "not part of a light analysis" for the light one.
    await showPart(page, t('compare.part.recommendations'));
    for (const r of framework.recommendations) {
      const row = (await cells(page, 'compare-statuses', `recommendation:${r.id}`)).map(normalise);
      expect(row[1], r.id).toBe(t('compare.notInLight'));
      expect(row[0], r.id).toBe(`${t('results.statusLabel')} ${t(`results.status.${CASES[0]!.statuses[r.id]}`)}`);
    }

    // Affected groups: similar names on one row, each group's own words.
    await showPart(page, t('compare.part.affected'));
    const groups = page.getByTestId('compare-groups');
    const row = (name: string) => groups.locator('tbody tr').filter({ has: page.locator('th', { hasText: name }) });
    expect(await row('Nyanlända').locator('td').allInnerTexts().then((c) => c.slice(0, 3))).toEqual(['Nyanlända i språkcaféet', 'Nyanlända vuxna', 'Nyanlända som läser sfi']);
    expect(await row('Äldre').locator('td').allInnerTexts().then((c) => c.slice(0, 3))).toEqual(['Äldre utan dator', 'Äldre personer utan dator', 'Äldre utan dator']);
    const rowsBefore = await groups.locator('tbody tr').count();
    const editing = page.getByRole('button', { name: t('compare.change') });
    await editing.click();
    expect(await editing.getAttribute('aria-pressed')).toBe('true');

    // Merge "Talboksläsare" with the talking-book borrowers' row, then split it again.
    const readers = row('Talboksläsare');
    await readers.getByRole('combobox').selectOption({ label: 'Personer som lånar talböcker' });
    await readers.getByRole('button', { name: new RegExp(`^${t('compare.merge')}`) }).click();
    await page.locator('output.compare__announcement').filter({ hasText: 'Talboksläsare' }).waitFor();
    expect(await groups.locator('tbody tr').count()).toBe(rowsBefore - 1);
    const merged = row('Personer som lånar talböcker');
    expect((await merged.locator('td').allInnerTexts()).slice(0, 3)).toEqual(['Personer som lånar talböcker', 'Personer som lånar talböcker', 'Talboksläsare']);
    await merged.getByRole('button', { name: new RegExp(`^${t('compare.split')}`) }).click();
    await page.locator('output.compare__announcement').filter({ hasText: t('compare.splitDone', { name: 'Personer som lånar talböcker' }) }).waitFor();
    expect(await groups.locator('tbody tr').count()).toBe(rowsBefore + 1);
    expect(await row('Talboksläsare').count()).toBe(1);
    // Done changing: the buttons go, and the part is as short as before.
    await editing.click();
    expect(await groups.getByRole('button').count()).toBe(0);

    // On the projector: each part fits the screen's height, nothing scrolls sideways, axe finds nothing.
    const heights: string[] = [];
    const tooTall: string[] = [];
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      for (const part of ['screening', 'affected', 'consequences', 'children', 'recommendations', 'measures', 'judgement']) {
        await showPart(page, t(`compare.part.${part}`));
        await page.locator(`section[data-part="${part}"] h2`).waitFor();
        const layout = await partLayout(page, part);
        heights.push(`${viewport.width}×${viewport.height} ${part}: ${layout.height}px`);
        expect(layout.overflow, `${viewport.width} ${part}`).toEqual([]);
        if (layout.height > viewport.height) tooTall.push(`${viewport.width}×${viewport.height} ${part}: ${layout.height}px`);
        if (process.env.JK_SHOTS) await page.locator(`section[data-part="${part}"]`).screenshot({ path: join(process.env.JK_SHOTS, `${lang}-${viewport.width}-${part}.png`) });
        expect(await axeViolations(page), `${viewport.width} ${part}`).toEqual([]);
      }
    }
    console.log(heights.join('\n'));
    expect(tooTall).toEqual([]);

    // On paper every part is printed, without the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('section[data-part]:visible').count()).toBe(7);
    expect(await page.locator('.compare__nav').isVisible()).toBe(false);
    // Fourteen axe scans on a machine shared with other tests.
  }, 300_000);
});
