import { existsSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { childRoomHost } from '../../src/main/room/childRoomHost'
import { meetingServiceWithRoom } from '../../src/main/room/withRoomJoin'
import { tempDir } from '../main/storage/support'
import { connectPhone, deviceId, get, until } from '../main/room/roomTestKit'

/** The built entry the app runs in its utility process (`npm run build` makes it). */
const ROOM_PROCESS = resolve('out/main/roomProcess.js')
const PHONE_DIR = resolve('out/phone')
const LOOPBACK_ONLY = () => ({
  loopback: [{ address: '127.0.0.1', family: 'IPv4' as const, internal: false }]
})

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  for (const item of open.splice(0)) await item.close()
})

describe('the built room process, run as a Node child process on 127.0.0.1', () => {
  it('serves the phone page and carries a phone idea into the meeting; off kills the process', async () => {
    expect(existsSync(ROOM_PROCESS), 'build first: npx electron-vite build').toBe(true)
    const { service } = meetingServiceWithRoom(
      {
        workspaceDir: await tempDir(),
        now: () => new Date().toISOString(),
        newId: () => randomUUID(),
        broadcast: () => undefined,
        pickMeetingFile: () => Promise.resolve(null),
        pickExportFolder: () => Promise.resolve(null),
        exportMeeting: () => Promise.reject(new Error('not in this test')),
        openPath: () => Promise.resolve(),
        showInFolder: () => undefined
      },
      { host: childRoomHost(ROOM_PROCESS, PHONE_DIR), listInterfaces: LOOPBACK_ONLY }
    )
    open.push(service)
    const created = await service.createMeeting('Child process', { kind: 'template' })
    const meeting = created.view.meeting
    await service.setPresentation({ meetingId: meeting.id })
    await service.commitCommand(meeting.id, {
      type: 'run.goto',
      stage: 'rounds',
      roundId: meeting.rounds[0]!.id
    })
    const room = await service.setRoom({ on: true })
    const url = new URL(room.url!)
    expect(url.hostname).toBe('127.0.0.1')
    const token = url.pathname.split('/')[2]!
    const port = Number(url.port)

    const page = await get(port, url.pathname)
    expect(page.status).toBe(200)
    expect(page.body).toContain('phone.js')
    expect((await get(port, '/j/not-the-token/')).status).toBe(403)

    const phone = await connectPhone(port, token, deviceId(1))
    await until(() => phone.view()?.mode === 'ideas')
    phone.send({ t: 'profile', departmentId: meeting.departments[0]!.id, name: '' })
    phone.send({ t: 'idea.add', text: 'Sent through the child process', buildsOnId: null })
    await until(() => phone.view()?.ideas.length === 1)
    const ideas = (await service.openMeeting(meeting.id)).view.meeting.ideas
    expect(ideas.map((i) => [i.text, i.source])).toEqual([
      ['Sent through the child process', 'room']
    ])

    await service.setRoom({ on: false })
    expect(await phone.closed).toBeGreaterThan(0)
    await expect(get(port, url.pathname)).rejects.toThrow()
  })
})
