import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelFor } from '../../../src/shared/ipc/contract'
import type { ApiMethod, MeetingState } from '../../../src/shared/ipc/contract'
import type { Result } from '../../../src/shared/result'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

// The real 'electron' package tries to download the runtime when imported in Node.
vi.mock('electron', () => ({ ipcMain: { handle: () => {} } }))
const { registerIpc } = await import('../../../src/main/ipc/registerIpc')
const { describeSender, isTrustedSender } = await import('../../../src/main/ipc/senderCheck')
const { createMeetingService } = await import('../../../src/main/services/meetingService')

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

const ourContents = { mainFrame: { frameToken: 'top' } } as unknown as WebContents
const topFrame = { url: 'app://northstar/index.html', parent: null, frameToken: 'top' }
const asEvent = (senderFrame: unknown) =>
  ({ sender: ourContents, senderFrame }) as unknown as IpcMainInvokeEvent
const fromApp = asEvent(topFrame)
const fromForeignOrigin = asEvent({ ...topFrame, url: 'https://evil.test/' })
const fromSubFrame = asEvent({ ...topFrame, parent: topFrame, frameToken: 'ad' })

let workspaceDir: string
let service: ReturnType<typeof createMeetingService>
let call: (method: ApiMethod, event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

beforeEach(async () => {
  workspaceDir = await mkdtemp(join(tmpdir(), 'northstar-ipc-'))
  let n = 0
  service = createMeetingService({
    workspaceDir,
    now: () => '2026-11-23T10:00:00.000Z',
    newId: () => `id${++n}`,
    broadcast: () => {},
    pickMeetingFile: () => Promise.resolve(null),
    pickExportFolder: () => Promise.resolve(null),
    exportMeeting: () => Promise.reject(new Error('not used')),
    openPath: () => Promise.resolve(),
    showInFolder: () => {}
  })
  const handlers = new Map<string, Handler>()
  registerIpc(
    service,
    {
      isTrustedEvent: (event) =>
        isTrustedSender(
          describeSender(event, (c) => c === ourContents),
          ['app://northstar']
        )
    },
    { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) }
  )
  call = (method, event, ...args) => handlers.get(channelFor(method))!(event, ...args)
})
afterEach(async () => {
  await service.close()
  await rm(workspaceDir, { recursive: true, force: true })
})

/** Creates a meeting through IPC and returns its id and the path of its file. */
async function createMeeting() {
  const created = (await call('createMeeting', fromApp, 'Q3 review', {
    kind: 'template'
  })) as Result<{ view: MeetingState }>
  if (!created.ok) throw new Error(wordErrorEn(created.error.reason))
  await service.close()
  const id = created.value.view.meeting.id
  return { id, file: join(workspaceDir, 'meetings', `${id}.json`) }
}

describe('registerIpc with the real meeting service on a temp workspace', () => {
  it('a change from the app window reaches the file', async () => {
    const { id, file } = await createMeeting()
    const reply = await call('applyCommand', fromApp, id, {
      type: 'framing.set',
      question: 'What would make John sing?'
    })
    expect(reply).toMatchObject({ ok: true })
    await service.close()
    expect(await readFile(file, 'utf8')).toContain('What would make John sing?')
  })

  it.each([
    ['a foreign origin', fromForeignOrigin],
    ['a sub-frame', fromSubFrame]
  ])('a change from %s is refused and the file is byte-identical', async (_why, event) => {
    const { id, file } = await createMeeting()
    const before = await readFile(file)

    const reply = await call('applyCommand', event, id, { type: 'framing.set', question: 'Hijack' })
    const deleted = await call('deleteMeeting', event, id)
    await service.close()

    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(deleted).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await readFile(file)).toEqual(before)
  })

  it('malformed arguments are refused and the file is byte-identical', async () => {
    const { id, file } = await createMeeting()
    const before = await readFile(file)

    const replies = [
      await call('applyCommand', fromApp, id, { type: 'framing.set', question: 42 }),
      await call('applyCommand', fromApp, id, { type: 'framing.set' }),
      await call('applyCommand', fromApp, id),
      await call('renameMeeting', fromApp, id, { title: 'x' }),
      await call('archiveMeeting', fromApp, id, 'true')
    ]
    await service.close()

    for (const reply of replies) {
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(await readFile(file)).toEqual(before)
  })
})
