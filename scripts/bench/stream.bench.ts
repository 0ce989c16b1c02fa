import { serialize } from 'node:v8'
import type { Page } from 'playwright-core'
import type { Meeting } from '../../src/shared/meeting/schema'
import { LARGE_REPLY_MARK } from '../../test/support/e2e/electronStandIn'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { sizeName, startWithMeeting, TIMEOUT } from './meetingRig'
import type { MeetingRig } from './meetingRig'
import { baselineStamp, installStamps } from './pageProbes'
import type { Benchmark, Measured } from './types'

/** Bytes of a message as Electron's IPC carries it (the structured clone algorithm, V8's format). */
const cloneBytes = (value: unknown): number => serialize(value).length

interface Stamps {
  __stamps: { lastInput: number; paintedWhen(selector: string): Promise<number> }
}

const lastInput = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as Stamps).__stamps.lastInput)

/**
 * What main sends every window for one idea: the facilitator's page and the projector's page follow
 * a meeting of `ideas` ideas; one idea is added through the real service, and the bytes of every
 * patch message sent to any window plus the command's reply are counted.
 */
function bytesBenchmark(ideas: number): Benchmark {
  let rig: MeetingRig | null = null
  let projector: Page
  let oneIdea: unknown = null
  let count = 0
  return {
    id: `ipc.bytes.idea.${ideas}ideas`,
    unit: 'bytes',
    note: `Bytes main sends to all windows (facilitator and projector pages, both following the meeting) for one idea added to a ${sizeName(ideas)}-idea meeting: every livePatch message plus the command’s reply, sized as structured clones (V8 serialisation, as Electron IPC carries them); baseline: a structured clone of one idea. Budget: 2 KB.`,
    samples: 20,
    warmup: 2,
    setup: async () => {
      rig = await startWithMeeting(buildLargeMeeting({ ideas, actions: 40 }))
      projector = await rig.app.openProjectorPage()
      await projector.setViewportSize({ width: 1920, height: 1080 })
      await projector
        .locator('[data-idea-id]')
        .first()
        .waitFor({ state: 'attached', ...TIMEOUT })
      oneIdea = rig.meeting.ideas.at(-1)
    },
    teardown: async () => {
      await rig?.close()
      rig = null
    },
    run: async (): Promise<Measured> => {
      const { app, meetingId, meeting } = rig!
      const before = app.sent.length
      const text = `bench-bytes-${++count} Call the family the week after the recital`
      const reply = await app.service.commitCommand(meetingId, {
        type: 'idea.add',
        roundId: meeting.rounds[0]!.id,
        departmentId: meeting.departments[0]!.id,
        text,
        author: '',
        buildsOnId: null
      })
      // Both pages take the idea before the next sample, so every sample starts from the same place.
      await projector
        .getByText(text)
        .first()
        .waitFor({ state: 'attached', ...TIMEOUT })
      const sent = app.sent.slice(before).reduce((sum, m) => sum + cloneBytes(m.payload), 0)
      return { measuredMs: sent + cloneBytes(reply) }
    },
    baseline: (): Measured => ({ measuredMs: cloneBytes(oneIdea) })
  }
}

/**
 * Page Down from Rounds to Converge in the facilitator's page of a meeting of `ideas` ideas, until the
 * Converge stage is painted; Page Up back to Rounds between samples.
 */
function convergeBenchmark(ideas: number): Benchmark {
  let rig: MeetingRig | null = null
  let page: Page
  const stage = async (key: 'PageDown' | 'PageUp', selector: string): Promise<number> => {
    const painted = page.evaluate(
      (s) => (window as unknown as Stamps).__stamps.paintedWhen(s),
      selector
    )
    await page.keyboard.press(key)
    return (await painted) - (await lastInput(page))
  }
  return {
    id: `converge.render.${ideas}ideas`,
    note: `Page Down from Rounds in the facilitator’s page of a ${sizeName(ideas)}-idea meeting until the stamp after the frame that paints the Converge stage (the move is a command: IPC, durable save and patches are included); baseline: the same after-paint stamp on the same page for one text node changed. Budget: 100 ms.`,
    samples: 15,
    warmup: 2,
    setup: async () => {
      rig = await startWithMeeting(buildLargeMeeting({ ideas, actions: 40 }))
      page = rig.page
      await page.locator('body').click({ position: { x: 1, y: 1 } })
    },
    teardown: async () => {
      await rig?.close()
      rig = null
    },
    run: async (): Promise<Measured> => {
      const measuredMs = await stage('PageDown', 'section.stage-converge')
      await stage('PageUp', 'section.stage-rounds')
      return { measuredMs }
    },
    baseline: () => baselineStamp(page)
  }
}

