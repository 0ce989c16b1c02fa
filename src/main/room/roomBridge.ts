import type { CommandReceipt, PresentationState, WindowSnapshot } from '../../shared/ipc/contract'
import type { Caller } from '../../shared/ipc/dispatch'
import type { LivePatch } from '../../shared/live/messages'
import { adoptSnapshot, follow } from '../../shared/live/follow'
import type { LiveCopy } from '../../shared/live/follow'
import type { AudienceFeed, AudienceView } from '../../shared/live/stream'
import type { Command } from '../../shared/meeting/commands/schema'
import type { Meeting } from '../../shared/meeting/schema'
import { addressCandidates, pickAddress } from '../../shared/room/addressPicker'
import type { NetworkInterfaces } from '../../shared/room/addressPicker'
import { attendeeView, deviceView } from '../../shared/room/attendeeView'
import type { DeviceRecord } from '../../shared/room/attendeeView'
import { moveDot, tally } from '../../shared/room/dots'
import { ROOM_LIMITS } from '../../shared/room/protocol'
import type { AttendeeView, PhoneErrorCode, PhoneMessage } from '../../shared/room/protocol'
import { ROOM_OFF, roomForProjector } from '../../shared/room/status'
import type { PendingRoomIdea, RoomPatch, RoomStatus } from '../../shared/room/status'
import type { ErrorReason } from '../../shared/result'
import { AppFailure } from '../../shared/result'
import type { RoomHost, RoomHostConfig } from './roomHost'

/** The change stream's audience name for the phones. */
export const ATTENDEE_AUDIENCE = 'attendee'

/** What the bridge needs of the meeting service: the phones' audience, the meeting, its commands. */
export interface RoomMeetings {
  registerAudience(name: string, view: AudienceView<AttendeeView>): AudienceFeed<AttendeeView>
  openMeeting(meetingId: string): Promise<WindowSnapshot<'facilitator'>>
  applyCommand(meetingId: string, command: Command): Promise<CommandReceipt>
}

export interface RoomBridgeDeps {
  /** The meeting service (given late: the service is built with the bridge's broadcast tap). */
  meetings: () => RoomMeetings
  host: RoomHost
  listInterfaces: () => NetworkInterfaces
  /** A fresh session token, ≥ 128 bits, URL-safe. */
  newToken: () => string
  newId: () => string
  /** Tells every app window the room's status (roomChanged). */
  publish: (status: RoomStatus) => void
  limits?: RoomHostConfig['limits']
}

/** The Api methods room join adds (the facilitator's controls). */
export interface RoomControl {
  getRoom(caller?: Caller): Promise<RoomStatus>
  setRoom(patch: RoomPatch): Promise<RoomStatus>
  moderateRoomIdea(pendingId: string, decision: 'approve' | 'reject'): Promise<RoomStatus>
}

export interface RoomBridge extends RoomControl {
  /** The presentation changed: the phones follow the presented meeting (and wait while it is blank). */
  presentationChanged(presentation: PresentationState): void
  close(): Promise<void>
}

class PhoneRefusal extends Error {
  constructor(
    readonly code: PhoneErrorCode,
    readonly reason?: ErrorReason
  ) {
    super(code)
  }
}

interface Pending extends PendingRoomIdea {
  deviceId: string
  roundId: string
  author: string
}

/**
 * The one adapter between the room (phones) and the meeting service. The phones are the change
 * stream's third audience: their view (attendeeView) is computed in main from each accepted change,
 * and only its patches travel to the phones, so a field it leaves out cannot reach one. Phone
 * messages become ordinary meeting commands, so undo, saving, search, the windows and the minutes see
 * phone ideas and votes like any other change. Each phone's dot budget is enforced here.
 */
