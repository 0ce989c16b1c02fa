import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeMeeting } from '../../../src/main/storage/meetingCodec'
import { Workspace } from '../../../src/main/storage/workspace'
import { createMeetingService } from '../../../src/main/services/meetingService'
import { tempDir } from './support'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

/** How many times a writing process is killed. The soak script raises it (npm run test:soak). */
const KILLS = Number(process.env.NORTHSTAR_CRASH_KILLS ?? 200)
/** A new meeting every so many kills keeps files within the idea limit on long soaks. */
const KILLS_PER_MEETING = 150
const CHILD_SOURCE = path.resolve(import.meta.dirname, '../../../scripts/crash/meetingWriter.ts')

let childScript = ''

beforeAll(async () => {
  // Bundled once with esbuild (what tsx runs on) so each child starts in tens of milliseconds.
  childScript = path.join(await tempDir('northstar-crash-bin-'), 'meetingWriter.mjs')
  await build({
    entryPoints: [CHILD_SOURCE],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent'
  })
})

interface Run {
  acked: string[]
  ready: boolean
  exitSignal: NodeJS.Signals | null
  stderr: string
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const random = (min: number, max: number) => min + Math.random() * (max - min)

/** Starts the writer, kills it with SIGKILL at a random moment, and reports what it acknowledged. */
async function runAndKill(workspace: string, meetingId: string, label: string): Promise<Run> {
  const child = spawn(process.execPath, [childScript, workspace, meetingId, label], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const run: Run = { acked: [], ready: false, exitSignal: null, stderr: '' }
  let buffer = ''
  let onReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  child.stdout.setEncoding('utf-8').on('data', (chunk: string) => {
    buffer += chunk
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('ACK ')) run.acked.push(line.slice(4))
      if (line.startsWith('READY')) {
        run.ready = true
        onReady()
      }
    }
  })
  child.stderr.setEncoding('utf-8').on('data', (chunk: string) => (run.stderr += chunk))
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (_code, signal) => {
      run.exitSignal = signal
      resolve()
    })
  )
  // Mostly kill while it writes; sometimes while it starts up (temp clean-up, index, first load).
  if (Math.random() < 0.1) await sleep(random(0, 80))
  else await Promise.race([ready.then(() => sleep(random(5, 60))), exited])
  child.kill('SIGKILL')
  await exited
  return run
}

/** The ideas of one writer run in file order, as numbers: must be 0, 1, 2… with no gap. */
const sequenceOf = (texts: string[], label: string): number[] =>
  texts.filter((t) => t.startsWith(`${label}-`)).map((t) => Number(t.slice(label.length + 1)))

describe('crash safety', () => {
  it(
    `keeps the meeting file whole and every acknowledged change, across ${KILLS} kill -9s`,
    async () => {
      const workspace = await tempDir('northstar-crash-')
      let meetingId = ''
      const stats = { acked: 0, killedWhileWriting: 0, savedButNotAcked: 0, leftTempFile: 0 }
      for (let kill = 0; kill < KILLS; kill++) {
        if (kill % KILLS_PER_MEETING === 0) {
          const service = createMeetingService({
            workspaceDir: workspace,
            now: () => new Date().toISOString(),
            newId: () => `m${kill}x${Math.random().toString(36).slice(2, 10)}`,
            broadcast: () => undefined,
            pickMeetingFile: () => Promise.resolve(null),
            pickExportFolder: () => Promise.resolve(null),
            exportMeeting: () => Promise.reject(new Error('unused')),
            openPath: () => Promise.resolve(),
            showInFolder: () => undefined
          })
          meetingId = (await service.createMeeting(`Crash ${kill}`, { kind: 'template' })).meetingId
          await service.close()
        }
        const label = `k${kill}`
        const run = await runAndKill(workspace, meetingId, label)
        expect(run.stderr).toBe('')
        expect(run.exitSignal).toBe('SIGKILL')

        const file = path.join(workspace, 'meetings', `${meetingId}.json`)
        const decoded = decodeMeeting(await readFile(file, 'utf-8'))
        if (!decoded.ok)
          throw new Error(`kill ${kill}: the meeting file is damaged: ${wordErrorEn(decoded.error.reason)}`)
        const texts = decoded.value.meeting.ideas.map((idea) => idea.text)
        const present = new Set(texts)
        const missing = run.acked.filter((text) => !present.has(text))
        expect(missing, `kill ${kill}: acknowledged changes lost`).toEqual([])
        const sequence = sequenceOf(texts, label)
        expect(sequence).toEqual(sequence.map((_, i) => i))

        const backup = await readFile(`${file}.bak`, 'utf-8').catch(() => null)
        if (backup !== null)
          expect(decodeMeeting(backup).ok, `kill ${kill}: last good copy`).toBe(true)

        const names = await readdir(path.join(workspace, 'meetings'))
        if (names.some((name) => name.endsWith('.tmp'))) stats.leftTempFile++
        stats.acked += run.acked.length
        if (run.acked.length > 0) stats.killedWhileWriting++
        stats.savedButNotAcked += sequence.length - run.acked.length
      }
      expect(await readdir(workspace)).not.toContain('quarantine')
      // The next start tidies what killed writers left behind.
      await Workspace.open(workspace, {
        now: () => new Date().toISOString(),
        newId: () => 'unused'
      })
      const left = await readdir(path.join(workspace, 'meetings'))
      expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([])
      expect(stats.killedWhileWriting).toBeGreaterThan(KILLS / 2)
      console.info(
        `crash test: ${KILLS} kills, ${stats.killedWhileWriting} while writing, ${stats.acked} acknowledged changes all kept, ` +
          `${stats.savedButNotAcked} changes saved but killed before their acknowledgement, ` +
          `${stats.leftTempFile} kills mid-write (a temp file left behind)`
      )
    },
    Math.max(120_000, KILLS * 1_000)
  )
})
