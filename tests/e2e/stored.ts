// Waiting for the app's own storage instead of for a fixed time: a reload
// test reloads only once IndexedDB holds what it is about to check.
import type { Page } from 'playwright-core';

/**
 * What a stored assessment must show, every part given: some text anywhere in it, a place other than
 * `leftStep`, one answer by question id, a phase of the wizard.
 */
export interface StoredTest {
  contains?: string;
  leftStep?: string;
  answer?: { questionId: string; value: string };
  phase?: string;
}

/** Waits until some stored assessment passes `test` (page.waitForFunction does not await a promise). */
export async function waitForStored(page: Page, test: StoredTest, timeoutMs = 15_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await isStored(page, test)); ) {
    if (Date.now() > end) throw new Error(`Nothing stored matched ${JSON.stringify(test)}`);
    await page.waitForTimeout(100);
  }
}

function isStored(page: Page, test: StoredTest): Promise<boolean> {
  return page.evaluate(
    ({ contains, leftStep, answer, phase }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('jamlikhetskollen');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const request = open.result.transaction('assessments').objectStore('assessments').getAll();
          request.onsuccess = () => {
            open.result.close();
            const records = request.result as Array<{ answers?: Record<string, unknown>; progress?: { phase?: string; stepId?: string | null } }>;
            resolve(
              records.some(
                (r) =>
                  (contains === undefined || JSON.stringify(r).includes(contains)) &&
                  (leftStep === undefined || r.progress?.stepId !== leftStep || r.progress?.phase === 'review') &&
                  (answer === undefined || r.answers?.[answer.questionId] === answer.value) &&
                  (phase === undefined || r.progress?.phase === phase),
              ),
            );
          };
          request.onerror = () => resolve(false);
        };
      }),
    test,
  );
}

/** Every field of the current step's form: text and dates by value, boxes and radios by checked. */
export async function formState(page: Page): Promise<Record<string, string | boolean>> {
  return page.locator('form').evaluate((form) =>
    Object.fromEntries(
      [...form.querySelectorAll('input, textarea')].map((e) => {
        const el = e as HTMLInputElement;
        return [el.id, el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value];
      }),
    ),
  );
}
