import { readdir } from 'node:fs/promises'
import { errorCode } from './errorCode'

/** The names in a folder, or none when the folder does not exist (yet); other errors are thrown. */
export async function folderNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
}