export function createRoomBridge(deps: RoomBridgeDeps): RoomBridge {
  let status: RoomStatus = ROOM_OFF
  let meetingId: string | null = null
  /** The attendee view the phones hold (same revision), or null while none was taken. */
  let copy: LiveCopy<AttendeeView> | null = null
  let feed: AudienceFeed<AttendeeView> | null = null
  const devices = new Map<string, DeviceRecord>()
  const pending: Pending[] = []
  const view = (): AttendeeView | null => copy?.view ?? null

  const publish = (next: Partial<RoomStatus>): RoomStatus => {
    status = {
      ...status,
      ...next,
      pending: pending.map(({ id, text, departmentId, buildsOnId }) => ({
        id,
        text,
        departmentId,
        buildsOnId
      }))
    }
    deps.publish(status)
    return status
  }

  /** Each revision of the attendee view reaches the phones as its patches, in order. */
  const onPatch = (message: LivePatch): void => {
    if (!status.on || message.meetingId !== meetingId) return
    const followed = follow(copy, message)
    if (followed.kind === 'applied') {
      copy = followed.copy
      deps.host.broadcast({ t: 'patch', patch: message })
    } else if (followed.kind === 'gap') resync()
  }

  const attendees = (): AudienceFeed<AttendeeView> => {
    if (!feed) {
      feed = deps.meetings().registerAudience(ATTENDEE_AUDIENCE, attendeeView)
      feed.subscribe(onPatch)
    }
    return feed
  }

  /** Takes the whole view (on turning on, a meeting switch or a gap) and gives it to every phone. */
  const resync = (): void => {
    const id = meetingId
    if (!status.on || !id) return
    void attendees()
      .snapshot(id)
      .then((snapshot) => {
        if (!status.on || meetingId !== id) return
        copy = adoptSnapshot(copy, snapshot)
        deps.host.broadcast({ t: 'view', snapshot: copy })
      })
      .catch(() => undefined)
  }

  const currentMeeting = async (): Promise<Meeting> => {
    if (!meetingId) throw new PhoneRefusal('notNow')
    return (await deps.meetings().openMeeting(meetingId)).view.meeting
  }

  const sendYou = (deviceId: string): void => {
    const device = devices.get(deviceId)
    if (!device) return
    void currentMeeting()
      .then((meeting) => deps.host.send(deviceId, { t: 'you', you: deviceView(meeting, device) }))
      .catch(() => undefined)
  }

  const device = (deviceId: string): DeviceRecord => {
    let record = devices.get(deviceId)
    if (!record) {
      record = { departmentId: null, name: '', ideaIds: [], pending: [], votes: {} }
      devices.set(deviceId, record)
    }
    return record
  }

  const stop = async (): Promise<void> => {
    copy = null
    await deps.host.stop()
  }

  /** A phone's change, as an ordinary command on the meeting; the ids it made. */
  const apply = async (command: Command): Promise<string[]> => {
    if (!meetingId) throw new PhoneRefusal('notNow')
    try {
      return (await deps.meetings().applyCommand(meetingId, command)).newIds
    } catch (error) {
      if (error instanceof AppFailure) throw new PhoneRefusal('invalid', error.reason)
      throw error
    }
  }

  const checkedText = (raw: string): string => {
    const text = raw.trim()
    if (text === '') throw new PhoneRefusal('empty')
    if ([...text].length > ROOM_LIMITS.ideaChars) throw new PhoneRefusal('tooLong')
    return text
  }

  const visible = (ideaId: string): boolean => view()?.ideas.some((i) => i.id === ideaId) ?? false

  async function handle(deviceId: string, message: PhoneMessage): Promise<void> {
    const me = device(deviceId)
    const now = view()
    switch (message.t) {
      case 'resync': {
        if (copy) deps.host.send(deviceId, { t: 'view', snapshot: copy })
        return
      }
      case 'profile': {
        const departmentId = message.departmentId
        if (departmentId !== null && !now?.departments.some((d) => d.id === departmentId))
          throw new PhoneRefusal('noDepartment')
        me.departmentId = departmentId
        me.name = message.name.trim().slice(0, ROOM_LIMITS.nameChars)
        return
      }
      case 'idea.add': {
        if (now?.mode !== 'ideas' || !now.round) throw new PhoneRefusal('notNow')
        const text = checkedText(message.text)
        if (!me.departmentId) throw new PhoneRefusal('noDepartment')
        if (message.buildsOnId !== null && !visible(message.buildsOnId))
          throw new PhoneRefusal('unknownIdea')
        const author = status.askNames ? me.name : ''
        if (status.moderation) {
          const id = deps.newId()
          const entry: Pending = {
            id,
            deviceId,
            text,
            departmentId: me.departmentId,
            buildsOnId: message.buildsOnId,
            roundId: now.round.id,
            author
          }
          pending.push(entry)
          me.pending.push({ id, text })
          publish({})
          deps.host.send(deviceId, { t: 'sent', pending: true })
          return
        }
        const [added] = await apply({
          type: 'idea.add',
          roundId: now.round.id,
          departmentId: me.departmentId,
          text,
          author,
          buildsOnId: message.buildsOnId,
          source: 'room'
        })
        if (added) me.ideaIds.push(added)
        deps.host.send(deviceId, { t: 'sent', pending: false })
        return
      }
      case 'idea.edit': {
        if (!me.ideaIds.includes(message.id)) throw new PhoneRefusal('notYours')
        await apply({ type: 'idea.update', id: message.id, text: checkedText(message.text) })
        return
      }
      case 'vote': {
        if (now?.mode !== 'vote') throw new PhoneRefusal('notNow')
        if (!visible(message.ideaId)) throw new PhoneRefusal('unknownIdea')
        const votes = moveDot(me.votes, message.ideaId, message.delta, now.dotsPerPerson)
        if (!votes) throw new PhoneRefusal('noDots')
        me.votes = votes
        try {
          await apply({
            type: 'votes.set',
            target: 'idea',
            id: message.ideaId,
            votes: tally(devices.values(), message.ideaId)
          })
        } catch (error) {
          // Take back just this dot (other dots may have moved meanwhile).
          me.votes =
            moveDot(me.votes, message.ideaId, message.delta === 1 ? -1 : 1, Infinity) ?? me.votes
          throw error
        }
        return
      }
    }
  }

  /*
   * Messages are not queued behind each other's durable save (the service's writer coalesces
   * concurrent saves). Every check and every change to a phone's record happens synchronously before
   * handle's first await, so two dots from one phone can never both pass the budget.
   */
  const onMessage = (deviceId: string, message: PhoneMessage): void => {
    void handle(deviceId, message).then(
      () => {
        if (message.t !== 'resync') sendYou(deviceId)
      },
      (error: unknown) => {
        const refusal =
          error instanceof PhoneRefusal ? error : new PhoneRefusal('invalid', undefined)
        deps.host.send(deviceId, {
          t: 'error',
          code: refusal.code,
          ...(refusal.reason ? { reason: refusal.reason } : {})
        })
      }
    )
  }

  const turnOn = async (address: string | null): Promise<RoomStatus> => {
    const interfaces = deps.listInterfaces()
    const addresses = addressCandidates(interfaces)
    if (!meetingId) {
      throw new AppFailure('invalid_input', { key: 'roomNeedsMeeting' })
    }
    const chosen = pickAddress(interfaces, address)
    if (!chosen) {
      return publish({
        ...ROOM_OFF,
        addresses,
        problem: { key: 'roomNoNetwork' }
      })
    }
    await stop()
    try {
      const { url } = await deps.host.start(
        { host: chosen.address, token: deps.newToken(), limits: deps.limits },
        {
          joined: (deviceId) => {
            if (copy) deps.host.send(deviceId, { t: 'view', snapshot: copy })
            deps.host.send(deviceId, { t: 'room', askNames: status.askNames })
            device(deviceId)
            sendYou(deviceId)
          },
          message: onMessage,
          phones: (phones) => publish({ phones })
        }
      )
      deps.host.setLocked(status.locked)
      const next = publish({
        on: true,
        url,
        addresses,
        address: chosen.address,
        phones: 0,
        problem: null
      })
      resync()
      return next
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return publish({
        ...ROOM_OFF,
        addresses,
        problem: { key: 'roomStartFailed', address: chosen.address, detail }
      })
    }
  }

  const turnOff = async (): Promise<RoomStatus> => {
    await stop()
    return publish({ on: false, url: null, phones: 0, locked: false, joinSlide: false })
  }

  /** A different meeting (or none): the old token dies with every connection, phones start over. */
  const switchMeeting = (next: string | null): void => {
    if (next === meetingId) return
    meetingId = next
    copy = null
    devices.clear()
    pending.length = 0
    if (status.on) void turnOff()
  }

  return {
    getRoom: (caller) => {
      if (caller?.audience === 'projector') return Promise.resolve(roomForProjector(status))
      return Promise.resolve(
        status.on ? status : { ...status, addresses: addressCandidates(deps.listInterfaces()) }
      )
    },

    async setRoom(patch) {
      if (patch.moderation !== undefined || patch.askNames !== undefined) {
        publish({
          ...(patch.moderation !== undefined ? { moderation: patch.moderation } : {}),
          ...(patch.askNames !== undefined ? { askNames: patch.askNames } : {})
        })
        if (status.on) deps.host.broadcast({ t: 'room', askNames: status.askNames })
      }
      if (patch.joinSlide !== undefined) publish({ joinSlide: patch.joinSlide })
      if (patch.locked !== undefined) {
        deps.host.setLocked(patch.locked)
        publish({ locked: patch.locked })
      }
      if (patch.on === false) return turnOff()
      if (patch.address !== undefined && !status.on && patch.on !== true) {
        return publish({ address: patch.address })
      }
      // Already on at that address: keep the token, so phones are not all disconnected.
      const address = patch.address ?? status.address
      if (status.on && address === status.address) return status
      if (patch.on === true || (status.on && patch.address !== undefined)) {
        return turnOn(patch.address ?? status.address)
      }
      return status
    },

    async moderateRoomIdea(pendingId, decision) {
      const index = pending.findIndex((p) => p.id === pendingId)
      const entry = pending[index]
      if (!entry) throw new AppFailure('not_found', { key: 'roomIdeaNotWaiting' })
      pending.splice(index, 1)
      const owner = devices.get(entry.deviceId)
      if (owner) owner.pending = owner.pending.filter((p) => p.id !== pendingId)
      if (decision === 'approve') {
        try {
          const [added] = await apply({
            type: 'idea.add',
            roundId: entry.roundId,
            departmentId: entry.departmentId,
            text: entry.text,
            author: entry.author,
            buildsOnId: entry.buildsOnId,
            source: 'room'
          })
          if (added && owner) owner.ideaIds.push(added)
        } catch (error) {
          // Put it back: the facilitator's approval failed, the idea must not vanish.
          pending.splice(index, 0, entry)
          owner?.pending.push({ id: entry.id, text: entry.text })
          throw error instanceof PhoneRefusal
            ? new AppFailure('invalid_input', error.reason ?? { key: 'roomIdeaNotAdded' })
            : error
        }
      }
      sendYou(entry.deviceId)
      return publish({})
    },

    presentationChanged(presentation) {
      switchMeeting(presentation.meetingId)
      // Blanking and unblanking reach the phones as patches of their view (mode: waiting).
      if (status.on && !copy) resync()
    },

    async close() {
      await stop()
    }
  }
}
