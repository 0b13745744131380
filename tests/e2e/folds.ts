// The results page folds its long parts (the decision text, each
// recommendation, every finding, representation in numbers) under their
// headings, each with a disclosure button. Tests that read those parts open
// them first, the way a user does: by pressing each closed button.
import type { Page } from 'playwright-core';

/**
 * Opens every folded part of the results page, once the page has drawn its
 * first one, and returns how many were opened.
 */
export async function openFolds(page: Page): Promise<number> {
  await page.locator('.result-fold__toggle').first().waitFor();
  const closed = page.locator('.result-fold__toggle[aria-expanded="false"]');
  let opened = 0;
  // Opening one can draw others inside it: read the closed ones afresh each time.
  for (; opened < 50 && (await closed.count()) > 0; opened += 1) await closed.first().click();
  return opened;
}
