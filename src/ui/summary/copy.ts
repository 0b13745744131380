/**
 * Copying text for the user, with the fallback officials need on locked-down
 * machines. The async clipboard API is tried first; where it is missing or
 * refuses (an insecure page, a denied permission), the text on screen is
 * selected instead so that Ctrl+C copies it. The caller says which of the two
 * happened, so the user can be told.
 */

export type CopyOutcome = 'copied' | 'selected';

/** Selects the contents of `element`, so that Ctrl+C copies them. */
export function select(element: HTMLElement | null): void {
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Puts `text` on the clipboard, or selects `shown` (the same text on screen) when that is not allowed. */
export async function copyText(text: string, shown: HTMLElement | null): Promise<CopyOutcome> {
  try {
    if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('No clipboard API');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    select(shown);
    return 'selected';
  }
}
