/**
 * Input on the prerendered start page before the app has taken it over.
 *
 * The start page is painted from HTML before its script has run (boot.ts),
 * so for a moment its buttons and its file field are on screen with nothing
 * behind them. A press then would simply be lost, and a user who pressed
 * "Påbörja bedömningen" would wait in front of a page that never moves on.
 * This module, run by boot.ts before anything else, holds such input and
 * hands it to the app once the part it landed on answers: the last press of a
 * button is pressed again, and a file chosen or dropped on a file field is
 * announced again (the field still holds it; only the event was missed).
 *
 * When a part answers: the page when the app has marked itself ready
 * (ready.ts, `<html data-app="ready">`); a part that is taken over later
 * (later.tsx, `data-later`) when it has marked itself `data-later="live"`.
 * Pure DOM and no dependencies, so it costs the first paint nothing.
 */

/** Why a part does not answer yet: a selector for what marks it. */
const WAITING_PART = '[data-later]:not([data-later="live"])';

function answers(element: Element): boolean {
  return document.documentElement.dataset.app === 'ready' && element.closest(WAITING_PART) === null;
}

interface Held {
  kind: 'press' | 'files';
  target: HTMLElement;
  /** The button's aria-busy before the press was held, put back when it is handed on. */
  busy: string | null;
}

function release(held: Held): void {
  if (held.kind !== 'press') return;
  if (held.busy === null) held.target.removeAttribute('aria-busy');
  else held.target.setAttribute('aria-busy', held.busy);
}

export function holdEarlyInput(): void {
  let held: Held | undefined;
  const hold = (next: Held) => {
    if (held) release(held);
    held = next;
  };

  const hand = () => {
    if (!held || !held.target.isConnected || !answers(held.target)) return;
    const { kind, target } = held;
    release(held);
    held = undefined;
    if (kind === 'press') target.click();
    else target.dispatchEvent(new Event('change', { bubbles: true }));
  };

  // Capture phase on the document: before React's own listeners on #root, which ignore a part not yet taken over.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!target || answers(target)) return;
      event.preventDefault();
      event.stopPropagation();
      if (held?.target === target) return;
      hold({ kind: 'press', target, busy: target.getAttribute('aria-busy') });
      // Says (to a screen reader too) that the press was taken and something is on its way.
      target.setAttribute('aria-busy', 'true');
    },
    true,
  );
  document.addEventListener(
    'change',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || target.type !== 'file' || answers(target)) return;
      if (target.files?.length) hold({ kind: 'files', target, busy: null });
    },
    true,
  );
  // A file dropped outside the file field before the page answers would make the browser open it in place
  // of the app: not before the app has said what a drop means.
  for (const type of ['dragover', 'drop'] as const) {
    document.addEventListener(type, (event) => {
      if (document.documentElement.dataset.app === 'ready') return;
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') return;
      event.preventDefault();
    });
  }

  // Whatever marks a part as answering: the page's data-app, a later part's data-later.
  new MutationObserver(hand).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['data-app', 'data-later'] });
}
