import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { leavePrepare } from '../../test/support/e2e/projectorSteps'
import { launchNorthstar } from '../../test/support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../../test/support/e2e/launchNorthstar'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import type { Benchmark, Measured } from './types'

/** One frame at 60 Hz: "in the same frame it is committed" (PRODUCT.md). */
const ONE_FRAME_MS = 16.7
const TIMEOUT = { timeout: 30_000 }

/*
 * Page scripts, as strings so nothing the bench's transpiler adds leaks into the pages. Both pages
 * stamp times as performance.timeOrigin + performance.now(), so the two pages share one clock.
 */
const STAMP = 'performance.timeOrigin + performance.now()'

/** Facilitator page: the moment Enter is pressed in the capture bar, by the idea's text. */
const COMMIT_PROBE = `(() => {
  window.__commits = {};
  document.addEventListener('keydown', (event) => {
    const input = event.target;
    const marker = input instanceof HTMLInputElement && /bench-\\d+/.exec(input.value);
    if (event.key === 'Enter' && marker) window.__commits[marker[0]] = ${STAMP};
  }, true);
})()`

/**
 * Projector page: when an idea card appears, the start of the next frame (requestAnimationFrame runs
 * just before that frame is painted); and when main's broadcast arrived, to split the time.
 */
const PAINT_PROBE = `(() => {
  window.__paints = {};
  window.__arrivals = {};
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        const cards = node.matches('[data-idea-id]') ? [node] : node.querySelectorAll('[data-idea-id]');
        for (const card of cards) {
          const marker = /bench-\\d+/.exec(card.textContent || '');
          if (marker && !(marker[0] in window.__paints)) {
            const key = marker[0];
            window.__paints[key] = null;
            requestAnimationFrame(() => { window.__paints[key] = ${STAMP}; });
          }
        }
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
  window.api.on('livePatch', (message) => {
    const marker = /bench-\\d+/.exec(JSON.stringify(message.patches));
    if (marker && !(marker[0] in window.__arrivals)) window.__arrivals[marker[0]] = ${STAMP};
  });
})()`

interface Sample {
  commitToPaint: number
  arrivalToPaint: number
}

/**
 * The room's view of a 2,000-idea meeting: the facilitator and projector pages of the built app in
 * Chromium, on the real meeting service (durable save included), as in the e2e specs.
 */
function projectorRig() {
  let app: NorthstarHarness | null = null
  let facilitator: Page
  let projector: Page
  let folder = ''
  let count = 0

  /** Commits one idea through the capture bar and waits until the projector has painted it. */
  async function commitOne(): Promise<Sample> {
    const marker = `bench-${++count}`
    const input = facilitator.getByLabel('Idea', { exact: true })
    await input.fill(`${marker} Call the family the week after the recital`)
    await input.press('Enter')
    await projector.waitForFunction(
      (key) =>
        typeof (window as unknown as { __paints: Record<string, number | null> }).__paints[key] ===
        'number',
      marker,
      TIMEOUT
    )
    return projector.evaluate(
      ([key, commits]) => {
        const w = window as unknown as {
          __paints: Record<string, number>
          __arrivals: Record<string, number>
        }
        const painted = w.__paints[key]!
        return {
          commitToPaint: painted - commits[key]!,
          arrivalToPaint: painted - (w.__arrivals[key] ?? painted)
        }
      },
      [
        marker,
        await facilitator.evaluate(
          () => (window as unknown as { __commits: Record<string, number> }).__commits
        )
      ] as const
    )
  }

  return {
    setup: async () => {
      app = await launchNorthstar()
      folder = await mkdtemp(path.join(os.tmpdir(), 'northstar-bench-projector-'))
      const file = path.join(folder, 'large.json')
      await writeFile(file, JSON.stringify(buildLargeMeeting({ ideas: 2_000, actions: 40 })))
      const opened = await app.service.openFromPath(file)
      const meetingId = opened.meeting.id
      await app.service.applyCommand(meetingId, {
        type: 'run.goto',
        stage: 'rounds',
        roundId: opened.meeting.rounds[0]!.id
      })
      facilitator = app.page
      // The app reads the address when it loads: change the hash, then load the page again.
      await facilitator.goto(`${new URL(facilitator.url()).origin}/#/meeting/${meetingId}`)
      await facilitator.reload()
      await leavePrepare(facilitator)
      await facilitator.getByLabel('Idea', { exact: true }).waitFor(TIMEOUT)
      await facilitator.evaluate(COMMIT_PROBE)
      projector = await app.openProjectorPage()
      await projector.setViewportSize({ width: 1920, height: 1080 })
      await projector.locator('[data-idea-id]').first().waitFor(TIMEOUT)
      await projector.evaluate(PAINT_PROBE)
    },
    teardown: async () => {
      await app?.close()
      if (folder) await rm(folder, { recursive: true, force: true })
    },
    commitOne
  }
}

/** Both figures come from the same commits: the whole path, and the projector page's own share. */
function paintBenchmark(id: string, note: string, pick: (sample: Sample) => number): Benchmark {
  const rig = projectorRig()
  return {
    id,
    note,
    samples: 40,
    warmup: 5,
    setup: rig.setup,
    teardown: rig.teardown,
    run: async (): Promise<Measured> => ({ measuredMs: pick(await rig.commitOne()) }),
    baseline: (): Measured => ({ measuredMs: ONE_FRAME_MS })
  }
}

export const benchmarks: Benchmark[] = [
  paintBenchmark(
    'projector.paint.2000ideas',
    'An idea committed in the facilitator page (Enter in the capture bar → IPC → durable save → broadcast) until the frame that paints it in the projector page, on a 2,000-idea meeting; both pages stamp performance.timeOrigin + now(); baseline: one frame at 60 Hz (16.7 ms). Each window now receives only its view’s patches for the change.',
    (s) => s.commitToPaint
  ),
  paintBenchmark(
    'projector.render.2000ideas',
    'The projector page’s own share of the same commits: from main’s livePatch message arriving in the page (store update, projectorView, React render) to the frame that paints the new idea; baseline: one frame (16.7 ms).',
    (s) => s.arrivalToPaint
  )
]
