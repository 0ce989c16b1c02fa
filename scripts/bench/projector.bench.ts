import type { Page } from 'playwright-core'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { sizeName, startWithMeeting, POLL, TIMEOUT } from './meetingRig'
import type { MeetingRig } from './meetingRig'
import { eventChannelFor } from '../../src/shared/ipc/contract'
import { DELIVERY_MARK, INVOKE_MARK } from '../../test/support/e2e/electronStandIn'
import { baselineStamp, installStamps } from './pageProbes'
import type { Benchmark, Measured } from './types'

/*
 * Page scripts, as strings so nothing the bench's transpiler adds leaks into the pages. Both pages
 * stamp times as performance.timeOrigin + now(), so the two pages share one clock.
 */
const STAMP = 'performance.timeOrigin + performance.now()'

/**
 * Facilitator page: the moment Enter is pressed in the capture bar, by the idea's text. The harness's
 * call marks are cleared then, so the first one after it is the call that Enter made.
 */
const COMMIT_PROBE = `(() => {
  window.__commits = {};
  document.addEventListener('keydown', (event) => {
    const input = event.target;
    const marker = input instanceof HTMLInputElement && /bench-\\d+/.exec(input.value);
    if (event.key === 'Enter' && marker) {
      performance.clearMarks(${JSON.stringify(INVOKE_MARK)});
      window.__commits[marker[0]] = ${STAMP};
    }
  }, true);
})()`

/**
 * Projector page: when an idea card appears, the stamp after the frame that paints it (see
 * pageProbes); and when main’s message was handed to the preload’s listeners (the harness’s
 * delivery mark, before the app’s own listener), to split the time.
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
    // When the harness handed the message to the preload's listeners, before the app's own ran.
    const delivered = performance.getEntriesByName(${JSON.stringify(DELIVERY_MARK)}, 'mark')[0];
    if (marker && !(marker[0] in window.__arrivals))
      window.__arrivals[marker[0]] = delivered ? performance.timeOrigin + delivered.startTime : ${STAMP};
  });
})()`

interface Sample {
  commitToPaint: number
  arrivalToPaint: number
  /** The same commit without the harness's two carries (see appShare). */
  appShare: number
  /** The two carries alone: the commit's time less the app's share. */
  carries: number
}

/**
 * The app's share of one commit: the facilitator page from Enter until its call leaves the preload,
 * main from the call's arrival until it hands the projector its patch, and the projector page from
 * that patch's arrival until the idea is painted. Left out: the two carries that stand in for
 * Electron's IPC here (a Playwright binding in, a page.evaluate out). Each part is a difference of
 * two stamps in one process, so no two clocks are compared.
 */
const appShare = (s: {
  keydown: number
  invoked: number
  called: number
  sent: number
  arrived: number
  painted: number
}) => s.invoked - s.keydown + (s.sent - s.called) + (s.painted - s.arrived)

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
    const stamps = rig!.app.electron.stamps
    stamps.clear()
    await input.press('Enter')
    await projector.waitForFunction(
      (key) =>
        typeof (window as unknown as { __paints: Record<string, number | null> }).__paints[key] ===
        'number',
      marker,
      POLL
    )
    const [keydown, invoked] = await facilitator.evaluate(
      ([key, mark]) => {
        const call = performance.getEntriesByName(mark, 'mark')[0]
        return [
          (window as unknown as { __commits: Record<string, number> }).__commits[key]!,
          call && performance.timeOrigin + call.startTime
        ] as const
      },
      [marker, INVOKE_MARK] as const
    )
    const [arrived, painted] = await projector.evaluate((key) => {
      const w = window as unknown as {
        __paints: Record<string, number>
        __arrivals: Record<string, number>
      }
      return [w.__arrivals[key]!, w.__paints[key]!] as const
    }, marker)
    const called = stamps.calls(facilitator)[0]
    const sent = stamps.sends(projector, eventChannelFor('livePatch'))[0]
    if (
      invoked === undefined ||
      arrived === undefined ||
      called === undefined ||
      sent === undefined
    )
      throw new Error(
        `${marker}: a stamp is missing (the split needs every one): ${JSON.stringify({ invoked, arrived, called, sent })}`
      )
    return {
      commitToPaint: painted - keydown,
      arrivalToPaint: painted - arrived,
      appShare: appShare({ keydown, invoked, called, sent, arrived, painted }),
      carries: called - invoked + (arrived - sent)
    }
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

/**
 * One figure of the commits of its own rig: the whole path, the app's share, the carries, or the
 * projector page's share.
 */
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
      `projector.appShare.${ideas}ideas`,
      ideas,
      `The same commits (${size} ideas) without the harness's two carries, which stand in for Electron's IPC: Enter → the call leaving the facilitator's preload, plus main from the call's arrival to handing the projector its patch, plus the projector page from that patch's arrival to the stamp after the frame that paints the idea (each a difference within one process); ${BASELINE}`,
      (s) => s.appShare
    ),
    paintBenchmark(
      `projector.carries.${ideas}ideas`,
      ideas,
      `The harness's two carries in the same commits (${size} ideas), which Electron's IPC does in the app: the call from the facilitator's preload to the stand-in ipcMain (a Playwright binding), and main's patch from its send to the projector page's listeners (a page.evaluate); each from a stamp in the test process to one in a page, on the clock both pages stamp with; ${BASELINE}`,
      (s) => s.carries
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
