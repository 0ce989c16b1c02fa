import { execFile, fork, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import type { Page } from 'playwright-core'
import type { WebSocket } from 'ws'
import { leaveLoadedPrepare, POLL } from './meetingRig'
import { launchNorthstar } from '../../test/support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../../test/support/e2e/launchNorthstar'
import type { FromRoomProcess, ToRoomProcess } from '../../src/main/room/processMessages'
import { installStamps } from './pageProbes'
import { openPhoneSocket } from './roomPhones'
import type { SimulatedPhones } from './roomPhones'
import type { Benchmark, Measured } from './types'

/** Fixed load: 150 phones on loopback, each sending one idea every 30 s (5 ideas/s in all). */
const PHONES = 150
const ROOM_PROCESS = path.resolve('out/main/roomProcess.js')
const PHONE_DIR = path.resolve('out/phone')
const IDEA_EVERY_MS = 30_000
const TIMEOUT = { timeout: 60_000 }
const STAMP = 'performance.timeOrigin + performance.now()'

/**
 * Projector page: when a card with a marker first appears, the stamp after the frame that paints it
 * (pageProbes' afterPaint: a MessageChannel task posted from the frame callback).
 */
const PAINT_PROBE = `(() => {
  window.__paints = {};
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (!(node instanceof HTMLElement)) continue;
      const cards = node.matches('[data-idea-id]') ? [node] : node.querySelectorAll('[data-idea-id]');
      for (const card of cards) {
        const marker = /room-probe-\\d+/.exec(card.textContent || '');
        if (marker && !(marker[0] in window.__paints)) {
          const key = marker[0];
          window.__paints[key] = null;
          window.__stamps.afterPaint((painted) => { window.__paints[key] = painted; });
        }
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
})()`

/** Facilitator page: Enter in the capture bar (the baseline's start), and keystroke → painted. */
const FACILITATOR_PROBE = `(() => {
  window.__commits = {};
  window.__keys = [];
  document.addEventListener('keydown', (event) => {
    const input = event.target;
    const marker = input instanceof HTMLInputElement && /room-probe-\\d+/.exec(input.value);
    if (event.key === 'Enter' && marker) window.__commits[marker[0]] = ${STAMP};
    if (event.key === 'x') {
      const start = ${STAMP};
      window.__stamps.afterPaint((painted) => window.__keys.push(painted - start));
    }
  }, true);
})()`

const now = (): number => performance.timeOrigin + performance.now()
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The app (facilitator + projector pages on the real service) with room join on and 150 phones. */
/**
 * `front`: the page being measured is brought to the front, as the window the user looks at is; a
 * page behind another in the same browser gets its frames throttled.
 */
function roomRig(front: 'facilitator' | 'projector') {
  let app: NorthstarHarness | null = null
  let phones: Awaited<ReturnType<typeof phonesInChild>> | null = null
  let dir = ''
  let probe: WebSocket | null = null
  let facilitator: Page
  let projector: Page
  let meetingId = ''
  let count = 0
  let probesAccepted = 0

  const paintedAt = async (marker: string): Promise<number> => {
    await projector.waitForFunction(
      (key) =>
        typeof (window as unknown as { __paints: Record<string, number | null> }).__paints[key] ===
        'number',
      marker,
      POLL
    )
    return projector.evaluate(
      (key) => (window as unknown as { __paints: Record<string, number> }).__paints[key]!,
      marker
    )
  }

  return {
    phones: () => phones!,
    setup: async () => {
      app = await launchNorthstar()
      const created = await app.service.createMeeting('Room bench', { kind: 'template' })
      meetingId = created.meetingId
      await app.service.commitCommand(meetingId, {
        type: 'run.goto',
        stage: 'rounds',
        roundId: created.view.meeting.rounds[0]!.id
      })
      facilitator = app.page
      await facilitator.goto(`${new URL(facilitator.url()).origin}/#/meeting/${meetingId}`)
      await facilitator.reload()
      await leaveLoadedPrepare(facilitator)
      await facilitator.getByLabel('Idea', { exact: true }).waitFor(TIMEOUT)
      await installStamps(facilitator)
      await facilitator.evaluate(FACILITATOR_PROBE)
      projector = await app.openProjectorPage()
      await projector.setViewportSize({ width: 1920, height: 1080 })
      await installStamps(projector)
      await projector.evaluate(PAINT_PROBE)
      const room = await app.service.setRoom({ on: true })
      const department = created.view.meeting.departments[0]!.id
      dir = await mkdtemp(path.join(tmpdir(), 'northstar-bench-phones-'))
      phones = await phonesInChild(
        await bundle('roomPhonesChild', dir),
        room.url!,
        PHONES,
        department
      )
      probe = await openPhoneSocket(room.url!, 'bench-probe-phone-0001')
      probe.on('message', (data: Buffer) => {
        if (data.length < 200 && data.toString().includes('"t":"sent"')) probesAccepted++
      })
      probe.send(JSON.stringify({ t: 'profile', departmentId: department, name: '' }))
      await (front === 'facilitator' ? facilitator : projector).bringToFront()
      if (front === 'facilitator') await facilitator.getByLabel('Idea', { exact: true }).focus()
    },
    teardown: async () => {
      await phones?.stats()
      const accepted = (phones?.accepted() ?? 0) + probesAccepted
      await phones?.close()
      if (dir) await rm(dir, { recursive: true, force: true })
      probe?.close()
      if (app) {
        // Zero lost accepted ideas: every idea a phone was told "sent" is in the meeting.
        const { meeting } = (await app.service.openMeeting(meetingId)).view
        const fromRoom = meeting.ideas.filter((i) => i.source === 'room').length
        const refusals = phones?.refusals() ?? 0
        process.stderr.write(
          `  room: ${accepted} phone ideas accepted, ${fromRoom} in the meeting, ${refusals} refusals\n`
        )
        await app.close()
        if (fromRoom < accepted) throw new Error(`${accepted - fromRoom} accepted ideas were lost`)
      }
    },
    /** A phone's idea → the frame that paints it on the projector page. */
    phoneIdea: async (): Promise<Measured> => {
      const marker = `room-probe-${++count}`
      // Stay under the probe phone's own rate limit (2 messages a second).
      await pause(500)
      const sent = now()
      probe!.send(
        JSON.stringify({ t: 'idea.add', text: `${marker} from a phone`, buildsOnId: null })
      )
      return { measuredMs: (await paintedAt(marker)) - sent }
    },
    /** The same path from the facilitator's capture bar, under the same load (the baseline). */
    facilitatorIdea: async (): Promise<Measured> => {
      const marker = `room-probe-${++count}`
      const input = facilitator.getByLabel('Idea', { exact: true })
      await input.fill(`${marker} typed by the facilitator`)
      await input.press('Enter')
      const painted = await paintedAt(marker)
      const commits = await facilitator.evaluate(
        () => (window as unknown as { __commits: Record<string, number> }).__commits
      )
      return { measuredMs: painted - commits[marker]! }
    },
    /** One keystroke in the capture bar → the frame that shows it, in the facilitator page. */
    keystroke: async (): Promise<Measured> => {
      const input = facilitator.getByLabel('Idea', { exact: true })
      const before = await facilitator.evaluate(
        () => (window as unknown as { __keys: number[] }).__keys.length
      )
      if (before % 40 === 0) await input.fill('')
      await input.press('x')
      await facilitator.waitForFunction(
        (n) => (window as unknown as { __keys: number[] }).__keys.length > n,
        before,
        POLL
      )
      return {
        measuredMs: await facilitator.evaluate(() =>
          (window as unknown as { __keys: number[] }).__keys.at(-1)!
        )
      }
    }
  }
}

function phoneIdeaBenchmark(): Benchmark {
  const rig = roomRig('projector')
  return {
    id: 'room.idea.150phones',
    note: `A phone's idea (WebSocket on 127.0.0.1 → room server → bridge → meeting service, durable save → broadcast) until the projector page has painted it, while ${PHONES} phones are connected and sending an idea each every ${IDEA_EVERY_MS / 1000} s; baseline: the same path from the facilitator's capture bar (Enter → painted on the projector), same run, same load. Budget: p95 ≤ 100 ms.`,
    samples: 30,
    warmup: 3,
    setup: rig.setup,
    teardown: rig.teardown,
    run: rig.phoneIdea,
    baseline: rig.facilitatorIdea
  }
}

function keystrokeBenchmark(): Benchmark {
  const rig = roomRig('facilitator')
  const settle = () => pause(300)
  return {
    id: 'room.keystroke.150phones',
    note: `One keystroke in the facilitator's capture bar → the frame that shows it, while ${PHONES} connected phones send ideas; baseline: the same keystroke in the same run with the phones silent (connected, sending nothing), interleaved. Budget: ratio ≤ 1.2.`,
    samples: 40,
    warmup: 3,
    setup: rig.setup,
    teardown: rig.teardown,
    run: async () => {
      rig.phones().resume()
      await settle()
      return rig.keystroke()
    },
    baseline: async () => {
      rig.phones().pause()
      await settle()
      return rig.keystroke()
    }
  }
}

/** Bundles a bench child script into one CommonJS file run by plain node (no loader). */
async function bundle(name: string, dir: string): Promise<string> {
  const script = path.join(dir, `${name}.cjs`)
  await build({
    entryPoints: [path.join(import.meta.dirname, `${name}.ts`)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['bufferutil', 'utf-8-validate'],
    logLevel: 'silent'
  })
  return script
}

/** A child process speaking in lines on stdin/stdout. */
function lineChild(script: string, args: string[]) {
  const child = spawn(process.execPath, [script, ...args])
  const lines: string[] = []
  let waiting: ((line: string) => void) | null = null
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (waiting) {
      const resolve = waiting
      waiting = null
      resolve(line)
    } else lines.push(line)
  })
  const nextLine = () =>
    new Promise<string>((resolve) => {
      const ready = lines.shift()
      if (ready !== undefined) resolve(ready)
      else waiting = resolve
    })
  return {
    nextLine,
    say: (line: string) => void child.stdin.write(`${line}\n`),
    exited: new Promise<void>((resolve) => child.once('exit', () => resolve())),
    kill: () => {
      child.stdin.end()
      child.kill()
    }
  }
}

