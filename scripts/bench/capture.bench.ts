import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { launchNorthstar } from '../../test/support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../../test/support/e2e/launchNorthstar'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import type { Benchmark, Measured } from './types'

/** One frame at 60 Hz: the budget for a committed idea to show. */
const ONE_FRAME_MS = 16.7
const TIMEOUT = { timeout: 30_000 }

/*
 * In-page probes, as strings so nothing the bench's transpiler adds leaks into the page. Times are
 * the page's performance.now(); requestAnimationFrame runs just before the frame that paints.
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
      requestAnimationFrame(() => window.__bench.keys.push(performance.now() - start));
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
            requestAnimationFrame(() => { record[key] = performance.now(); });
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
 * The facilitator's Rounds stage with 2,000 ideas all in the current round (the worst case: every
 * card on screen), in the built app in Chromium on the real meeting service, durable save included.
 */
function captureRig() {
  let app: NorthstarHarness | null = null
  let page: Page
  let folder = ''
  let count = 0

  return {
    setup: async () => {
      app = await launchNorthstar()
      folder = await mkdtemp(path.join(os.tmpdir(), 'northstar-bench-capture-'))
      const large = buildLargeMeeting({ ideas: 2_000, actions: 40 })
      const roundId = large.rounds[0]!.id
      const meeting = {
        ...large,
        ideas: large.ideas.map((idea) => ({ ...idea, roundId })),
        run: { ...large.run, stage: 'rounds' as const, roundId }
      }
      const file = path.join(folder, 'large.json')
      await writeFile(file, JSON.stringify(meeting))
      const opened = await app.service.openFromPath(file)
      await app.service.applyCommand(opened.meeting.id, {
        type: 'run.goto',
        stage: 'rounds',
        roundId
      })
      page = app.page
      // Only the hash changes, so reload: the app reads the meeting from the address on start.
      await page.goto(`${new URL(page.url()).origin}/#/meeting/${opened.meeting.id}`)
      await page.reload()
      // A meeting that has not started opens in Prepare; the bench wants the live Rounds stage.
      const prepare = page.getByRole('button', { name: 'Prepare', exact: true })
      if ((await prepare.count()) > 0 && (await prepare.getAttribute('aria-pressed')) === 'true') {
        await prepare.click()
      }
      await page
        .locator('[data-idea-id]')
        .nth(1_999)
        .waitFor({ state: 'attached', ...TIMEOUT })
      await page.getByLabel('Idea', { exact: true }).focus()
      await page.evaluate(PROBES)
    },
    teardown: async () => {
      await app?.close()
      app = null
      if (folder) await rm(folder, { recursive: true, force: true })
    },
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
        TIMEOUT
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
      await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.keys.length > 0)
      return page.evaluate(() => (window as unknown as BenchWindow).__bench.keys.shift()!)
    }
  }
}

const commitRig = captureRig()
const savedRig = captureRig()
const keyRig = captureRig()

export const benchmarks: Benchmark[] = [
  {
    id: 'capture.render.2000ideas',
    note: 'Enter in the capture bar until the frame that shows the new idea card (MutationObserver + requestAnimationFrame in the page), with 2,000 ideas in the round, all on screen (built renderer in Chromium, real service). The card shows while main saves it; see capture.saved.2000ideas for the confirmed copy. Baseline: one frame at 60 Hz (16.7 ms). Needs `npm run build` first.',
    samples: 30,
    warmup: 3,
    setup: commitRig.setup,
    teardown: commitRig.teardown,
    run: async (): Promise<Measured> => ({ measuredMs: await commitRig.commitOne('shown') }),
    baseline: (): Measured => ({ measuredMs: ONE_FRAME_MS })
  },
  {
    id: 'capture.saved.2000ideas',
    note: 'Enter in the capture bar until the frame that shows the idea as main saved it (the card shown at once is replaced by main’s copy): durable save of the 2,000-idea file and the round trip with the whole meeting, over the e2e harness’s Playwright binding (much slower than Electron IPC for a large meeting); baseline: one frame (16.7 ms). Needs `npm run build` first.',
    samples: 30,
    warmup: 3,
    setup: savedRig.setup,
    teardown: savedRig.teardown,
    run: async (): Promise<Measured> => ({ measuredMs: await savedRig.commitOne('confirmed') }),
    baseline: (): Measured => ({ measuredMs: ONE_FRAME_MS })
  },
  {
    id: 'capture.keystroke.2000ideas',
    note: 'One key typed in the capture bar until the next frame, with 2,000 idea cards on screen (the cards must not re-render per keystroke); baseline: one frame at 60 Hz (16.7 ms). Needs `npm run build` first.',
    samples: 60,
    warmup: 5,
    setup: keyRig.setup,
    teardown: keyRig.teardown,
    run: async (): Promise<Measured> => ({ measuredMs: await keyRig.typeOne() }),
    baseline: (): Measured => ({ measuredMs: ONE_FRAME_MS })
  }
]
