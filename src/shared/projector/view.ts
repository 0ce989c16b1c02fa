import { metricMovement, metricName } from '../meeting/metrics'
import { minutesWording } from '../minutes/minutesWording'
import type { MetricMovement } from '../meeting/metrics'
import type { Action, CarriedStatus, Meeting, StageKind, StoryField } from '../meeting/schema'
import { rankedShortlist } from '../meeting/shortlist'
import { fillFraming, ourCustomer } from '../meeting/template'
import type { Locale } from '../i18n/locale'

/** A department as the room sees it: the colour is never alone, the name and initial go with it. */
export interface ProjectorDepartment {
  id: string
  name: string
  /** One capital letter or digit (the department's capture key), shown on every item. */
  initial: string
  color: string
}

/** The customer story with every field marked private emptied. */
export type ProjectorStory = Record<StoryField, string>

export interface ProjectorIdea {
  id: string
  /** The idea's number in the meeting, the same on the laptop, in search and in the minutes. */
  number: number
  departmentId: string
  text: string
  /** The idea this one builds on: its number, and its round's title if another round. */
  buildsOn: { number: number; departmentId: string; otherRound: string | null } | null
}

export interface ProjectorRound {
  id: string
  title: string
  prompt: string
  checklist: string[]
  timeboxMinutes: number
  /** 1-based position among the meeting's rounds. */
  position: number
}

export interface ProjectorRanked {
  kind: 'theme' | 'idea'
  id: string
  label: string
  votes: number
  rank: number
  /** The idea's department; null for a theme. */
  departmentId: string | null
}

export interface ProjectorCarried {
  id: string
  what: string
  owner: string
  status: CarriedStatus
  metric: string
  movement: MetricMovement
}

/** An action as the projector shows it: its own fields, its number and its metric in words. */
export type ProjectorAction = Pick<
  Action,
  'id' | 'what' | 'owner' | 'departmentId' | 'dueDate' | 'priority' | 'customerBenefit'
> & {
  number: number
  metric: string
  baseline: string
  target: string
}

/**
 * Everything the projector may show of a meeting, and nothing else: no private story fields, no notes,
 * no authors, no facilitator-only data. The projector renders from this alone.
 */
export interface ProjectorView {
  meetingId: string
  /** The meeting's language: the projector words its slides in it. */
  language: Locale
  title: string
  quarter: string
  date: string
  place: string
  stage: StageKind
  purpose: string
  mission: string
  agenda: Array<{ kind: StageKind; minutes: number }>
  departments: ProjectorDepartment[]
  carriedFromTitle: string
  carried: ProjectorCarried[]
  story: ProjectorStory
  framingQuestion: string
  roundCount: number
  /** The round the facilitator is on (the first round before one is chosen). */
  round: ProjectorRound | null
  /**
   * The current round's newest ideas (at most PROJECTOR_ROUND_IDEAS), in capture order: more never
   * fit on one screen, and every one sent is work for the room's window on every change.
   */
  ideas: ProjectorIdea[]
  /** How many of the round's earlier ideas are left out of `ideas` ("+N earlier ideas not shown"). */
  earlierIdeas: number
  /** The round's ideas per department id, all of them (the column headings' counts). */
  ideaCounts: Record<string, number>
  /** Voted themes and ideas, best first. */
  ranked: ProjectorRanked[]
  actions: ProjectorAction[]
  recognitions: Array<{ id: string; who: string; forWhat: string }>
  priorities: string[]
  nextReviewDate: string
}

/**
 * The most ideas of a round the projector is sent: at 1080p the smallest type shows about 60, so this
 * leaves room for a very large screen while a 10,000-idea meeting costs the room no more than a small one.
 */
export const PROJECTOR_ROUND_IDEAS = 150

/** The story as the room may see it: fields marked private become empty strings. */
export function publicStory(meeting: Meeting): ProjectorStory {
  const hidden = new Set<StoryField>(meeting.story.privateFields)
  const field = (name: StoryField) => (hidden.has(name) ? '' : meeting.story[name])
  return {
    customer: field('customer'),
    segment: field('segment'),
    text: field('text'),
    channel: field('channel'),
    broughtBy: field('broughtBy'),
    impact: field('impact')
  }
}