/** `count` simulated phones in a child process (see roomPhonesChild.ts). */
async function phonesInChild(
  script: string,
  url: string,
  count: number,
  department: string
): Promise<SimulatedPhones & { stats(): Promise<{ accepted: number; refusals: number }> }> {
  const child = lineChild(script, [url, String(count), department, String(IDEA_EVERY_MS)])
  if ((await child.nextLine()) !== 'ready') throw new Error('the simulated phones did not start')
  let last = { accepted: 0, refusals: 0 }
  const stats = async () => {
    child.say('stats')
    last = JSON.parse(await child.nextLine()) as typeof last
    return last
  }
  return {
    stats,
    accepted: () => last.accepted,
    refusals: () => last.refusals,
    pause: () => child.say('pause'),
    resume: () => child.say('resume'),
    close: async () => {
      child.say('close')
      await Promise.race([child.exited, pause(10_000)])
      child.kill()
    }
  }
}

/**
 * One room server in a fresh Node child process: the built entry the app runs in its utility process
 * (`out/main/roomProcess.js`, made by `npm run bench`'s build), on 127.0.0.1.
 */
async function roomServerChild() {
  const child = fork(ROOM_PROCESS, [], {
    // Plain node, as the app's utility process: not the bench's TypeScript loader.
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc']
  })
  const started = new Promise<FromRoomProcess>((resolve) =>
    child.on('message', (message) => resolve(message as FromRoomProcess))
  )
  child.send({
    type: 'start',
    config: { host: '127.0.0.1', token: 'BenchTokenBenchTokenBenc' },
    assetsDir: PHONE_DIR
  } satisfies ToRoomProcess)
  const answer = await started
  if (answer.type !== 'started') throw new Error(`the room process did not start: ${answer.type}`)
  return {
    url: answer.url,
    // Resident memory as the system reports it (KB), read from outside the process.
    rssMb: async () => {
      const { stdout } = await promisify(execFile)('ps', ['-o', 'rss=', '-p', String(child.pid)])
      return Number(stdout.trim()) / 1024
    },
    stop: () => void child.kill()
  }
}

