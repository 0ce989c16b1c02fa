import { basename, extname, join } from 'node:path'
import { writeFileIfAbsent } from '../storage/writeFileIfAbsent'
import { numberedName } from './fileNames'

/** How many "(n)" suffixes are tried before giving up. */
const MAX_ATTEMPTS = 999

const code = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined

/**
 * Writes a new file in `folder` named `base.ext`, or `base (2).ext`, `base (3).ext`… if the name is
 * taken. Returns the path written. Never overwrites.
 */
export async function writeUniqueFile(
  folder: string,
  base: string,
  extension: string,
  data: Uint8Array | string
): Promise<string> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const path = join(folder, numberedName(base, extension, attempt))
    try {
      await writeFileIfAbsent(path, data)
      return path
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error
    }
  }
  throw new Error(
    `There are already ${MAX_ATTEMPTS} files named like ${basename(base, extname(base))}.${extension} in ${folder}.`
  )
}