/**
 * Builds the projector's view of a meeting. Pure; linear in the meeting's size, so it can run on
 * every change of a 2,000-idea meeting within a frame.
 */
export function projectorView(meeting: Meeting): ProjectorView {
  const story = publicStory(meeting)
  // A private customer name must not reach the room through a prompt's {customer} either.
  const fill = (text: string) =>
    fillFraming(text, story.customer, ourCustomer(meeting.facts.language))
  // Metric names in the meeting's language, as the minutes name them.
  const metricLabels = minutesWording(meeting.facts.language).metric
  const departments = meeting.departments.map((d) => ({
    id: d.id,
    name: d.name,
    initial: d.key.toUpperCase(),
    color: d.color
  }))
  const roundIndex = Math.max(
    0,
    meeting.rounds.findIndex((r) => r.id === meeting.run.roundId)
  )
  const currentRound = meeting.rounds[roundIndex] ?? null
  const allRoundIdeas = currentRound
    ? meeting.ideas.filter((i) => i.roundId === currentRound.id)
    : []
  const roundIdeas = allRoundIdeas.slice(-PROJECTOR_ROUND_IDEAS)
  const ideaCounts: Record<string, number> = Object.fromEntries(
    meeting.departments.map((d) => [d.id, 0])
  )
  for (const idea of allRoundIdeas)
    ideaCounts[idea.departmentId] = (ideaCounts[idea.departmentId] ?? 0) + 1
  const roundTitles = new Map(meeting.rounds.map((r) => [r.id, r.title]))
  const byId = new Map(meeting.ideas.map((idea) => [idea.id, idea]))

  return {
    meetingId: meeting.id,
    language: meeting.facts.language,
    title: meeting.facts.title,
    quarter: meeting.facts.quarter,
    date: meeting.facts.date,
    place: meeting.facts.place,
    stage: meeting.run.stage,
    purpose: meeting.facts.purpose,
    mission: meeting.facts.mission,
    agenda: meeting.stages.map((s) => ({ kind: s.kind, minutes: s.plannedMinutes })),
    departments,
    carriedFromTitle: meeting.carriedFrom?.title ?? '',
    carried: meeting.carried.map((c) => ({
      id: c.id,
      what: c.what,
      owner: c.owner,
      status: c.status,
      metric: metricName(c.metric, metricLabels),
      movement: metricMovement(c.metric, c.latestValue)
    })),
    story,
    framingQuestion: fill(meeting.framingQuestion),
    roundCount: meeting.rounds.length,
    round: currentRound && {
      id: currentRound.id,
      title: currentRound.title,
      prompt: fill(currentRound.prompt),
      checklist: currentRound.checklist,
      timeboxMinutes: currentRound.timeboxMinutes,
      position: roundIndex + 1
    },
    ideas: roundIdeas.map((idea) => {
      const base = idea.buildsOnId ? byId.get(idea.buildsOnId) : undefined
      return {
        id: idea.id,
        number: idea.number,
        departmentId: idea.departmentId,
        text: idea.text,
        buildsOn: base
          ? {
              number: base.number,
              departmentId: base.departmentId,
              otherRound:
                base.roundId === idea.roundId ? null : (roundTitles.get(base.roundId) ?? null)
            }
          : null
      }
    }),
    earlierIdeas: allRoundIdeas.length - roundIdeas.length,
    ideaCounts,
    ranked: rankedShortlist(meeting).map((entry) => ({
      kind: entry.kind,
      id: entry.id,
      label: entry.label,
      votes: entry.votes,
      rank: entry.rank,
      departmentId: entry.kind === 'idea' ? (byId.get(entry.id)?.departmentId ?? null) : null
    })),
    actions: meeting.actions.map((a, index) => ({
      id: a.id,
      number: index + 1,
      what: a.what,
      owner: a.owner,
      departmentId: a.departmentId,
      dueDate: a.dueDate,
      priority: a.priority,
      customerBenefit: a.customerBenefit,
      metric: metricName(a.metric, metricLabels),
      baseline: a.metric.baseline,
      target: a.metric.target
    })),
    recognitions: meeting.recognitions.map((r) => ({ id: r.id, who: r.who, forWhat: r.forWhat })),
    priorities: meeting.priorities.filter((p) => p.trim() !== ''),
    nextReviewDate: meeting.nextReviewDate
  }
}
