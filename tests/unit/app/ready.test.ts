// When the start page's deferred work starts: whenWanted waits on the start
// page for a press, a tap, a key or a change of address (counted from the
// moment the module loads), and not at all on any other screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Whether `promise` has settled after the tasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

/** Sets the address's hash and waits for its hashchange, so it cannot reach a later test's listener. */
async function setHash(hash: string): Promise<void> {
  if (window.location.hash === hash || (window.location.hash === '' && hash === '')) return;
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  window.location.hash = hash;
  await changed;
}

/** A fresh copy of the module, listening from now on. */
const freshReady = async () => import('../../../src/app/ready');

beforeEach(async () => {
  await setHash('');
  vi.resetModules();
});

afterEach(async () => {
  await setHash('');
});

describe('whenWanted', () => {
  it('resolves at once on a screen other than the start page', async () => {
    await setHash('#/a/abc');
    const { whenWanted } = await freshReady();
    expect(await settled(whenWanted())).toBe(true);
  });

  it.each([
    ['a press', () => window.dispatchEvent(new Event('pointerdown'))],
    ['a key', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))],
    ['a tap', () => window.dispatchEvent(new Event('touchstart'))],
    ['a change of address', () => window.dispatchEvent(new HashChangeEvent('hashchange'))],
  ])('on the start page, waits for %s', async (_, act) => {
    const { whenWanted } = await freshReady();
    const wanted = whenWanted();
    expect(await settled(wanted)).toBe(false);
    act();
    expect(await settled(wanted)).toBe(true);
  });

  it('counts a press made before anyone asked', async () => {
    const { whenWanted } = await freshReady();
    window.dispatchEvent(new Event('pointerdown'));
    expect(await settled(whenWanted())).toBe(true);
  });

  it('treats "#/" as the start page too', async () => {
    await setHash('#/');
    const { whenWanted } = await freshReady();
    const wanted = whenWanted();
    expect(await settled(wanted)).toBe(false);
    window.dispatchEvent(new Event('pointerdown'));
    expect(await settled(wanted)).toBe(true);
  });
});
