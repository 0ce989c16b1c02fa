import type { Meeting } from '../meeting/schema'
import { shownToRoom } from '../meeting/shownToRoom'
import { fillFraming, ourCustomer } from '../meeting/template'
import { publicStory } from '../projector/view'
import type { AttendeeIdea, AttendeeView, DeviceView } from './protocol'

/** How many ideas a phone is sent at most (the newest): a phone screen shows a few dozen anyway. */
export const ATTENDEE_IDEAS_MAX = 300

/** What the attendee view needs of the live presentation: only whether the projector is blanked. */
export interface AttendeePresentation {
  blank: boolean
}

/** The ideas the room may see (hidden ones left out), with their meeting-wide numbers. */
function visibleIdeas(meeting: Meeting, roundId: string | null): AttendeeIdea[] {
  return shownToRoom(meeting)
    .ideas.filter((idea) => roundId === null || idea.roundId === roundId)
    .map((idea) => ({
      id: idea.id,
      text: idea.text,
      departmentId: idea.departmentId,
      number: idea.number,
      buildsOnId: idea.buildsOnId
    }))
}

/**
 * The phones' view of a meeting: the framing question (with a private customer name left out), the
 * current round's prompt, departments, and the ideas the room may see. Never authors, notes, the
 * story, actions or anything private. Pure; a blanked projector means phones wait too. Registered as
 * the change stream's `attendee` audience (roomBridge.ts).
 */
export function attendeeView(meeting: Meeting, presentation: AttendeePresentation): AttendeeView {
  const story = publicStory(meeting)
  const stage = meeting.run.stage
  const round =
    stage === 'rounds' ? (meeting.rounds.find((r) => r.id === meeting.run.roundId) ?? null) : null
  const mode = presentation.blank
    ? 'waiting'
    : round
      ? 'ideas'
      : stage === 'converge'
        ? 'vote'
        : 'waiting'
  const shown =
    mode === 'ideas'
      ? visibleIdeas(meeting, round?.id ?? null)
      : mode === 'vote'
        ? visibleIdeas(meeting, null)
        : []
  return {
    language: meeting.facts.language,
    title: meeting.facts.title,
    framingQuestion: fillFraming(
      meeting.framingQuestion,
      story.customer,
      ourCustomer(meeting.facts.language)
    ),
    mode,
    round: round
      ? {
          id: round.id,
          title: round.title,
          prompt: fillFraming(round.prompt, story.customer, ourCustomer(meeting.facts.language))
        }
      : null,
    departments: meeting.departments.map((d) => ({ id: d.id, name: d.name })),
    ideas: shown.slice(-ATTENDEE_IDEAS_MAX),
    dotsPerPerson: meeting.voteBudget
  }
}

/** One phone's own record, kept in main: what it sent and where its dots are. */
export interface DeviceRecord {
  departmentId: string | null
  name: string
  ideaIds: string[]
  pending: Array<{ id: string; text: string }>
  votes: Record<string, number>
}

/** What one phone sees of itself: its ideas still in the meeting (as edited) and its dots. */
export function deviceView(meeting: Meeting, device: DeviceRecord): DeviceView {
  const mine = new Set(device.ideaIds)
  return {
    departmentId: device.departmentId,
    name: device.name,
    ideas: meeting.ideas.filter((i) => mine.has(i.id)).map((i) => ({ id: i.id, text: i.text })),
    pending: device.pending,
    votes: device.votes
  }
}
