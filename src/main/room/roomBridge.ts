import type { ApiEventName, ApiEvents, MeetingState } from '../../shared/ipc/contract'
import type { Command } from '../../shared/meeting/commands/schema'
import type { Meeting } from '../../shared/meeting/schema'
import { addressCandidates, pickAddress } from '../../shared/room/addressPicker'
import type { NetworkInterfaces } from '../../shared/room/addressPicker'
import { attendeeView, deviceView } from '../../shared/room/attendeeView'
import type { DeviceRecord } from '../../shared/room/attendeeView'
import { moveDot, tally } from '../../shared/room/dots'
import { ROOM_LIMITS } from '../../shared/room/protocol'
import type { AttendeeView, PhoneErrorCode, PhoneMessage } from '../../shared/room/protocol'
import { ROOM_OFF } from '../../shared/room/status'
import type { PendingRoomIdea, RoomPatch, RoomStatus } from '../../shared/room/status'
import { AppFailure } from '../../shared/result'
import type { RoomHost, RoomHostConfig } from './roomHost'

/** What the bridge needs of the meeting service: the only two calls phones cause. */
export interface RoomMeetings {
  openMeeting(meetingId: string): Promise<MeetingState>
  applyCommand(meetingId: string, command: Command): Promise<MeetingState>
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
  getRoom(): Promise<RoomStatus>
  setRoom(patch: RoomPatch): Promise<RoomStatus>
  moderateRoomIdea(pendingId: string, decision: 'approve' | 'reject'): Promise<RoomStatus>
}

export interface RoomBridge extends RoomControl {
  /** Every event main broadcasts to the windows, so phones follow the same accepted changes. */
  observe<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void
  close(): Promise<void>
}

