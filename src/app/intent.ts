/**
 * What a visitor to the start page has done so far, counted from the page's
 * first script (boot.ts runs this before anything else).
 *
 * Two signs, for two decisions:
 * - someone is there: the pointer moved over the page, a press, a tap, a key,
 *   a wheel, focus on a control. The app itself runs from then on (boot.ts):
 *   a page opened and never touched, by a robot that only reads it or in a
 *   tab no one looks at, runs none of the app's script;
 * - someone is about to leave the start page: a press, a tap or a key. The
 *   work the start page does not show waits for that (ready.ts, whenWanted),
 *   which reads it from `<html data-visitor="leading-on">`: the app's own
 *   code starts after this sign may have passed.
 *
 * Pure DOM and no dependencies (and imported by boot.ts alone, so it stays in
 * the page's first script rather than a chunk of its own).
 */

/**
 * A person at the page, on any device: mouse, touch, pen, keyboard, switch access, and a click with no
 * pointer or key before it, as a screen reader sends when its user activates a button from its own cursor.
 */
const PRESENCE = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'focusin', 'click'] as const;
/** The moment before a button leads on (or the press itself, when nothing came before it). */
const PRESS = ['pointerdown', 'touchstart', 'keydown', 'click'] as const;

/** Resolves the first time any of `types` fires on the window. */
function first(types: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const type of types) window.removeEventListener(type, done, true);
      resolve();
    };
    // Capture, passive: seen before anything else handles the event, and never delaying a scroll.
    for (const type of types) window.addEventListener(type, done, { capture: true, passive: true });
  });
}

let someone: Promise<void> | undefined;

/** Starts watching; resolves once someone is at the page (see above). */
export function whenSomeoneIsThere(): Promise<void> {
  if (someone) return someone;
  void first(PRESS).then(() => {
    document.documentElement.dataset.visitor = 'leading-on';
  });
  someone = first(PRESENCE);
  return someone;
}
