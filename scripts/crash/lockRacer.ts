/**
 * Lock-race child: one of several processes that race for the same stale workspace lock, trial
 * after trial, with a random pause before every step of acquiring it (see LockStep). Driven by
 * test/main/durability/lockRace.test.ts over stdin, one line per command:
 *
 *   TRIAL <n> <folder>  try to take the lock of <folder>; the winner then does three
 *                       read-modify-write changes of <folder>/changes.json (pausing between read and
 *                       write, so a second writer would lose changes) and prints `ACK <n> <change>`
 *                       after each is durable; everyone ends with `WON <n>`, `REFUSED <n>` or
 *                       `ERROR <n> <message>`
 *   END <n>             release the lock if held, then print `ENDED <n>`
 *
 * A winner also creates <folder>/inside exclusively while it holds the lock: finding it already
 * there means two holders at once, printed as `DOUBLE <n>`.
 */
import { open, readFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { writeFileDurably } from '../../src/main/storage/durableWrite'
import type { ReleaseLock } from '../../src/main/storage/workspaceLock'
import { acquireWorkspaceLock } from '../../src/main/storage/workspaceLock'
import { AppFailure } from '../../src/shared/result'

const label = process.argv[2] ?? String(process.pid)
const say = (line: string): void => void process.stdout.write(`${line}\n`)

/** Up to 2 ms, or none: enough to interleave the racers differently at every step. */
const pause = (): Promise<void> =>
  new Promise((resolve) => {
    const roll = Math.random()
    if (roll < 0.3) return resolve()
    if (roll < 0.6) return void setImmediate(resolve)
    setTimeout(resolve, Math.floor(Math.random() * 3))
  })

let release: ReleaseLock | null = null

async function trial(n: string, folder: string): Promise<void> {
  try {
    release = await acquireWorkspaceLock(folder, new Date().toISOString(), { pause })
  } catch (error) {
    say(
      error instanceof AppFailure && error.code === 'in_use'
        ? `REFUSED ${n}`
        : `ERROR ${n} ${String(error)}`
    )
    return
  }
  const inside = path.join(folder, 'inside')
  try {
    await (await open(inside, 'wx')).close()
  } catch {
    say(`DOUBLE ${n}`)
  }
  const changes = path.join(folder, 'changes.json')
  for (let k = 0; k < 3; k++) {
    const before = JSON.parse(await readFile(changes, 'utf-8').catch(() => '[]')) as string[]
    await pause()
    await writeFileDurably(changes, JSON.stringify([...before, `${label}-${n}-${k}`]))
    say(`ACK ${n} ${label}-${n}-${k}`)
  }
  await unlink(inside).catch(() => undefined)
  say(`WON ${n}`)
}

const queue: string[] = []
let busy = false
async function drain(): Promise<void> {
  if (busy) return
  busy = true
  for (let line = queue.shift(); line !== undefined; line = queue.shift()) {
    const [command, n = '', folder = ''] = line.split(' ')
    if (command === 'TRIAL') await trial(n, folder)
    if (command === 'END') {
      await release?.()
      release = null
      say(`ENDED ${n}`)
    }
  }
  busy = false
}

createInterface({ input: process.stdin }).on('line', (line) => {
  queue.push(line)
  void drain()
})
say('READY')
