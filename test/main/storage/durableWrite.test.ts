import { execFileSync, spawnSync } from 'node:child_process'
import { readFile, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Low } from 'lowdb'
import { describe, expect, it } from 'vitest'
import { CoalescingWriter } from '../../../src/main/storage/coalescingWriter'
import { DurableJsonFile } from '../../../src/main/storage/durableFile'
import {
  cleanStrayTempFiles,
  renameWithRetry,
  tempNameFor,
  writeFileDurably
} from '../../../src/main/storage/durableWrite'
import type { FileData, WrittenFile } from '../../../src/main/storage/durableWrite'
import { writeQueued } from '../../../src/main/storage/fileWriters'
import { namesIn, tempDir } from './support'

describe('writeFileDurably', () => {
  it('writes the bytes and leaves no temp file behind', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'a.json')
    const written = await writeFileDurably(file, '{"v":1}\n')
    expect(await readFile(file, 'utf-8')).toBe('{"v":1}\n')
    expect(written.size).toBe(8)
    expect(await namesIn(dir)).toEqual(['a.json'])
  })

  it('keeps the previous version as the last good copy before replacing the file', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'a.json')
    const backupPath = `${file}.bak`
    await writeFileDurably(file, 'one', { backupPath })
    expect(await namesIn(dir)).toEqual(['a.json'])
    await writeFileDurably(file, 'two', { backupPath })
    await writeFileDurably(file, 'three', { backupPath })
    expect(await readFile(file, 'utf-8')).toBe('three')
    expect(await readFile(backupPath, 'utf-8')).toBe('two')
    expect(await namesIn(dir)).toEqual(['a.json', 'a.json.bak'])
  })

  it('fails cleanly when the folder does not exist, leaving nothing behind', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'missing', 'a.json')
    await expect(writeFileDurably(file, 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await namesIn(dir)).toEqual([])
  })

  it('uses a different temp name for every write, in the same folder', () => {
    const a = tempNameFor('/w/meetings/x.json')
    const b = tempNameFor('/w/meetings/x.json')
    expect(a).not.toBe(b)
    expect(path.dirname(a)).toBe('/w/meetings')
    expect(path.basename(a)).toMatch(
      new RegExp(`^\\.x\\.json\\.${process.pid}\\.t\\d+\\.[0-9a-f]{12}\\.tmp$`)
    )
  })
})

describe('cleanStrayTempFiles', () => {
  it('removes temp files of dead writers and keeps those of live ones and real files', async () => {
    const dir = await tempDir()
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    const deadTemp = `.a.json.${dead}.0123456789ab.tmp`
    const liveTemp = `.a.json.${process.pid}.0123456789ab.tmp`
    for (const name of [deadTemp, liveTemp, 'a.json', 'notes.tmp']) {
      await writeFile(path.join(dir, name), 'x')
    }
    expect(await cleanStrayTempFiles(dir)).toEqual([deadTemp])
    expect(await namesIn(dir)).toEqual([liveTemp, 'a.json', 'notes.tmp'].sort())
  })

  it('removes temp files naming a live but unrelated process: a reused pid, or from before a restart', async () => {
    const dir = await tempDir()
    // This process is alive, but it did not start at tick 1, and pid 1 wrote nothing an hour before boot.
    const reusedPid = `.a.json.${process.pid}.t1.0123456789ab.tmp`
    const beforeRestart = `.b.json.1.0123456789ab.tmp`
    const mine = path.basename(tempNameFor(path.join(dir, 'c.json')))
    for (const name of [reusedPid, beforeRestart, mine]) await writeFile(path.join(dir, name), 'x')
    const longAgo = new Date(Date.now() - os.uptime() * 1000 - 3_600_000)
    await utimes(path.join(dir, beforeRestart), longAgo, longAgo)
    expect((await cleanStrayTempFiles(dir)).sort()).toEqual([reusedPid, beforeRestart].sort())
    expect(await namesIn(dir)).toEqual([mine])
  })

  it('accepts a folder that does not exist yet', async () => {
    const dir = await tempDir()
    expect(await cleanStrayTempFiles(path.join(dir, 'nope'))).toEqual([])
  })
})