/** The room server's memory with 300 phones connected, against the same server with none. */
function memoryBenchmark(): Benchmark {
  const CONNECTIONS = 300
  return {
    id: 'room.memory.300connections',
    note: `Resident memory of the built room server process (out/main/roomProcess.js as a Node child; figures in MB, not ms) with ${CONNECTIONS} phones connected, each having sent its profile; baseline: a fresh server process with no phone. Budget: ≤ 100 MB.`,
    samples: 3,
    warmup: 0,
    run: async (): Promise<Measured> => {
      const server = await roomServerChild()
      const sockets: WebSocket[] = []
      try {
        for (let i = 0; i < CONNECTIONS; i++) {
          const ws = await openPhoneSocket(server.url, `memory-phone-${String(i).padStart(8, '0')}`)
          ws.send(JSON.stringify({ t: 'profile', departmentId: 'd1', name: `Phone ${i}` }))
          sockets.push(ws)
        }
        await pause(200)
        return { measuredMs: await server.rssMb() }
      } finally {
        for (const ws of sockets) ws.terminate()
        server.stop()
      }
    },
    baseline: async (): Promise<Measured> => {
      const server = await roomServerChild()
      try {
        await pause(200)
        return { measuredMs: await server.rssMb() }
      } finally {
        server.stop()
      }
    }
  }
}

export const benchmarks: Benchmark[] = [
  phoneIdeaBenchmark(),
  keystrokeBenchmark(),
  memoryBenchmark()
]
