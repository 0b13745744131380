// The check step in real Chromium, in Swedish and in English: a complete
// library case is stored as far as the check, and its first recommendation
// shows, beside each criterion, what the assessment already holds (the
// recorded dialogues by name) and the tool's proposal, tied to the rating
// with aria-describedby. "Use the suggestion" sets the rating and keeps the
// keyboard focus on it; a settled "yes" needs no words (its box is folded,
// optional, as is any box the rating does not need); a rating that differs from the proposal is said in text; one
// button fills in the proposals for the criteria not yet answered. The page
// is axe-clean, has nothing sticking out at 320 px, and is accepted with the
// settled justifications left empty.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { criterionEvidence } from '../../src/assessment/backing';
import { resources, type Language } from '../../src/i18n/resources';
import type { Answers } from '../../src/questionnaire/answers';
import { groupItems } from '../../src/questionnaire/answers';
import { flattenTexts } from '../../src/questionnaire/texts';
import { CASES, caseAssessment, file, framework } from '../fixtures/cases';
import { seed } from '../fixtures/seed';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { narrowProblems } from './layout';
import { waitForStored } from './stored';
import { fieldId } from './wizard-driver';

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fill = (text: string, values: Record<string, string | number>) => text.replace(/{{(\w+)}}/g, (_, k: string) => String(values[k]));

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const R1 = framework.recommendations[0]!;
const DIALOGUE = 'r1.citizen-dialogue';
const CHECK = file.steps.findIndex((st) => st.kind === 'recommendation-check');

/** The library case, its check unanswered, stored with the wizard on the check's first page. */
function atTheCheck() {
  const c = CASES[0]!;
  const record = caseAssessment(c);
  const answers: Answers = Object.fromEntries(Object.entries(record.answers).filter(([id]) => !/^r[1-5]\./.test(id)));
  const reached = file.steps.slice(0, CHECK + 1).map((st) => st.id);
  return { ...record, answers, progress: { phase: 'answering' as const, stepId: file.steps[CHECK]!.id, reached, page: `rec-${R1.id}` } };
}

async function openCheck(lang: Language): Promise<{ page: Page; record: ReturnType<typeof atTheCheck> }> {
  s = await openApp();
  const { page } = s;
  await page.getByRole('heading', { name: ui('sv', 'saved.heading') }).waitFor();
  const record = atTheCheck();
  await seed(page, record);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.goto(`${s.baseURL}#/a/${record.id}`);
  await page.getByRole('heading', { level: 1, name: content(lang, `steps.${file.steps[CHECK]!.id}.title`) }).waitFor();
  return { page, record };
}