describe('CoalescingWriter', () => {
  it('writes one at a time, only the newest of a queue, and resolves each caller after a write containing its data', async () => {
    const writes: FileData[] = []
    let inFlight = 0
    let maxInFlight = 0
    const writer = new CoalescingWriter(async (data): Promise<WrittenFile> => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 5))
      writes.push(data)
      inFlight--
      return { size: data.length, mtimeMs: 0 }
    })
    const settledAfter: number[] = []
    const calls = Array.from({ length: 20 }, (_, i) =>
      writer.write(String(i)).then(() => settledAfter.push(writes.length))
    )
    await new Promise((resolve) => setTimeout(resolve, 2))
    const later = Array.from({ length: 5 }, (_, i) => writer.write(String(20 + i)))
    await Promise.all([...calls, ...later])
    expect(maxInFlight).toBe(1)
    expect(writes.at(-1)).toBe('24')
    expect(writes.length).toBeLessThan(25)
    // Every caller saw its own value, or a newer one, written before it resolved.
    const numbers = writes.map(Number)
    for (let i = 0; i < 20; i++) expect(numbers.some((n) => n >= i)).toBe(true)
    expect(settledAfter.every((count) => count >= 1)).toBe(true)
  })

  it('rejects the callers of a failed write and carries on with the next one', async () => {
    let fail = true
    const writer = new CoalescingWriter(async (data) => {
      await Promise.resolve()
      if (fail) {
        fail = false
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
      }
      return { size: data.length, mtimeMs: 0 }
    })
    await expect(writer.write('a')).rejects.toMatchObject({ code: 'ENOSPC' })
    await expect(writer.write('b')).resolves.toMatchObject({ size: 1 })
  })
})

describe('writeQueued and the lowdb adapter', () => {
  it('serialises concurrent writes to one file; the newest wins and nothing is torn', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'm.json')
    const payloads = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ i, pad: 'x'.repeat(50_000) })
    )
    const options = { backupPath: `${file}.bak` }
    await writeQueued(file, 'first', options)
    const sizes = await Promise.all(payloads.map((p) => writeQueued(file, p, options)))
    expect(JSON.parse(await readFile(file, 'utf-8'))).toMatchObject({ i: 29 })
    // A burst in one tick is written once: the last good copy is the version before the burst.
    expect(await readFile(`${file}.bak`, 'utf-8')).toBe('first')
    expect(new Set(sizes.map((s) => s.size))).toEqual(new Set([payloads[29]!.length]))
    expect(await namesIn(dir)).toEqual(['m.json', 'm.json.bak'])
  })

  it('round-trips data through lowdb with the durable JSON adapter', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'db.json')
    const db = new Low(new DurableJsonFile<{ n: number[] }>(file), { n: [] })
    await db.read()
    expect(db.data).toEqual({ n: [] })
    await db.update(({ n }) => n.push(1, 2))
    const again = new Low(new DurableJsonFile<{ n: number[] }>(file), { n: [] })
    await again.read()
    expect(again.data).toEqual({ n: [1, 2] })
  })
})

describe('renameWithRetry', () => {
  it('retries while the folder is briefly locked, as Windows scanners do, then succeeds', async (test) => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) {
      return test.skip('simulates the lock with chattr +i, which needs root on Linux')
    }
    const dir = await tempDir()
    const from = path.join(dir, 'new.json')
    const to = path.join(dir, 'target.json')
    await writeFile(from, 'new')
    await writeFile(to, 'old')
    try {
      execFileSync('chattr', ['+i', to], { stdio: 'ignore' })
    } catch {
      return test.skip('this file system has no immutable attribute')
    }
    // The "lock" goes away after a moment, like a scanner releasing the file.
    setTimeout(() => execFileSync('chattr', ['-i', to]), 30)
    await renameWithRetry(from, to)
    expect(await readFile(to, 'utf-8')).toBe('new')
  })

  it('gives up on errors that waiting cannot fix', async () => {
    const dir = await tempDir()
    await expect(
      renameWithRetry(path.join(dir, 'missing'), path.join(dir, 'x'))
    ).rejects.toMatchObject({
      code: 'ENOENT'
    })
  })
})
