import type * as fsPromises from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { mkdir, readdir, readFile, writeFile, lstat } from 'node:fs/promises'
import path from 'node:path'

/**
 * A stand-in for node:fs/promises that records every step that changes the disk (open for writing,
 * write, fsync of a file or a folder, rename, link, unlink, mkdir, rm) under one folder, while
 * doing it for real. From the recording, `crashState` rebuilds what the disk would hold after a
 * power cut at any step, under two models of what survives:
 *
 * - `posix`: only what was fsynced: a file's bytes as of its last fsync, a folder's names as of the
 *   folder's last fsync (the strictest reading of POSIX; a rename is durable only once the folders
 *   are fsynced).
 * - `ext4`: like ext4's default (data=ordered, auto_da_alloc): every change of names up to the cut
 *   survives, in order; a file's bytes survive if it was fsynced, or renamed over an existing file,
 *   after its last write; otherwise the file is empty.
 */
export type PowerModel = 'posix' | 'ext4'

export type Step =
  | { op: 'open'; handle: number; file: string; create: boolean; truncate: boolean }
  | { op: 'write'; handle: number; data: Buffer; append: boolean }
  | { op: 'fsync'; handle: number }
  | { op: 'rename'; from: string; to: string }
  | { op: 'link'; from: string; to: string }
  | { op: 'unlink'; file: string }
  | { op: 'mkdir'; dir: string }
  | { op: 'rm'; file: string }
  | { op: 'writeFile'; file: string; data: Buffer }

let recording: { base: string; steps: Step[] } | null = null
let handles = 0

/** Starts recording the changes under `base`. */
export function startRecording(base: string): Step[] {
  recording = { base: path.resolve(base), steps: [] }
  return recording.steps
}

export function stopRecording(): void {
  recording = null
}

const under = (file: unknown): string | null => {
  if (!recording || typeof file !== 'string') return null
  const resolved = path.resolve(file)
  return resolved === recording.base || resolved.startsWith(`${recording.base}${path.sep}`)
    ? resolved
    : null
}
const log = (step: Step): void => void recording?.steps.push(step)
const toBuffer = (data: unknown): Buffer =>
  typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array)

function recordedHandle(real: FileHandle, id: number): FileHandle {
  return new Proxy(real, {
    get(target, key) {
      if (key === 'writeFile') {
        return async (data: string | Uint8Array) => {
          await target.writeFile(data)
          log({ op: 'write', handle: id, data: toBuffer(data), append: false })
        }
      }
      if (key === 'writev') {
        // Pieces written in order at the end of what was written: one write of their bytes.
        return async (chunks: readonly Uint8Array[]) => {
          const result = await target.writev(chunks as Uint8Array[])
          log({ op: 'write', handle: id, data: Buffer.concat(chunks), append: false })
          return result
        }
      }
      if (key === 'sync') {
        return async () => {
          await target.sync()
          log({ op: 'fsync', handle: id })
        }
      }
      if (key === 'write') throw new Error('power-loss stand-in: handle.write is not modelled')
      const value: unknown = Reflect.get(target, key, target)
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value
    }
  })
}

type FsPromises = typeof fsPromises

/** node:fs/promises, recording (see startRecording). Used through vi.mock. */
export function recordingFs(real: FsPromises): FsPromises {
  const fs: FsPromises = { ...real }
  fs.open = (async (file: string, flags?: string | number, mode?: number) => {
    const handle = await real.open(file, flags, mode)
    const at = under(file)
    if (!at) return handle
    const text = typeof flags === 'string' ? flags : 'r'
    const id = ++handles
    log({
      op: 'open',
      handle: id,
      file: at,
      create: /[wa]/.test(text),
      truncate: text.startsWith('w')
    })
    return recordedHandle(handle, id)
  }) as FsPromises['open']
  fs.rename = async (from, to) => {
    await real.rename(from, to)
    const [a, b] = [under(from), under(to)]
    if (a && b) log({ op: 'rename', from: a, to: b })
  }
  fs.link = async (from, to) => {
    await real.link(from, to)
    const [a, b] = [under(from), under(to)]
    if (a && b) log({ op: 'link', from: a, to: b })
  }
  fs.unlink = async (file) => {
    await real.unlink(file)
    const at = under(file)
    if (at) log({ op: 'unlink', file: at })
  }
  fs.mkdir = (async (dir: string, options?: { recursive?: boolean }) => {
    const existed: string[] = []
    const at = under(dir)
    if (at) {
      // Each folder a recursive mkdir creates is one step.
      for (let p = at; under(p) && p !== recording?.base; p = path.dirname(p)) existed.unshift(p)
    }
    const missing: string[] = []
    for (const p of existed) if (!(await real.stat(p).catch(() => null))) missing.push(p)
    const result = await real.mkdir(dir, options)
    for (const p of missing) log({ op: 'mkdir', dir: p })
    return result
  }) as FsPromises['mkdir']
  fs.rm = async (file, options) => {
    await real.rm(file, options)
    const at = under(file)
    if (at) log({ op: 'rm', file: at })
  }
  fs.writeFile = (async (file: string, data: string | Uint8Array, options?: unknown) => {
    await real.writeFile(file, data, options as never)
    const at = under(file)
    if (at) log({ op: 'writeFile', file: at, data: toBuffer(data) })
  }) as FsPromises['writeFile']
  fs.copyFile = () => Promise.reject(new Error('power-loss stand-in: copyFile is not modelled'))
  return fs
}

/** A file system image: folder paths → names → (file inode | folder). */
type Entry = { kind: 'file'; ino: number } | { kind: 'dir' }
interface Image {
  dirs: Map<string, Map<string, Entry>>
  data: Map<number, Buffer>
}

