// Checks of a screen's layout and motion in real Chromium: no horizontal
// scrolling and nothing cut off at a narrow width (320 CSS px, or 1280 px at
// 400 % zoom; 640 px is 1280 px at 200 %), and no running transition or
// animation.
import type { Page } from 'playwright-core';

export const WIDE = { width: 1280, height: 900 };

/**
 * What sticks out at the current width: the page scrolling sideways, or a
 * visible element reaching past the viewport's edges. Content inside a
 * region that scrolls on its own (a wide table) is allowed to.
 */
export async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const problems: string[] = [];
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const width = root.clientWidth;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.table-scroll, .visually-hidden, .skip-link, script, style, option')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1 || box.left < -1) problems.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} at ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`);
    }
    return problems.slice(0, 10);
  });
}

/** Problems at 320 and 640 CSS px wide; the viewport is wide again afterwards. */
export async function narrowProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 800 });
    // Let the layout settle after the resize.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    out.push(...(await overflow(page)).map((p) => `${width}px: ${p}`));
  }
  await page.setViewportSize(WIDE);
  return out;
}

/** Transitions and animations running now, and elements that would animate or transition. */
export async function motion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const running = document.getAnimations().map((a) => `running: ${a.constructor.name} on ${(a.effect as KeyframeEffect | null)?.target?.nodeName ?? '?'}`);
    const styled = [...document.querySelectorAll<HTMLElement>('*')].flatMap((el) => {
      const s = getComputedStyle(el);
      const moving = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none';
      return moving ? [`styled: ${el.tagName.toLowerCase()}.${el.className} (${s.transitionProperty} ${s.transitionDuration}, ${s.animationName})`] : [];
    });
    const smooth = getComputedStyle(document.documentElement).scrollBehavior === 'smooth' ? ['smooth scrolling'] : [];
    return [...running, ...styled, ...smooth];
  });
}
