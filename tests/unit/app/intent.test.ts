// The start page's signs of a visitor (src/app/intent.ts): the app runs once
// someone is there (any pointer, key, tap, wheel or focus), and a press, a
// tap or a key is marked on <html> for the app's code, which starts later.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

beforeEach(() => {
  vi.resetModules();
  delete document.documentElement.dataset.visitor;
});
afterEach(() => {
  delete document.documentElement.dataset.visitor;
});

describe('whenSomeoneIsThere', () => {
  it.each(['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'focusin', 'click'])('resolves at %s', async (type) => {
    const { whenSomeoneIsThere } = await import('../../../src/app/intent');
    const there = whenSomeoneIsThere();
    window.dispatchEvent(new Event('scroll'));
    expect(await settled(there)).toBe(false);
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    expect(await settled(there)).toBe(true);
  });

  it('marks a press, a tap or a key on <html>, and not a pointer that only moves', async () => {
    const { whenSomeoneIsThere } = await import('../../../src/app/intent');
    void whenSomeoneIsThere();
    window.dispatchEvent(new Event('pointermove'));
    await settled(Promise.resolve());
    expect(document.documentElement.dataset.visitor).toBeUndefined();
    window.dispatchEvent(new Event('pointerdown'));
    await settled(Promise.resolve());
    expect(document.documentElement.dataset.visitor).toBe('leading-on');
  });
});

describe('whenWanted after a press the app did not see', () => {
  it('resolves at once when the page was pressed before the app ran', async () => {
    document.documentElement.dataset.visitor = 'leading-on';
    const { whenWanted } = await import('../../../src/app/ready');
    expect(await settled(whenWanted())).toBe(true);
  });

  it('waits when it was not', async () => {
    const { whenWanted } = await import('../../../src/app/ready');
    expect(await settled(whenWanted())).toBe(false);
  });
});
