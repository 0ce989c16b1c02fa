import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { inProcessRoomHost } from '../../../src/main/room/roomHost'
import { meetingServiceWithRoom } from '../../../src/main/room/withRoomJoin'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { AttendeeView, ServerMessage } from '../../../src/shared/room/protocol'
import type { RoomStatus } from '../../../src/shared/room/status'
import { tempDir } from '../storage/support'
import { connectPhone, deviceId, TEST_ASSETS, until } from './roomTestKit'
import type { TestPhone } from './roomTestKit'

/** The loopback address stands in for the room's Wi-Fi: tests never listen anywhere else. */
const LOOPBACK_ONLY = () => ({
  loopback: [{ address: '127.0.0.1', family: 'IPv4' as const, internal: false }]
})

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  for (const item of open.splice(0)) await item.close()
})

async function roomWithMeeting() {
  const statuses: RoomStatus[] = []
  const projected: RoomStatus[] = []
  const built = meetingServiceWithRoom(
    {
      workspaceDir: await tempDir(),
      now: () => new Date().toISOString(),
      newId: () => crypto.randomUUID(),
      broadcast: (event, payload, audience) => {
        if (event !== 'roomChanged') return
        if (audience === 'facilitator') statuses.push(payload as RoomStatus)
        if (audience === 'projector') projected.push(payload as RoomStatus)
      },
      pickMeetingFile: () => Promise.resolve(null),
      pickExportFolder: () => Promise.resolve(null),
      exportMeeting: () => Promise.reject(new Error('not in this test')),
      openPath: () => Promise.resolve(),
      showInFolder: () => undefined
    },
    { host: inProcessRoomHost(() => Promise.resolve(TEST_ASSETS)), listInterfaces: LOOPBACK_ONLY }
  )
  const { service, room } = built
  open.push(service)
  const state = await service.createMeeting('Q4 review', { kind: 'template' })
  const meetingId = state.meetingId
  await service.setPresentation({ meetingId })
  const run = (command: Command) => service.commitCommand(meetingId, command)
  await run({
    type: 'story.update',
    patch: {
      customer: 'Ada Lovelace',
      text: 'A private email',
      privateFields: ['customer', 'text']
    }
  })
  const round = state.view.meeting.rounds[0]!
  await run({ type: 'run.goto', stage: 'rounds', roundId: round.id })
  const current = async () => (await service.openMeeting(meetingId)).view.meeting
  const phone = async (n: number): Promise<TestPhone> => {
    const url = new URL((await service.getRoom()).url!)
    const token = url.pathname.split('/')[2]!
    const p = await connectPhone(Number(url.port), token, deviceId(n))
    open.push({ close: () => Promise.resolve(p.socket.terminate()) })
    return p
  }
  return { service, room, meetingId, run, current, phone, statuses, round, state, projected }
}

const lastView = (p: TestPhone): AttendeeView => {
  const view = p.view()
  if (!view) throw new Error('no view yet')
  return view
}
const errorAfter = async (p: TestPhone, from: number): Promise<ServerMessage> =>
  p.next((m) => m.t === 'error' && p.received.indexOf(m) >= from)

