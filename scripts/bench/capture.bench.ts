import type { Page } from 'playwright-core'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { sizeName, startWithMeeting, POLL, TIMEOUT } from './meetingRig'
import type { MeetingRig } from './meetingRig'
import { baselineStamp } from './pageProbes'
import type { Benchmark, Measured } from './types'

/*
 * In-page probes, as strings so nothing the bench's transpiler adds leaks into the page. Times are
 * the page's performance.now(); each "shown" time is the stamp after the frame that paints it
 * (window.__stamps.afterPaint, see pageProbes).
 */
const PROBES = `(() => {
  window.__bench = { commits: {}, shown: {}, confirmed: {}, keys: [] };
  document.addEventListener('keydown', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (event.key === 'Enter') window.__bench.commits[input.value] = performance.now();
    else if (event.key.length === 1) {
      // A keystroke: from the key press to the frame that shows the typed character.
      const start = performance.now();
      window.__stamps.afterPaint(() => window.__bench.keys.push(performance.now() - start));
    }
  }, true);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        const cards = node.matches('li.idea') ? [node] : node.querySelectorAll('li.idea');
        for (const card of cards) {
          const marker = /bench-\\d+/.exec(card.textContent || '');
          if (!marker) continue;
          // The first card is the one shown while saving; the confirmed one replaces it.
          const times = card.classList.contains('pending') ? window.__bench.shown : window.__bench.confirmed;
          for (const record of card.classList.contains('pending') ? [times] : [window.__bench.shown, times]) {
            if (marker[0] in record) continue;
            const key = marker[0];
            record[key] = null;
            window.__stamps.afterPaint(() => { record[key] = performance.now(); });
          }
        }
      }
    }
  }).observe(document.querySelector('.idea-columns'), { childList: true, subtree: true });
})()`

interface BenchWindow {
  __bench: {
    commits: Record<string, number>
    shown: Record<string, number | null>
    confirmed: Record<string, number | null>
    keys: number[]
  }
}

/**
 * The facilitator's Rounds stage with `ideas` ideas all in the current round (the worst case for the
 * board), in the built app in Chromium on the real meeting service, durable save included.
 */
function captureRig(ideas: number) {
  let rig: MeetingRig | null = null
  let page: Page
  let count = 0

  return {
    setup: async () => {
      const large = buildLargeMeeting({ ideas, actions: 40 })
      const roundId = large.rounds[0]!.id
      rig = await startWithMeeting({
        ...large,
        ideas: large.ideas.map((idea) => ({ ...idea, roundId }))
      })
      page = rig.page
      await page
        .locator('[data-idea-id]')
        .first()
        .waitFor({ state: 'attached', ...TIMEOUT })
      await page.getByLabel('Idea', { exact: true }).focus(TIMEOUT)
      await page.evaluate(PROBES)
    },
    teardown: async () => {
      await rig?.close()
      rig = null
    },
    baseline: () => baselineStamp(page),
    /** Types one idea key by key, presses Enter, and returns Enter → the frame showing its card. */
    commitOne: async (until: 'shown' | 'confirmed'): Promise<number> => {
      const marker = `bench-${++count}`
      const text = `${marker} Call the family`
      await page.keyboard.type(text)
      await page.keyboard.press('Enter')
      // Always wait for main's confirmation, so one sample's save never overlaps the next.
      await page.waitForFunction(
        (key) => typeof (window as unknown as BenchWindow).__bench.confirmed[key] === 'number',
        marker,
        POLL
      )
      return page.evaluate(
        ([key, typed, field]) => {
          const bench = (window as unknown as BenchWindow).__bench
          return bench[field][key]! - bench.commits[typed]!
        },
        [marker, text, until] as const
      )
    },
    /** Types one character and returns key press → the next frame. */
    typeOne: async (): Promise<number> => {
      await page.keyboard.type('x')
      await page.waitForFunction(
        () => (window as unknown as BenchWindow).__bench.keys.length > 0,
        undefined,
        POLL
      )
      return page.evaluate(() => (window as unknown as BenchWindow).__bench.keys.shift()!)
    }
  }
}

const BASELINE =
  'Baseline: the same after-paint stamp on the same page for one text node changed there, interleaved with the samples.'

function captureFigures(ideas: number): Benchmark[] {
  const size = sizeName(ideas)
  const commitRig = captureRig(ideas)
  const savedRig = captureRig(ideas)
  const keyRig = captureRig(ideas)
  const samples = ideas > 2_000 ? 15 : 30
  return [
    {
      id: `capture.render.${ideas}ideas`,
      note: `Enter in the capture bar until the stamp after the frame that paints the new idea card (MutationObserver, then requestAnimationFrame and a MessageChannel task), with ${size} ideas in the round (built renderer in Chromium, real service). The card shows while main saves it; see capture.saved for the confirmed copy. ${BASELINE}`,
      samples,
      warmup: 3,
      setup: commitRig.setup,
      teardown: commitRig.teardown,
      run: async (): Promise<Measured> => ({ measuredMs: await commitRig.commitOne('shown') }),
      baseline: commitRig.baseline
    },
    {
      id: `capture.saved.${ideas}ideas`,
      note: `Enter in the capture bar until the frame that paints the idea as main saved it (the card shown at once is replaced by main’s copy): durable save of the ${size}-idea file, the reply and the patches, over the e2e harness’s Playwright binding. ${BASELINE}`,
      samples,
      warmup: 3,
      setup: savedRig.setup,
      teardown: savedRig.teardown,
      run: async (): Promise<Measured> => ({ measuredMs: await savedRig.commitOne('confirmed') }),
      baseline: savedRig.baseline
    },
    {
      id: `capture.keystroke.${ideas}ideas`,
      note: `One key typed in the capture bar until the frame that paints it, with ${size} ideas in the round (the cards must not re-render per keystroke). ${BASELINE}`,
      samples: samples * 2,
      warmup: 5,
      setup: keyRig.setup,
      teardown: keyRig.teardown,
      run: async (): Promise<Measured> => ({ measuredMs: await keyRig.typeOne() }),
      baseline: keyRig.baseline
    }
  ]
}

export const benchmarks: Benchmark[] = [...captureFigures(2_000), ...captureFigures(10_000)]