/** When the harness's stand-in last had a large reply's text in the page (before parsing it). */
const lastLargeReply = (page: Page): Promise<number | null> =>
  page.evaluate((mark) => {
    const entry = performance.getEntriesByName(mark).at(-1)
    performance.clearMarks(mark)
    return entry ? performance.timeOrigin + entry.startTime : null
  }, LARGE_REPLY_MARK)

/**
 * Opening a meeting of `ideas` ideas from the library: the Open button until the stamp after the frame
 * that paints its stage; back to the library between samples. `from: 'reply'` is the same opening
 * timed from the moment the snapshot's text is in the page (the harness's mark, before it is
 * parsed) instead of the click: the app's own share, without the harness carrying the snapshot.
 */
function openBenchmark(ideas: number, from: 'click' | 'reply' = 'click'): Benchmark {
  let rig: MeetingRig | null = null
  let page: Page
  let meeting: Meeting
  const toLibrary = async () => {
    await page.getByRole('button', { name: /All meetings/ }).click()
    await page.locator('li.meeting-row').first().waitFor(TIMEOUT)
  }
  return {
    id: from === 'click' ? `open.${ideas}ideas` : `open.fromReply.${ideas}ideas`,
    note:
      from === 'click'
        ? `Open in the library on a ${sizeName(ideas)}-idea meeting (its run on Rounds) until the stamp after the frame that paints its stage: main’s snapshot of the meeting over the e2e harness (binding, then the text fetched gzipped), the store and the first render; baseline: the same after-paint stamp on the same page for one text node changed. Budget: 1 s.`
        : `The same opening of a ${sizeName(ideas)}-idea meeting, from the snapshot’s text in the page (harness mark, before JSON.parse) to the stamp after the frame that paints its stage: the app’s share (parse, store, first render, layout, paint); baseline as open.${ideas}ideas.`,
    samples: 10,
    warmup: 2,
    setup: async () => {
      rig = await startWithMeeting(buildLargeMeeting({ ideas, actions: 40 }))
      page = rig.page
      meeting = rig.meeting
      await toLibrary()
      await installStamps(page)
    },
    teardown: async () => {
      await rig?.close()
      rig = null
    },
    run: async (): Promise<Measured> => {
      const row = page.locator('li.meeting-row', { hasText: meeting.facts.title }).first()
      const open = row.getByRole('button', { name: 'Open', exact: true })
      await open.waitFor(TIMEOUT)
      const painted = page.evaluate(() =>
        (window as unknown as Stamps).__stamps.paintedWhen('section.stage')
      )
      // Should the click fail, the stamp's wait must not outlive the page as an unhandled rejection
      // (it would end the whole run and lose every figure measured before).
      painted.catch(() => undefined)
      await open.click(TIMEOUT)
      const paintedAt = await painted
      const start = from === 'click' ? await lastInput(page) : await lastLargeReply(page)
      if (start === null) throw new Error('The snapshot did not come as a large reply.')
      await toLibrary()
      return { measuredMs: paintedAt - start }
    },
    baseline: () => baselineStamp(page)
  }
}

export const benchmarks: Benchmark[] = [
  bytesBenchmark(2_000),
  bytesBenchmark(10_000),
  convergeBenchmark(2_000),
  convergeBenchmark(10_000),
  openBenchmark(2_000),
  openBenchmark(10_000),
  openBenchmark(2_000, 'reply'),
  openBenchmark(10_000, 'reply')
]