const cloneDirs = (dirs: Map<string, Map<string, Entry>>): Map<string, Map<string, Entry>> =>
  new Map([...dirs].map(([dir, names]) => [dir, new Map(names)]))

/** A snapshot of the real folder `base` before the recording: all of it durable. */
export async function snapshot(base: string): Promise<Image> {
  const image: Image = { dirs: new Map(), data: new Map() }
  let ino = 0
  const walk = async (dir: string): Promise<void> => {
    const names = new Map<string, Entry>()
    image.dirs.set(dir, names)
    for (const name of await readdir(dir)) {
      const file = path.join(dir, name)
      if ((await lstat(file)).isDirectory()) {
        names.set(name, { kind: 'dir' })
        await walk(file)
      } else {
        names.set(name, { kind: 'file', ino: ++ino })
        image.data.set(ino, await readFile(file))
      }
    }
  }
  await walk(path.resolve(base))
  return image
}

/**
 * What survives a power cut after the first `cut` steps, under `model`. `skip` is the index of one
 * fsync step to treat as missing (as if the code had not called it), to show the suite notices.
 */
export function crashState(
  initial: Image,
  steps: Step[],
  cut: number,
  model: PowerModel,
  skip = -1
): Image {
  const v: Image = { dirs: cloneDirs(initial.dirs), data: new Map(initial.data) }
  const d: Image = { dirs: cloneDirs(initial.dirs), data: new Map(initial.data) }
  const flushed = new Set<number>(initial.data.keys())
  const open = new Map<number, { ino: number } | { dir: string }>()
  let next = 1_000_000
  const entry = (file: string): Entry | undefined =>
    v.dirs.get(path.dirname(file))?.get(path.basename(file))
  const setEntry = (file: string, value: Entry | null): void => {
    const names = v.dirs.get(path.dirname(file))
    if (!names) throw new Error(`power-loss model: no folder for ${file}`)
    if (value) names.set(path.basename(file), value)
    else names.delete(path.basename(file))
  }
  const dropTree = (dir: string): void => {
    for (const key of [...v.dirs.keys()]) {
      if (key === dir || key.startsWith(`${dir}${path.sep}`)) v.dirs.delete(key)
    }
  }
  steps.slice(0, cut).forEach((step, index) => {
    switch (step.op) {
      case 'open': {
        const found = entry(step.file)
        if (found?.kind === 'dir' || v.dirs.has(step.file)) {
          open.set(step.handle, { dir: step.file })
        } else if (found) {
          if (step.truncate) {
            v.data.set(found.ino, Buffer.alloc(0))
            flushed.delete(found.ino)
          }
          open.set(step.handle, { ino: found.ino })
        } else if (step.create) {
          const ino = next++
          v.data.set(ino, Buffer.alloc(0))
          setEntry(step.file, { kind: 'file', ino })
          open.set(step.handle, { ino })
        }
        break
      }
      case 'write': {
        const target = open.get(step.handle)
        if (!target || !('ino' in target)) break
        const before = step.append ? (v.data.get(target.ino) ?? Buffer.alloc(0)) : Buffer.alloc(0)
        v.data.set(target.ino, Buffer.concat([before, step.data]))
        flushed.delete(target.ino)
        break
      }
      case 'fsync': {
        const target = open.get(step.handle)
        if (!target || index === skip) break
        if ('ino' in target) {
          d.data.set(target.ino, v.data.get(target.ino) ?? Buffer.alloc(0))
          flushed.add(target.ino)
        } else {
          d.dirs.set(target.dir, new Map(v.dirs.get(target.dir)))
        }
        break
      }
      case 'rename': {
        const moving = entry(step.from)
        if (!moving) break
        if (moving.kind === 'dir') throw new Error('power-loss model: folder renames not modelled')
        // auto_da_alloc: a file renamed over another has its bytes written first.
        if (entry(step.to)) flushed.add(moving.ino)
        setEntry(step.to, moving)
        setEntry(step.from, null)
        break
      }
      case 'link': {
        const linked = entry(step.from)
        if (linked) setEntry(step.to, linked)
        break
      }
      case 'unlink':
        setEntry(step.file, null)
        break
      case 'mkdir':
        setEntry(step.dir, { kind: 'dir' })
        v.dirs.set(step.dir, new Map())
        break
      case 'rm':
        if (entry(step.file)?.kind === 'dir') dropTree(step.file)
        setEntry(step.file, null)
        break
      case 'writeFile': {
        const ino = next++
        v.data.set(ino, step.data)
        setEntry(step.file, { kind: 'file', ino })
        break
      }
    }
  })
  if (model === 'ext4') {
    const data = new Map<number, Buffer>()
    for (const [ino, bytes] of v.data) {
      data.set(ino, flushed.has(ino) ? bytes : (d.data.get(ino) ?? Buffer.alloc(0)))
    }
    return { dirs: v.dirs, data }
  }
  return d
}

/** Writes an image out as real files under `target` (a fresh folder standing for `base`). */
export async function materialize(image: Image, base: string, target: string): Promise<void> {
  const root = path.resolve(base)
  const write = async (dir: string, to: string): Promise<void> => {
    await mkdir(to, { recursive: true })
    for (const [name, entry] of image.dirs.get(dir) ?? new Map<string, Entry>()) {
      if (entry.kind === 'dir') await write(path.join(dir, name), path.join(to, name))
      else await writeFile(path.join(to, name), image.data.get(entry.ino) ?? Buffer.alloc(0))
    }
  }
  await write(root, target)
}
