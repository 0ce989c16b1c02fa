import type { Page } from 'playwright-core'
import type { Measured } from './types'

/*
 * Page-side timing helpers, as a string so nothing the bench's transpiler adds leaks into the pages.
 *
 * Stamps are performance.timeOrigin + performance.now(), so pages of one browser share one clock.
 * `afterPaint` stamps after the frame is painted: requestAnimationFrame runs before style, layout and
 * paint of the next frame, so the stamp is taken in a task posted from the frame callback (a
 * MessageChannel message runs after the frame's rendering work, not in it).
 *
 * `baseline()` is the same stamp on the same page for the smallest possible change: one text node
 * changed, then the stamp after the frame that paints it. Taken interleaved with the measured runs,
 * it shows what "one frame" costs on this machine under this load. `lastInput` is when the last key
 * or click reached the page, before the app's own listeners.
 */
const HELPERS = `(() => {
  if (window.__stamps) return;
  const now = () => performance.timeOrigin + performance.now();
  const afterPaint = (callback) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(now());
    channel.port2.postMessage(null);
  });
  let probe = null;
  const baseline = () => new Promise((resolve) => {
    if (!probe) {
      probe = document.createElement('span');
      probe.setAttribute('aria-hidden', 'true');
      probe.style.cssText = 'position:fixed;left:0;bottom:0;font-size:10px;opacity:0.02;pointer-events:none;z-index:2147483647';
      document.body.appendChild(probe);
    }
    const start = now();
    probe.textContent = String(Math.round(start));
    afterPaint((painted) => resolve(painted - start));
  });
  /** Resolves with the stamp after the frame that first paints an element matching the selector. */
  const paintedWhen = (selector) => new Promise((resolve) => {
    const seen = () => document.querySelector(selector) !== null;
    if (seen()) return afterPaint(resolve);
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      afterPaint(resolve);
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  const stamps = { now, afterPaint, baseline, paintedWhen, lastInput: 0 };
  // When the last key or click reached the page (before the app's own handlers).
  for (const type of ['keydown', 'click']) {
    window.addEventListener(type, () => { stamps.lastInput = now(); }, true);
  }
  window.__stamps = stamps;
})()`

/** Installs the helpers in a page (idempotent; a reload loses them). */
export const installStamps = (page: Page): Promise<void> => page.evaluate(HELPERS)

/** The page's one-text-node baseline: change → the stamp after the frame that paints it. */
export async function baselineStamp(page: Page): Promise<Measured> {
  await installStamps(page)
  const measuredMs = await page.evaluate(() =>
    (window as unknown as { __stamps: { baseline(): Promise<number> } }).__stamps.baseline()
  )
  return { measuredMs }
}

/** The page's clock now (timeOrigin + now), on the same clock as its stamps. */
export const pageNow = (page: Page): Promise<number> =>
  page.evaluate(() => performance.timeOrigin + performance.now())
