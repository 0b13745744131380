// @vitest-environment node
// The HTML report of the long-words assessment in Chromium, at a desktop and
// a phone width: every table fits its column (a long URL or compound breaks
// inside its cell instead of widening the table past the page, where a
// printout cuts it off), and every answer is on the page whole. As a
// control, the same page without the cells' `overflow-wrap: anywhere` does
// overflow, so the check can tell.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { assessmentHtml } from '../../../src/report/html';
import { longWordsAssessment } from '../../fixtures/long-words';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDTHS = [1024, 390];
const BREAK_ANYWHERE = ';overflow-wrap:anywhere}';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

function page(lang: (typeof LANGUAGES)[number]) {
  const { assessment, texts } = longWordsAssessment();
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const { t } = createI18n(lang);
  const result = evaluate(file, framework, assessment);
  const decision = decisionText(file, framework, assessment.answers, result);
  return { html: assessmentHtml({ file, framework, assessment, result, decision, t, lang }), texts };
}

/** Tables wider than the column they stand in, and the page's text without whitespace, at `width` CSS pixels. */
async function layout(html: string, width: number): Promise<{ tables: number; overflowing: string[]; text: string }> {
  const tab = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    await tab.setContent(html, { waitUntil: 'load' });
    return await tab.evaluate(() => {
      const column = document.body.clientWidth;
      const tables = [...document.querySelectorAll('table')];
      const overflowing = tables.filter((t) => t.getBoundingClientRect().width > Math.min(column, t.parentElement!.clientWidth) + 1).map((t) => t.querySelector('caption')?.textContent ?? t.textContent!.slice(0, 60));
      return { tables: tables.length, overflowing, text: document.body.innerText.replace(/\s+/g, '') };
    });
  } finally {
    await tab.close();
  }
}

describe.each(LANGUAGES)('long words in the HTML report (%s)', (lang) => {
  it('every table fits its column at a desktop and a phone width, and every answer is there whole', async () => {
    const { html, texts } = page(lang);
    expect(html).toContain(BREAK_ANYWHERE);
    for (const width of WIDTHS) {
      const { tables, overflowing, text } = await layout(html, width);
      expect(tables).toBeGreaterThan(3);
      expect(overflowing).toEqual([]);
      expect(texts.filter((t) => !text.includes(t.replace(/\s+/g, '')))).toEqual([]);
    }
  }, 120_000);

  it('without breaking anywhere in cells, the same tables overflow (the check can tell)', async () => {
    const { html } = page(lang);
    const { overflowing } = await layout(html.split(BREAK_ANYWHERE).join('}'), WIDTHS[1]!);
    expect(overflowing.length).toBeGreaterThan(0);
  }, 120_000);
});
