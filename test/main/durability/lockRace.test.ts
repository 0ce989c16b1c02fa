import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentBootId, processStartTime } from '../../../src/main/storage/processIdentity'
import { LOCK_FILE } from '../../../src/main/storage/workspaceLock'
import { tempDir } from '../storage/support'
import { bundleChild } from './bundleChild'

/** Trials in the default suite (bounded by count and by time: the machines are small and shared). */
const TRIALS = Number(process.env.NORTHSTAR_LOCK_TRIALS ?? 150)
const TIME_CAP_MS = Number(process.env.NORTHSTAR_LOCK_SECONDS ?? 45) * 1000
const RACERS = 4

interface Racer {
  child: ChildProcessWithoutNullStreams
  lines: string[]
  waiters: Array<() => void>
}

let script = ''
let remove: () => Promise<void> = () => Promise.resolve()
const racers: Racer[] = []

/** A pid that belonged to a process which has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid ?? 2 ** 22 + 7

beforeAll(async () => {
  ;({ script, remove } = await bundleChild('lockRacer'))
  for (let i = 0; i < RACERS; i++) {
    const child = spawn(process.execPath, [script, `r${i}`], { stdio: ['pipe', 'pipe', 'pipe'] })
    const racer: Racer = { child, lines: [], waiters: [] }
    createInterface({ input: child.stdout }).on('line', (line) => {
      racer.lines.push(line)
      for (const wake of racer.waiters.splice(0)) wake()
    })
    racers.push(racer)
  }
  await Promise.all(racers.map((r) => lineMatching(r, (line) => line === 'READY')))
})

afterAll(async () => {
  for (const { child } of racers) child.kill('SIGKILL')
  await remove()
})

async function lineMatching(racer: Racer, test: (line: string) => boolean): Promise<string> {
  for (;;) {
    const found = racer.lines.find(test)
    if (found !== undefined) return found
    if (racer.child.exitCode !== null) throw new Error('a racer exited')
    await new Promise<void>((resolve) => racer.waiters.push(resolve))
  }
}

const holder = (fields: Record<string, unknown>): string =>
  `${JSON.stringify({ host: os.hostname(), since: '2026-01-01T00:00:00.000Z', ...fields })}\n`
const STALE_TOKEN = 'a'.repeat(32)

/**
 * Stale locks of every kind a crash or a restart leaves behind. Each returns the folder's files.
 * "Live" locks name this test process: alive, and no Northstar.
 */
const STALE_KINDS: Array<[string, () => Record<string, string | Buffer>]> = [
  [
    'a dead process',
    () => ({
      [LOCK_FILE]: holder({ pid: deadPid(), boot: currentBootId(), start: '1', token: STALE_TOKEN })
    })
  ],
  [
    'a live unrelated pid from before a restart',
    () => ({
      [LOCK_FILE]: holder({
        pid: process.pid,
        boot: 'before-the-restart',
        start: processStartTime(process.pid),
        token: STALE_TOKEN
      })
    })
  ],
  [
    'a reused pid (same pid, another start time)',
    () => ({
      [LOCK_FILE]: holder({
        pid: process.pid,
        boot: currentBootId(),
        start: '7',
        token: STALE_TOKEN
      })
    })
  ],
  [
    'an older Northstar’s lock of a dead process',
    () => ({ [LOCK_FILE]: holder({ pid: deadPid() }) })
  ],
  ['an unreadable lock', () => ({ [LOCK_FILE]: Buffer.from([0, 0, 0]) })],
  [
    'a dead process, and a takeover that crashed half-way',
    () => ({
      [LOCK_FILE]: holder({
        pid: deadPid(),
        boot: currentBootId(),
        start: '1',
        token: STALE_TOKEN
      }),
      [`${LOCK_FILE}.takeover.${STALE_TOKEN}.0`]: holder({
        pid: deadPid(),
        boot: currentBootId(),
        start: '1',
        token: 'b'.repeat(32)
      })
    })
  ]
]

describe('many processes racing for one stale workspace lock', () => {
  it(
    `exactly one wins every trial, with a pause before every step; no acknowledged change is lost`,
    async () => {
      const base = await tempDir('northstar-lockrace-')
      const started = Date.now()
      const tally = {
        trials: 0,
        doubles: 0,
        noWinner: 0,
        errors: [] as string[],
        acked: 0,
        lost: 0,
        lockLeft: 0
      }
      for (let n = 0; n < TRIALS && Date.now() - started < TIME_CAP_MS; n++) {
        const [, files] = STALE_KINDS[n % STALE_KINDS.length]!
        const folder = path.join(base, `t${n}`)
        await mkdir(folder)
        for (const [name, content] of Object.entries(files())) {
          await writeFile(path.join(folder, name), content)
          // Old enough that an unreadable lock is not mistaken for one being written right now.
          const old = new Date(Date.now() - 60_000)
          await utimes(path.join(folder, name), old, old)
        }
        for (const r of racers) r.child.stdin.write(`TRIAL ${n} ${folder}\n`)
        const outcomes = await Promise.all(
          racers.map((r) =>
            lineMatching(r, (line) => /^(WON|REFUSED|ERROR) (\d+)/.exec(line)?.[2] === String(n))
          )
        )
        const lines = racers.flatMap((r) => r.lines.splice(0))
        const acks = lines
          .filter((line) => line.startsWith(`ACK ${n} `))
          .map((line) => line.split(' ')[2])
        tally.trials++
        tally.doubles += lines.filter((line) => line === `DOUBLE ${n}`).length
        const wins = outcomes.filter((line) => line.startsWith('WON')).length
        if (wins > 1) tally.doubles++
        if (wins === 0) tally.noWinner++
        tally.errors.push(...outcomes.filter((line) => line.startsWith('ERROR')))
        const saved = JSON.parse(
          await readFile(path.join(folder, 'changes.json'), 'utf-8').catch(() => '[]')
        ) as string[]
        tally.acked += acks.length
        tally.lost += acks.filter((ack) => !saved.includes(ack!)).length
        for (const r of racers) r.child.stdin.write(`END ${n}\n`)
        await Promise.all(racers.map((r) => lineMatching(r, (line) => line === `ENDED ${n}`)))
        for (const r of racers) r.lines.splice(0)
        // The winner's release removed its lock, and every guard and temp file is gone.
        const left = (await readdir(folder)).filter((name) => name !== 'changes.json')
        if (left.length > 0) tally.lockLeft++
      }
      console.info(`lock race: ${JSON.stringify({ ...tally, errors: tally.errors.length })}`)
      expect(tally.errors).toEqual([])
      expect(tally.doubles).toBe(0)
      expect(tally.noWinner).toBe(0)
      expect(tally.lost).toBe(0)
      expect(tally.lockLeft).toBe(0)
      expect(tally.acked).toBe(tally.trials * 3)
      expect(tally.trials).toBeGreaterThanOrEqual(Math.min(TRIALS, 30))
    },
    TIME_CAP_MS + 60_000
  )
})
