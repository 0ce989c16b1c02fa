import { spawnSync } from 'node:child_process'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeMeeting } from '../../../src/main/storage/meetingCodec'
import { listTrash } from '../../../src/main/storage/trash'
import { Workspace } from '../../../src/main/storage/workspace'
import { newMeeting, tempDir, testContext } from './support'

describe('debris of interrupted deletes and restores in trash/', () => {
  it('is tidied at start: dead writers’ temp files, empty folders and folders the meeting never reached; deleted meetings stay', async () => {
    const root = await tempDir('northstar-debris-')
    const trash = path.join(root, 'trash')
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    const entry = (trashId: string, meetingId: string): string =>
      JSON.stringify({ trashId, meetingId, title: 'Kept', deletedAt: '2026-11-23T09:00:00.000Z' })
    const make = async (folder: string, files: Record<string, string>): Promise<void> => {
      await mkdir(path.join(trash, folder), { recursive: true })
      for (const [name, text] of Object.entries(files)) {
        await writeFile(path.join(trash, folder, name), text)
      }
    }
    const kept = newMeeting('Kept', testContext())
    await make('empty', {})
    await make('never-moved', { 'entry.json': entry('never-moved', 'm1') })
    await make('only-temp', { [`.entry.json.${dead}.0123456789ab.tmp`]: '{' })
    await make('deleted', {
      'entry.json': entry('deleted', kept.id),
      [`${kept.id}.json`]: encodeMeeting(kept),
      [`.${kept.id}.json.${dead}.0123456789ab.tmp`]: 'half a meeting'
    })
    await make('unknown', { 'notes.txt': 'not ours to delete' })

    const ws = await Workspace.open(root, testContext())
    expect((await readdir(trash)).sort()).toEqual(['deleted', 'unknown'])
    expect((await readdir(path.join(trash, 'deleted'))).sort()).toEqual(
      ['entry.json', `${kept.id}.json`].sort()
    )
    expect((await listTrash(ws)).map((t) => t.trashId)).toEqual(['deleted'])
    await ws.close()
  })
})
