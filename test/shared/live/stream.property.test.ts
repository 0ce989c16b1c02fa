import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PresentationState } from '../../../src/shared/ipc/contract'
import { INITIAL_PRESENTATION } from '../../../src/shared/ipc/contract'
import { adoptSnapshot, follow } from '../../../src/shared/live/follow'
import type { LiveCopy } from '../../../src/shared/live/follow'
import type { LivePatch } from '../../../src/shared/live/messages'
import { LiveStream } from '../../../src/shared/live/stream'
import { registerWindowAudiences } from '../../../src/shared/live/windowAudiences'
import { meetingAfter } from '../../../src/shared/meeting/apply'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import { record, redo, startHistory, undo } from '../../../src/shared/meeting/history'
import type { History } from '../../../src/shared/meeting/history'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { projectorView } from '../../../src/shared/projector/view'
import { freshMeeting } from '../support'

/** A private story field's text: it must never reach the projector's audience. */
const SECRET = 'Private: his home number 555-0199'

/** One step of a facilitator's session, chosen by fast-check. */
type Step =
  | { kind: 'add'; text: string; dept: number; round: number }
  | { kind: 'edit'; pick: number; text: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'theme'; name: string; picks: number[] }
  | { kind: 'vote'; pick: number; votes: number }
  | { kind: 'goto'; stage: 'story' | 'rounds' | 'converge'; round: number }
  | { kind: 'story'; secretPrivate: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'present'; on: boolean }

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== '')
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      text,
      dept: fc.nat(9),
      round: fc.nat(3)
    })
  },
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), text }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('theme' as const),
    name: text,
    picks: fc.array(fc.nat(), { maxLength: 3 })
  }),
  fc.record({ kind: fc.constant('vote' as const), pick: fc.nat(), votes: fc.nat(3) }),
  fc.record({
    kind: fc.constant('goto' as const),
    stage: fc.constantFrom('story' as const, 'rounds' as const, 'converge' as const),
    round: fc.nat(3)
  }),
  fc.record({ kind: fc.constant('story' as const), secretPrivate: fc.boolean() }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.record({ kind: fc.constant('present' as const), on: fc.boolean() })
)

/** Whether a window misses a message: rarely, so most patches are applied and checked. */
const dropped = fc.nat(9).map((n) => n === 0)

const at = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length]

/** The commands a step makes of the meeting as it is (a batch for a theme over several ideas). */
function commandsFor(meeting: Meeting, s: Step): Command[] {
  const idea = (n: number) => at(meeting.ideas, n)
  switch (s.kind) {
    case 'add':
      return [
        {
          type: 'idea.add',
          roundId: at(meeting.rounds, s.round)!.id,
          departmentId: at(meeting.departments, s.dept)!.id,
          text: s.text
        }
      ]
    case 'edit':
      return idea(s.pick) ? [{ type: 'idea.update', id: idea(s.pick)!.id, text: s.text }] : []
    case 'delete':
      return idea(s.pick) ? [{ type: 'idea.delete', id: idea(s.pick)!.id }] : []
    case 'theme': {
      const ids = [...new Set(s.picks.map((n) => idea(n)?.id).filter((i): i is string => !!i))]
      return [{ type: 'theme.add', name: s.name, ideaIds: ids }]
    }
    case 'vote':
      return idea(s.pick)
        ? [{ type: 'votes.set', target: 'idea', id: idea(s.pick)!.id, votes: s.votes }]
        : []
    case 'goto':
      return [{ type: 'run.goto', stage: s.stage, roundId: at(meeting.rounds, s.round)!.id }]
    case 'story':
      // The secret is always marked private; a public channel says something else.
      return [
        {
          type: 'story.update',
          patch: s.secretPrivate
            ? { channel: SECRET, privateFields: ['channel'] }
            : { channel: 'By phone', privateFields: [] }
        }
      ]
    default:
      return []
  }
}

/** A window following one audience's stream; it may miss messages (a gap) and then resyncs. */
class Window {
  copy: LiveCopy<object> | null = null
  received: LivePatch[] = []
  constructor(
    readonly stream: LiveStream,
    readonly audience: string,
    readonly meetingId: string
  ) {}
  async start() {
    this.copy = (await this.stream.snapshot(this.meetingId, this.audience)) as LiveCopy<object>
  }
  async receive(message: LivePatch, dropped: boolean) {
    this.received.push(message)
    if (dropped || !this.copy) return
    const followed = follow(this.copy, message)
    if (followed.kind === 'applied') this.copy = followed.copy
    else if (followed.kind === 'gap') await this.resync()
  }
  async resync() {
    const snapshot = await this.stream.snapshot(this.meetingId, this.audience)
    this.copy = this.copy
      ? adoptSnapshot(this.copy, snapshot as LiveCopy<object>)
      : (snapshot as LiveCopy<object>)
  }
}

describe('the live stream, property: a window applying the patches ends where main is', () => {
  it('after any command sequence, with dropped messages, resyncs and presentation changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(step, dropped, dropped), { minLength: 1, maxLength: 40 }),
        async (steps) => {
          const { meeting: start, ctx } = freshMeeting()
          let history: History = startHistory(start)
          let presentation: PresentationState = { ...INITIAL_PRESENTATION, meetingId: start.id }
          const source = () => ({
            meeting: history.present,
            canUndo: history.past.length > 0,
            canRedo: history.future.length > 0
          })
          const stream = new LiveStream(
            () => Promise.resolve(source()),
            () => presentation
          )
          const outbox: Array<{ message: LivePatch }> = []
          registerWindowAudiences(stream, (message) => outbox.push({ message }))
          const facilitator = new Window(stream, 'facilitator', start.id)
          const projector = new Window(stream, 'projector', start.id)
          await facilitator.start()
          await projector.start()

          for (const [s, dropFacilitator, dropProjector] of steps) {
            if (s.kind === 'present') {
              presentation = { ...presentation, meetingId: s.on ? start.id : null }
              stream.presentationChanged()
              // A projector told that the meeting is presented again takes a snapshot.
              if (s.on) await projector.resync()
            } else {
              const next =
                s.kind === 'undo'
                  ? undo(history, ctx.now())
                  : s.kind === 'redo'
                    ? redo(history, ctx.now())
                    : null
              if (next) {
                if (!next.ok) continue
                history = next.value
              } else {
                const commands = commandsFor(history.present, s)
                if (commands.length === 0) continue
                let meeting = history.present
                let refused = false
                for (const command of commands) {
                  const applied = meetingAfter(meeting, command, ctx)
                  if (!applied.ok) refused = true
                  else meeting = applied.value
                }
                if (refused) continue
                history = record(history, meeting)
              }
              stream.publish(start.id, source())
            }
            for (const { message } of outbox.splice(0)) {
              const window = message.audience === 'facilitator' ? facilitator : projector
              await window.receive(
                message,
                message.audience === 'facilitator' ? dropFacilitator : dropProjector
              )
            }
          }
          // A window that missed the last message learns of it from the reply's revision: it resyncs.
          for (const window of [facilitator, projector]) {
            if (window.copy!.rev < stream.rev(start.id, window.audience)) await window.resync()
          }
          expect(facilitator.copy!.view).toEqual(source())
          if (presentation.meetingId === start.id) {
            expect(projector.copy!.view).toEqual(projectorView(history.present))
          }
          // Nothing private ever went to the projector's audience (the secret is only ever private).
          expect(JSON.stringify(projector.received)).not.toContain(SECRET)
          expect(JSON.stringify(projector.copy)).not.toContain(SECRET)
        }
      ),
      { numRuns: 120 }
    )
  })
})