class PhoneRefusal extends Error {
  constructor(
    readonly code: PhoneErrorCode,
    readonly detail?: string
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
 * The one adapter between the room (phones) and the meeting service. It pushes the attendee view
 * on each accepted meeting change, and turns phone messages into ordinary meeting commands, so undo,
 * saving, the windows and the minutes see phone ideas and votes like any other change. Each phone's
 * dot budget is enforced here. Nothing else in main touches both.
 */
export function createRoomBridge(deps: RoomBridgeDeps): RoomBridge {
  let status: RoomStatus = ROOM_OFF
  let meetingId: string | null = null
  let meeting: Meeting | null = null
  let blank = false
  let lastView = ''
  let view: AttendeeView | null = null
  const devices = new Map<string, DeviceRecord>()
  const pending: Pending[] = []

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

  const pushView = (): void => {
    if (!status.on || !meeting) return
    view = attendeeView(meeting, { blank }, status)
    const json = JSON.stringify(view)
    // Timer ticks and facilitator-only edits change nothing a phone sees: send nothing then.
    if (json === lastView) return
    lastView = json
    deps.host.broadcast({ t: 'view', view })
  }

  const sendYou = (deviceId: string): void => {
    const device = devices.get(deviceId)
    if (device && meeting) deps.host.send(deviceId, { t: 'you', you: deviceView(meeting, device) })
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
    lastView = ''
    await deps.host.stop()
  }

  const apply = async (command: Command): Promise<Meeting> => {
    if (!meetingId) throw new PhoneRefusal('notNow')
    try {
      const state = await deps.meetings().applyCommand(meetingId, command)
      meeting = state.meeting
      return state.meeting
    } catch (error) {
      if (error instanceof AppFailure) throw new PhoneRefusal('invalid', error.message)
      throw error
    }
  }

  const checkedText = (raw: string): string => {
    const text = raw.trim()
    if (text === '') throw new PhoneRefusal('empty')
    if ([...text].length > ROOM_LIMITS.ideaChars) throw new PhoneRefusal('tooLong')
    return text
  }

  const visible = (ideaId: string): boolean => view?.ideas.some((i) => i.id === ideaId) ?? false

  async function handle(deviceId: string, message: PhoneMessage): Promise<void> {
    const me = device(deviceId)
    switch (message.t) {
      case 'profile': {
        const departmentId = message.departmentId
        if (departmentId !== null && !meeting?.departments.some((d) => d.id === departmentId))
          throw new PhoneRefusal('noDepartment')
        me.departmentId = departmentId
        me.name = message.name.trim().slice(0, ROOM_LIMITS.nameChars)
        return
      }
      case 'idea.add': {
        if (view?.mode !== 'ideas' || !view.round) throw new PhoneRefusal('notNow')
        const text = checkedText(message.text)
        if (!me.departmentId) throw new PhoneRefusal('noDepartment')
        if (message.buildsOnId !== null && !visible(message.buildsOnId))
          throw new PhoneRefusal('unknownIdea')
        const author = view.askNames ? me.name : ''
        if (status.moderation) {
          const id = deps.newId()
          const entry: Pending = {
            id,
            deviceId,
            text,
            departmentId: me.departmentId,
            buildsOnId: message.buildsOnId,
            roundId: view.round.id,
            author
          }
          pending.push(entry)
          me.pending.push({ id, text })
          publish({})
          deps.host.send(deviceId, { t: 'sent', pending: true })
          return
        }
        const after = await apply({
          type: 'idea.add',
          roundId: view.round.id,
          departmentId: me.departmentId,
          text,
          author,
          buildsOnId: message.buildsOnId,
          source: 'room'
        })
        const added = after.ideas[after.ideas.length - 1]
        if (added) me.ideaIds.push(added.id)
        deps.host.send(deviceId, { t: 'sent', pending: false })
        return
      }
      case 'idea.edit': {
        if (!me.ideaIds.includes(message.id)) throw new PhoneRefusal('notYours')
        await apply({ type: 'idea.update', id: message.id, text: checkedText(message.text) })
        return
      }
      case 'vote': {
        if (view?.mode !== 'vote' || !meeting) throw new PhoneRefusal('notNow')
        if (!visible(message.ideaId)) throw new PhoneRefusal('unknownIdea')
        const votes = moveDot(me.votes, message.ideaId, message.delta, meeting.voteBudget)
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
      () => sendYou(deviceId),
      (error: unknown) => {
        const refusal =
          error instanceof PhoneRefusal ? error : new PhoneRefusal('invalid', undefined)
        deps.host.send(deviceId, {
          t: 'error',
          code: refusal.code,
          ...(refusal.detail ? { detail: refusal.detail } : {})
        })
      }
    )
  }

  const turnOn = async (address: string | null): Promise<RoomStatus> => {
    const interfaces = deps.listInterfaces()
    const addresses = addressCandidates(interfaces)
    if (!meetingId || !meeting) {
      throw new AppFailure('invalid_input', 'Open a meeting before letting the room join.')
    }
    const chosen = pickAddress(interfaces, address)
    if (!chosen) {
      return publish({
        ...ROOM_OFF,
        addresses,
        problem: 'This computer is on no network. Join the room’s Wi-Fi, then try again.'
      })
    }
    await stop()
    try {
      const { url } = await deps.host.start(
        { host: chosen.address, token: deps.newToken(), limits: deps.limits },
        {
          joined: (deviceId) => {
            if (view) deps.host.send(deviceId, { t: 'view', view })
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
      pushView()
      return next
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return publish({
        ...ROOM_OFF,
        addresses,
        problem: `Room join could not start on ${chosen.address} (${reason}). Try another address.`
      })
    }
  }

  const turnOff = async (): Promise<RoomStatus> => {
    await stop()
    return publish({ on: false, url: null, phones: 0, locked: false })
  }

  /** A different meeting (or none): the old token dies with every connection, phones start over. */
  const switchMeeting = (next: string | null): void => {
    if (next === meetingId) return
    meetingId = next
    meeting = null
    view = null
    devices.clear()
    pending.length = 0
    if (status.on) void turnOff()
    if (next) {
      void deps
        .meetings()
        .openMeeting(next)
        .then((state) => {
          if (meetingId === next) meeting = state.meeting
        })
        .catch(() => undefined)
    }
  }

  return {
    getRoom: () =>
      Promise.resolve(
        status.on ? status : { ...status, addresses: addressCandidates(deps.listInterfaces()) }
      ),

    async setRoom(patch) {
      if (patch.moderation !== undefined || patch.askNames !== undefined) {
        publish({
          ...(patch.moderation !== undefined ? { moderation: patch.moderation } : {}),
          ...(patch.askNames !== undefined ? { askNames: patch.askNames } : {})
        })
        pushView()
      }
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
      if (!entry) throw new AppFailure('not_found', 'That idea is no longer waiting.')
      pending.splice(index, 1)
      const owner = devices.get(entry.deviceId)
      if (owner) owner.pending = owner.pending.filter((p) => p.id !== pendingId)
      if (decision === 'approve') {
        try {
          const after = await apply({
            type: 'idea.add',
            roundId: entry.roundId,
            departmentId: entry.departmentId,
            text: entry.text,
            author: entry.author,
            buildsOnId: entry.buildsOnId,
            source: 'room'
          })
          const added = after.ideas[after.ideas.length - 1]
          if (added && owner) owner.ideaIds.push(added.id)
        } catch (error) {
          // Put it back: the facilitator's approval failed, the idea must not vanish.
          pending.splice(index, 0, entry)
          owner?.pending.push({ id: entry.id, text: entry.text })
          throw error instanceof PhoneRefusal
            ? new AppFailure('invalid_input', error.detail ?? 'That idea could not be added.')
            : error
        }
      }
      sendYou(entry.deviceId)
      return publish({})
    },

    observe(event, payload) {
      if (event === 'presentationChanged') {
        const presentation = payload as ApiEvents['presentationChanged']
        blank = presentation.blank
        switchMeeting(presentation.meetingId)
        pushView()
      } else if (event === 'meetingChanged') {
        const state = payload as ApiEvents['meetingChanged']
        if (state.meeting.id !== meetingId) return
        meeting = state.meeting
        pushView()
      }
    },

    async close() {
      await stop()
    }
  }
}