describe('room bridge: phones join a meeting through the meeting service', () => {
  it('is off by default and listens only once turned on, on the chosen address', async () => {
    const { service } = await roomWithMeeting()
    expect((await service.getRoom()).on).toBe(false)
    const on = await service.setRoom({ on: true })
    expect(on.on).toBe(true)
    expect(on.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[A-Za-z0-9_-]{24}\/$/)
    expect(on.address).toBe('127.0.0.1')
    // Turning it on again keeps the same link (phones stay connected).
    expect((await service.setRoom({ on: true })).url).toBe(on.url)
  })

  it('sends phones the attendee view, with nothing private in it', async () => {
    const { service, phone, round } = await roomWithMeeting()
    await service.setRoom({ on: true })
    const p = await phone(1)
    await until(() => p.view() !== null)
    const view = lastView(p)
    expect(view.mode).toBe('ideas')
    expect(view.round?.prompt).toBe(round.prompt.replaceAll('{customer}', 'our customer'))
    const everything = JSON.stringify(p.received)
    expect(everything).not.toContain('Ada Lovelace')
    expect(everything).not.toContain('A private email')
  })

  it('a phone idea lands in the round as an ordinary, undoable change marked as from the room', async () => {
    const { service, meetingId, phone, current, round } = await roomWithMeeting()
    await service.setRoom({ on: true })
    const p = await phone(1)
    const dept = (await current()).departments[1]!
    p.send({ t: 'profile', departmentId: dept.id, name: 'Sam' })
    const from = p.received.length
    p.send({ t: 'idea.add', text: '  Call churned customers  ', buildsOnId: null })
    await p.next((m) => m.t === 'sent')
    await until(() => lastView(p).ideas.length === 1)
    const [idea] = (await current()).ideas
    expect(idea).toMatchObject({
      text: 'Call churned customers',
      departmentId: dept.id,
      roundId: round.id,
      source: 'room',
      author: ''
    })
    const you = (await p.next(
      (m) => m.t === 'you' && m.you.ideas.length === 1 && p.received.indexOf(m) >= from
    )) as Extract<ServerMessage, { t: 'you' }>
    expect(you.you.ideas).toEqual([{ id: idea!.id, text: 'Call churned customers' }])

    // A second phone builds on it.
    const q = await phone(2)
    q.send({ t: 'profile', departmentId: dept.id, name: '' })
    q.send({ t: 'idea.add', text: 'Yes, and ask them why', buildsOnId: idea!.id })
    await until(() => lastView(q).ideas.length === 2)
    expect((await current()).ideas[1]).toMatchObject({ buildsOnId: idea!.id, source: 'room' })

    await service.undo(meetingId)
    await until(() => lastView(p).ideas.length === 1)
    expect((await current()).ideas).toHaveLength(1)
  })

  it('phones stay anonymous unless the facilitator asks for names', async () => {
    const { service, phone, current } = await roomWithMeeting()
    await service.setRoom({ on: true })
    const p = await phone(1)
    p.send({ t: 'profile', departmentId: (await current()).departments[0]!.id, name: 'Sam' })
    p.send({ t: 'idea.add', text: 'Anonymous idea', buildsOnId: null })
    await until(() => lastView(p).ideas.length === 1)
    await service.setRoom({ askNames: true })
    await until(() => p.askNames())
    p.send({ t: 'idea.add', text: 'Named idea', buildsOnId: null })
    await until(() => lastView(p).ideas.length === 2)
    expect((await current()).ideas.map((i) => [i.text, i.author])).toEqual([
      ['Anonymous idea', ''],
      ['Named idea', 'Sam']
    ])
    // The names stay off the phones' view either way.
    expect(JSON.stringify(lastView(p))).not.toContain('Sam')
  })

  it('bad input from a phone gets a clear refusal and changes nothing', async () => {
    const { service, phone, current } = await roomWithMeeting()
    await service.setRoom({ on: true })
    const p = await phone(1)
    let from = p.received.length
    p.send({ t: 'idea.add', text: 'No department yet', buildsOnId: null })
    expect(await errorAfter(p, from)).toMatchObject({ code: 'noDepartment' })
    p.send({ t: 'profile', departmentId: (await current()).departments[0]!.id, name: '' })
    const cases: Array<[object, string]> = [
      [{ t: 'idea.add', text: '   ', buildsOnId: null }, 'empty'],
      [{ t: 'idea.add', text: 'x'.repeat(281), buildsOnId: null }, 'tooLong'],
      [{ t: 'idea.add', text: 'Builds on nothing', buildsOnId: 'no-such-idea' }, 'unknownIdea'],
      [{ t: 'idea.edit', id: 'someone-else', text: 'Mine now' }, 'notYours'],
      [{ t: 'vote', ideaId: 'x', delta: 1 }, 'notNow'],
      [{ t: 'profile', departmentId: 'made-up', name: '' }, 'noDepartment']
    ]
    for (const [message, code] of cases) {
      from = p.received.length
      p.send(message as never)
      expect(await errorAfter(p, from), code).toMatchObject({ code })
    }
    expect((await current()).ideas).toEqual([])
  })

  it('a phone reconnecting with its device id keeps its ideas and can still edit them', async () => {
    const { service, phone, current } = await roomWithMeeting()
    await service.setRoom({ on: true })
    const p = await phone(3)
    p.send({ t: 'profile', departmentId: (await current()).departments[0]!.id, name: '' })
    p.send({ t: 'idea.add', text: 'Shorter forms', buildsOnId: null })
    await p.next((m) => m.t === 'sent')
    p.socket.terminate()
    const again = await phone(3)
    const you = (await again.next((m) => m.t === 'you')) as Extract<ServerMessage, { t: 'you' }>
    const id = (await current()).ideas[0]!.id
    expect(you.you.ideas).toEqual([{ id, text: 'Shorter forms' }])
    again.send({ t: 'idea.edit', id, text: 'Much shorter forms' })
    await until(() => lastView(again).ideas[0]?.text === 'Much shorter forms')
    expect((await current()).ideas[0]!.text).toBe('Much shorter forms')
  })

  it('in Converge, phone dots are the tallies and each phone stays within its dots', async () => {
    const { service, run, phone, current } = await roomWithMeeting()
    await service.setRoom({ on: true })
    const p = await phone(1)
    const q = await phone(2)
    const dept = (await current()).departments[0]!.id
    for (const x of [p, q]) x.send({ t: 'profile', departmentId: dept, name: '' })
    p.send({ t: 'idea.add', text: 'Idea A', buildsOnId: null })
    p.send({ t: 'idea.add', text: 'Idea B', buildsOnId: null })
    await until(() => lastView(p).ideas.length === 2)
    await run({ type: 'voteBudget.set', budget: 2 })
    await run({ type: 'run.goto', stage: 'converge' })
    await until(() => lastView(p).mode === 'vote')
    const [a, b] = (await current()).ideas
    for (let i = 0; i < 2; i++) p.send({ t: 'vote', ideaId: a!.id, delta: 1 })
    const from = p.received.length
    p.send({ t: 'vote', ideaId: b!.id, delta: 1 })
    expect(await errorAfter(p, from)).toMatchObject({ code: 'noDots' })
    q.send({ t: 'vote', ideaId: a!.id, delta: 1 })
    q.send({ t: 'vote', ideaId: b!.id, delta: 1 })
    // Moving a dot: off A, onto B.
    p.send({ t: 'vote', ideaId: a!.id, delta: -1 })
    p.send({ t: 'vote', ideaId: b!.id, delta: 1 })
    await until(() => {
      const you = p.received.filter((m) => m.t === 'you').at(-1)
      return you?.you.votes[b!.id] === 1
    })
    await until(() => q.received.filter((m) => m.t === 'you').length >= 3)
    const ideas = (await current()).ideas
    expect(ideas.map((i) => i.votes)).toEqual([2, 2])
  })

  it('with moderation on, a phone idea waits for approval and only then reaches the meeting', async () => {
    const { service, room, phone, current, statuses, projected } = await roomWithMeeting()
    await service.setRoom({ on: true, moderation: true })
    const p = await phone(1)
    p.send({ t: 'profile', departmentId: (await current()).departments[0]!.id, name: '' })
    p.send({ t: 'idea.add', text: 'Waits for approval', buildsOnId: null })
    expect(await p.next((m) => m.t === 'sent')).toEqual({ t: 'sent', pending: true })
    await until(() => statuses.at(-1)?.pending.length === 1)
    expect((await current()).ideas).toEqual([])
    expect(lastView(p).ideas).toEqual([])
    // The projector window never learns of ideas waiting for approval.
    expect(projected.at(-1)).toMatchObject({ on: true, pending: [] })
    expect(await room.getRoom({ audience: 'projector' })).toMatchObject({
      pending: [],
      addresses: []
    })
    const [waiting] = statuses.at(-1)!.pending
    await service.moderateRoomIdea(waiting!.id, 'approve')
    expect((await current()).ideas.map((i) => i.text)).toEqual(['Waits for approval'])
    await until(() => lastView(p).ideas.length === 1)
  })

  it('locking the room keeps its phones and refuses new ones', async () => {
    const { service, phone } = await roomWithMeeting()
    await service.setRoom({ on: true })
    const p = await phone(1)
    await service.setRoom({ locked: true })
    const stranger = await phone(2)
    expect(await stranger.closed).toBe(4003)
    expect(p.socket.readyState).toBe(p.socket.OPEN)
    expect((await service.getRoom()).phones).toBe(1)
  })

  it('turning room join off or changing meeting closes every phone and kills the token', async () => {
    const { service, phone } = await roomWithMeeting()
    const first = await service.setRoom({ on: true })
    const p = await phone(1)
    await service.setRoom({ on: false })
    expect(await p.closed).toBeGreaterThan(0)
    const port = Number(new URL(first.url!).port)
    expect(await tcpRefused(port)).toBe(true)

    const second = await service.setRoom({ on: true })
    expect(second.url).not.toBe(first.url)
    const q = await phone(2)
    const other = await service.createMeeting('Another', { kind: 'template' })
    await service.setPresentation({ meetingId: other.meetingId })
    expect(await q.closed).toBeGreaterThan(0)
    expect((await service.getRoom()).on).toBe(false)
  })
})

function tcpRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
}
