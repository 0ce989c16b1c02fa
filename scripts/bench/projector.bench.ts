import type { Page } from 'playwright-core'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { sizeName, startWithMeeting, TIMEOUT } from './meetingRig'
import type { MeetingRig } from './meetingRig'
import { baselineStamp, installStamps } from './pageProbes'
import type { Benchmark, Measured } from './types'

/*
 * Page scripts, as strings so nothing the bench's transpiler adds leaks into the pages. Both pages
 * stamp times as performance.timeOrigin + now(), so the two pages share one clock.
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
 * Projector page: when an idea card appears, the stamp after the frame that paints it (see
 * pageProbes); and when main's broadcast arrived, to split the time.
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
            window.__stamps.afterPaint((painted) => { window.__paints[key] = painted; });
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
 * The room's view of a meeting of `ideas` ideas: the facilitator and projector pages of the built app in
 * Chromium, on the real meeting service (durable save included), as in the e2e specs.
 */
function projectorRig(ideas: number) {
  let rig: MeetingRig | null = null
  let facilitator: Page
  let projector: Page
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
      rig = await startWithMeeting(buildLargeMeeting({ ideas, actions: 40 }))
      facilitator = rig.page
      await facilitator.getByLabel('Idea', { exact: true }).waitFor(TIMEOUT)
      await facilitator.evaluate(COMMIT_PROBE)
      projector = await rig.app.openProjectorPage()
      await projector.setViewportSize({ width: 1920, height: 1080 })
      await projector.locator('[data-idea-id]:not([hidden])').first().waitFor(TIMEOUT)
      await installStamps(projector)
      await projector.evaluate(PAINT_PROBE)
    },
    teardown: async () => {
      await rig?.close()
      rig = null
    },
    commitOne,
    baseline: () => baselineStamp(projector)
  }
}

/** Both figures come from the same commits: the whole path, and the projector page's own share. */
function paintBenchmark(
  id: string,
  ideas: number,
  note: string,
  pick: (sample: Sample) => number
): Benchmark {
  const rig = projectorRig(ideas)
  return {
    id,
    note,
    samples: ideas > 2_000 ? 20 : 40,
    warmup: 5,
    setup: rig.setup,
    teardown: rig.teardown,
    run: async (): Promise<Measured> => ({ measuredMs: pick(await rig.commitOne()) }),
    baseline: rig.baseline
  }
}

const BASELINE =
  'baseline: the same after-paint stamp in the projector page for one text node changed there, interleaved with the samples.'

const paintFigures = (ideas: number): Benchmark[] => {
  const size = sizeName(ideas)
  return [
    paintBenchmark(
      `projector.paint.${ideas}ideas`,
      ideas,
      `An idea committed in the facilitator page (Enter in the capture bar → IPC → main accepts it → patches; the projector does not wait for the durable save, the facilitator does) until the stamp after the frame that paints it in the projector page (requestAnimationFrame, then a MessageChannel task), on a ${size}-idea meeting; both pages stamp performance.timeOrigin + now(); ${BASELINE}`,
      (s) => s.commitToPaint
    ),
    paintBenchmark(
      `projector.render.${ideas}ideas`,
      ideas,
      `The projector page’s own share of the same commits (${size} ideas): from main’s livePatch message arriving in the page (store update, projector view, React render) to the stamp after the frame that paints the new idea; ${BASELINE}`,
      (s) => s.arrivalToPaint
    )
  ]
}

export const benchmarks: Benchmark[] = [...paintFigures(2_000), ...paintFigures(10_000)]