describe.each<Language>(['sv', 'en'])('the check step (%s)', (lang) => {
  it('shows what the assessment holds and the proposal beside a criterion; the suggestion is one click; a settled "yes" needs no words', async () => {
    const { page, record } = await openCheck(lang);
    const evidence = criterionEvidence(file, framework, record.answers);
    const section = page.locator(`section[aria-labelledby="rec-${R1.id}"]`);
    await section.waitFor();

    // Beside the dialogue criterion: the dialogues the case records, by name, and the proposal "Ja".
    const dialogues = groupItems(record.answers['evidence.dialogues']).map((d) => String(d.values['evidence.dialogue.who']));
    expect(dialogues.length).toBeGreaterThan(0);
    expect(evidence.get(DIALOGUE)?.proposal).toBe('yes');
    const rating = page.locator(`#${fieldId(DIALOGUE)}`);
    const tool = page.locator(`#${fieldId(DIALOGUE)}-tool`);
    expect((await rating.getAttribute('aria-describedby'))?.split(' ')).toContain(`${fieldId(DIALOGUE)}-tool`);
    const told = await tool.innerText();
    expect(told).toContain(ui(lang, 'wizard.toolHolds'));
    for (const name of dialogues) expect(told).toContain(name);
    const yes = content(lang, 'optionSets.criterion-rating.yes');
    const no = content(lang, 'optionSets.criterion-rating.no');
    expect(told).toContain(fill(ui(lang, 'wizard.toolSuggests'), { answer: yes }));

    // The button says what it sets; it sets the rating, and focus lands on the option chosen.
    const label = content(lang, `criteria.${DIALOGUE}.label`);
    // (The hidden part is its own box, so the name may read with a space before the colon.)
    const name = new RegExp(`^${escape(ui(lang, 'wizard.toolUse'))}\\s*:\\s*${escape(fill(ui(lang, 'wizard.toolUseContext'), { answer: yes, criterion: label }))}$`);
    const use = page.getByRole('button', { name });
    await use.click();
    const chosen = page.locator(`#${fieldId(DIALOGUE)}-yes`);
    expect(await chosen.isChecked()).toBe(true);
    await page.waitForFunction((id) => document.activeElement?.id === id, `${fieldId(DIALOGUE)}-yes`);
    expect(await use.count()).toBe(0);

    // Settled: the evidence stands as the justification; the box is folded and optional.
    const criterionBlock = page.locator('.check-criterion').filter({ has: rating });
    expect(await criterionBlock.locator('.check-settled__note').innerText()).toBe(ui(lang, 'wizard.toolSettled'));
    expect(await criterionBlock.locator('.check-settled__more > summary').innerText()).toBe(ui(lang, 'wizard.toolSettledAdd'));
    expect(await page.locator(`#${fieldId(`${DIALOGUE}.why`)}`).isVisible()).toBe(false);

    // A rating other than the proposal is said in text beside the field.
    await page.locator(`#${fieldId(DIALOGUE)}-no`).check();
    await tool.getByText(fill(ui(lang, 'wizard.toolDiffers'), { answer: no, proposal: yes })).waitFor();
    await page.locator(`#${fieldId(DIALOGUE)}-yes`).check();
    expect(await tool.locator('.tool-says__differs').innerText()).toBe('');

    // A box the rating does not need is folded; "not relevant" needs words, so its box opens.
    const other = R1.criteria[R1.criteria.length - 1]!.id;
    const why = page.locator(`#${fieldId(`${other}.why`)}`);
    expect(await why.isVisible()).toBe(false);
    await page.locator(`#${fieldId(other)}-not-relevant`).check();
    await why.waitFor({ state: 'visible' });
    await page.locator(`#${fieldId(other)}-no`).check();
    await why.waitFor({ state: 'hidden' });

    // One button fills in the proposals for the criteria not yet answered on this page.
    const open = R1.criteria.filter((c) => c.id !== DIALOGUE && c.id !== other && evidence.get(c.id)?.proposal);
    expect(open.length).toBeGreaterThan(0);
    await section.getByRole('button', { name: ui(lang, 'wizard.toolUseAll') }).click();
    await section.locator('output').getByText(fill(ui(lang, open.length === 1 ? 'wizard.toolUsedAll_one' : 'wizard.toolUsedAll_other'), { count: open.length })).waitFor();
    for (const c of open) expect(await page.locator(`#${fieldId(c.id)}-${evidence.get(c.id)!.proposal}`).isChecked(), c.id).toBe(true);

    expect(await axeViolations(page)).toEqual([]);
    // Long criteria and names wrap: nothing sticks out at 320 or 640 px.
    expect(await narrowProblems(page)).toEqual([]);

    // The rest answered "Nej" (no words needed), the page is accepted with the settled justifications empty.
    for (const c of R1.criteria.filter((x) => x.id !== DIALOGUE && !evidence.get(x.id)?.proposal)) await page.locator(`#${fieldId(c.id)}-no`).check();
    await page.locator('form button[type="submit"]').click();
    await waitForStored(page, { answer: { questionId: DIALOGUE, value: 'yes' } });
    expect(await page.locator('.error-summary').count()).toBe(0);
  });
});
