/**
 * Crash-test child for a realistic meeting session: through the real meeting service and storage it
 * adds, edits, votes on, themes and deletes ideas, adds and updates actions, and undoes, one change
 * at a time as a facilitator would. After each change is durable it prints
 * `ACK <sha256 of the saved file>`; the parent (test/main/durability/sessionCrash.test.ts) kills it
 * with SIGKILL at random moments and checks the file is the last acknowledged version or the one
 * change in flight, whole.
 *
 * Usage: node sessionWriter.mjs <workspaceDir> <meetingId> <label>
 * Prints `READY <ideas in the meeting>` once the meeting is open.
 */
import { createHash } from 'node:crypto'
import { AppFailure } from '../../src/shared/result'
import { encodeMeeting } from '../../src/main/storage/meetingCodec'
import type { Command } from '../../src/shared/meeting/commands/schema'
import { startCrashChild } from './crashChild'
import type { Meeting } from '../../src/shared/meeting/schema'

const { meetingId, label, service, say } = startCrashChild('sessionWriter')
const pick = <T>(items: readonly T[]): T | undefined =>
  items[Math.floor(Math.random() * items.length)]
const TEXTS = [
  'Call the customer back within a day',
  'Offer the <b>fitting</b> in español & ελληνικά',
  'Send a thank-you video — “John’s daughter sang”',
  '<img src=x onerror=alert(1)> stays text'
]

/** The next change a facilitator might make to this meeting. */
function nextChange(m: Meeting, n: number): Command | 'undo' {
  const idea = pick(m.ideas)
  const roll = Math.random()
  const department = pick(m.departments)!
  if (roll < 0.35 || !idea) {
    return {
      type: 'idea.add',
      roundId: pick(m.rounds)!.id,
      departmentId: department.id,
      text: `${label}-${n} ${pick(TEXTS)!}`
    }
  }
  if (roll < 0.5)
    return { type: 'idea.update', id: idea.id, text: `${idea.text.slice(0, 60)} (edited ${n})` }
  if (roll < 0.7)
    return { type: 'votes.set', target: 'idea', id: idea.id, votes: Math.floor(Math.random() * 6) }
  if (roll < 0.75) {
    const theme = pick(m.themes)
    if (theme) return { type: 'idea.setTheme', ideaId: idea.id, themeId: theme.id }
    return { type: 'theme.add', name: `Theme ${n}`, ideaIds: [idea.id] }
  }
  if (roll < 0.78) return { type: 'idea.delete', id: idea.id }
  const action = pick(m.actions)
  if (roll < 0.9 || !action) {
    return {
      type: 'action.add',
      what: `Follow up on ${idea.text.slice(0, 40)}`,
      owner: 'Maria',
      departmentId: department.id,
      dueDate: '2027-01-15',
      priority: pick(['high', 'medium', 'low'] as const)!,
      customerBenefit: 'Customers hear back the same week.',
      metric: {
        kind: 'nps',
        customName: '',
        baseline: '31',
        target: '40',
        measureOn: '2027-03-31'
      },
      sourceIdeaIds: [idea.id]
    }
  }
  if (roll < 0.97) return { type: 'action.update', id: action.id, patch: { owner: `Owner ${n}` } }
  return 'undo'
}

async function main(): Promise<void> {
  let { meeting } = (await service.openMeeting(meetingId)).view
  say(`READY ${meeting.ideas.length}`)
  for (let n = 0; ; n++) {
    const change = nextChange(meeting, n)
    try {
      if (change === 'undo') await service.undo(meetingId)
      else await service.commitCommand(meetingId, change)
      meeting = (await service.openMeeting(meetingId)).view.meeting
      say(`ACK ${createHash('sha256').update(encodeMeeting(meeting)).digest('hex')}`)
    } catch (error) {
      // A refusal the facilitator would read (nothing to undo, a limit): no change was made.
      if (!(error instanceof AppFailure) || error.code === 'io_error') throw error
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash child failed: ${String(error)}\n`)
  process.exit(1)
})
