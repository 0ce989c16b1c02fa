import type * as fsPromises from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'

/**
 * The steps of a durable write a fault can be injected at. `backup` fails both ways of keeping the
 * last good copy (hard link and copy); `hardLink` only the link, as on a file system without links.
 */
export type FaultPoint = 'write' | 'fsync' | 'backup' | 'hardLink' | 'rename' | 'folderFsync'

interface Armed {
  point: FaultPoint
  /** The file whose writes fail (its temp files, its backup, its rename, its folder). */
  target: string
  code: string
}

let armed: Armed | null = null
/** How many operations the armed fault has failed so far. */
export let faultsHit = 0

/** From now on, every write of `target` fails at `point` with a Node error of this code. */
export function armFault(point: FaultPoint, target: string, code: string): void {
  armed = { point, target: path.resolve(target), code }
  faultsHit = 0
}

export function disarmFault(): void {
  armed = null
}

function systemError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${syscall} '${file}'`)
  error.code = code
  error.syscall = syscall
  error.path = file
  faultsHit++
  return error
}

/** Whether `file` is a temp file of the armed target (see tempNameFor in durableWrite.ts). */
const isTempOf = (file: string, target: string): boolean =>
  path.dirname(path.resolve(file)) === path.dirname(target) &&
  path.basename(file).startsWith(`.${path.basename(target)}.`) &&
  file.endsWith('.tmp')

/** A real file handle whose write or fsync fails; a failed write still leaves half the bytes. */
function faultyHandle(handle: FileHandle, point: FaultPoint, code: string, file: string) {
  return new Proxy(handle, {
    get(real, key) {
      if (key === 'writeFile' && point === 'write') {
        return async (data: string | Uint8Array) => {
          await real.writeFile(data.slice(0, Math.floor(data.length / 2)))
          throw systemError(code, 'write', file)
        }
      }
      // The meeting is written in pieces with one writev: half the pieces land, then the error.
      if (key === 'writev' && point === 'write') {
        return async (chunks: Uint8Array[]) => {
          await real.writev(chunks.slice(0, Math.floor(chunks.length / 2)))
          throw systemError(code, 'writev', file)
        }
      }
      if (key === 'sync' && (point === 'fsync' || point === 'folderFsync')) {
        return () => Promise.reject(systemError(code, 'fsync', file))
      }
      const value: unknown = Reflect.get(real, key, real)
      return typeof value === 'function' ? (value as () => unknown).bind(real) : value
    }
  })
}

type FsPromises = typeof fsPromises

/**
 * node:fs/promises with faults injected where armed; everything else goes to the real file system.
 * Used through vi.mock in the fault-injection test.
 */
export function faultyFs(real: FsPromises): FsPromises {
  const open: FsPromises['open'] = async (file, flags, mode) => {
    const handle = await real.open(file, flags, mode)
    if (!armed) return handle
    const resolved = path.resolve(String(file))
    const onTemp = isTempOf(resolved, armed.target)
    if ((armed.point === 'write' || armed.point === 'fsync') && onTemp) {
      return faultyHandle(handle, armed.point, armed.code, resolved)
    }
    if (armed.point === 'folderFsync' && resolved === path.dirname(armed.target)) {
      return faultyHandle(handle, armed.point, armed.code, resolved)
    }
    return handle
  }
  const rename: FsPromises['rename'] = async (from, to) => {
    if (armed?.point === 'rename' && path.resolve(String(to)) === armed.target) {
      throw systemError(armed.code, 'rename', String(to))
    }
    return real.rename(from, to)
  }
  const link: FsPromises['link'] = async (existing, newPath) => {
    if (
      (armed?.point === 'backup' || armed?.point === 'hardLink') &&
      path.resolve(String(existing)) === armed.target
    ) {
      throw systemError(armed.code, 'link', String(newPath))
    }
    return real.link(existing, newPath)
  }
  const copyFile: FsPromises['copyFile'] = async (from, to, mode) => {
    if (armed?.point === 'backup' && path.resolve(String(from)) === armed.target) {
      throw systemError(armed.code, 'copyfile', String(to))
    }
    return real.copyFile(from, to, mode)
  }
  return { ...real, open, rename, link, copyFile }
}
