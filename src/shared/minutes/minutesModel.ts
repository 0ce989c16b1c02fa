import { isStuckCarry } from '../meeting/carried'
import {
  hasMetricValues,
  metricMovement,
  metricName,
  movementWords
} from '../meeting/metrics'
import { ideaNumbersById } from '../meeting/ideaNumbers'
import { ruleOfTwoDates } from '../meeting/ruleOfTwo'
import type { CustomerMetric, Meeting, StoryField } from '../meeting/schema'
import { rankedShortlist } from '../meeting/shortlist'
import { fillFraming, ourCustomer } from '../meeting/template'
import { dateLabel, quarterLabel } from './format'
import { minutesWording, type MinutesWording } from './minutesWording'

/**
 * Everything the minutes say, as plain data in reading order. The PDF and Markdown renderings are
 * both built from this, so they cannot drift apart, and private story fields are dropped here once.
 */
export interface MinutesModel {
  /** The words of the minutes, in the meeting's language. */
  wording: MinutesWording
  title: string
  quarter: string
  date: string
  place: string
  facilitator: string
  mission: string
  attendeesByDepartment: AttendeeGroup[]
  actions: ActionLine[]
  escalations: EscalationLine[]
  story: PublicStory
  framingQuestion: string
  rounds: RoundIdeas[]
  themes: ThemeLine[]
  shortlist: ShortlistLine[]
  carried: CarriedReview
  recognitions: Array<{ who: string; forWhat: string }>
  priorities: string[]
  nextReview: string
  /** Total ideas, for the "n ideas" summaries and the table-of-contents decision. */
  ideaCount: number
}

export interface AttendeeGroup {
  department: string
  color: string
  people: Array<{ name: string; role: string }>
}

export interface ActionLine {
  number: number
  what: string
  owner: string
  department: string
  dueDate: string
  due: string
  priority: string
  metric: string
  baseline: string
  target: string
  measureOn: string
  customerBenefit: string
  /** Numbers of the ideas this action came from (see IdeaLine.number). */
  fromIdeas: number[]
}

export interface EscalationLine {
  topic: string
  personA: string
  personB: string
  opened: string
  agreeBy: string
  extendedTo: string
  status: string
  outcome: string
  /** The number of the action it concerns, if any. */
  actionNumber: number | null
}

/** The customer story without the fields marked private. Empty strings are omitted by renderers. */
export interface PublicStory {
  customer: string
  details: Array<{ label: string; value: string }>
  text: string
  impact: string
}

export interface IdeaRef {
  number: number
  department: string
}

export interface IdeaLine {
  /** 1-based position in the meeting, stable across every section that refers to the idea. */
  number: number
  text: string
  author: string
  /** Sent from a phone in the room (room join). */
  fromRoom: boolean
  votes: number
  theme: string
  buildsOn: IdeaRef | null
  builtOnBy: IdeaRef[]
}

export interface RoundIdeas {
  number: number
  title: string
  prompt: string
  ideaCount: number
  departments: Array<{ name: string; color: string; ideas: IdeaLine[] }>
}

export interface ThemeLine {
  name: string
  votes: number
  ideaCount: number
}

export interface ShortlistLine {
  rank: number
  kind: 'theme' | 'idea'
  label: string
  votes: number
  ideaNumber: number | null
  /** "impact 5 · effort 2" for a scored idea; empty for themes and unscored ideas. */
  scores: string
}

export interface CarriedReview {
  fromTitle: string
  items: Array<{
    what: string
    owner: string
    due: string
    status: string
    metric: string
    baseline: string
    target: string
    latest: string
    /** "baseline 4.2 · now 3.6 · target 3.0", leaving out what was never recorded. */
    progress: string
    movement: string
    note: string
    timesCarried: number
    stuck: boolean
  }>
}

/** Builds the minutes' content from a meeting. Pure and linear in the size of the meeting. */
/** An idea's impact/effort scores in words, as the shortlist shows them; empty when unscored. */
function scoresOf(
  W: MinutesWording,
  idea: { impact: number | null; effort: number | null } | undefined
): string {
  if (!idea || (idea.impact === null && idea.effort === null)) return ''
  return [
    idea.impact !== null && W.impact(String(idea.impact)),
    idea.effort !== null && W.effort(String(idea.effort))
  ]
    .filter(Boolean)
    .join(' · ')
}

export function minutesModel(meeting: Meeting): MinutesModel {
  const language = meeting.facts.language
  const W = minutesWording(language)
  const date = (iso: string, long = false) => dateLabel(iso, long, language)
  const nameOf = (metric: CustomerMetric) => metricName(metric, W.metric)
  const UNKNOWN_DEPARTMENT = { name: W.noDepartment, color: '#777777' }
  const departments = new Map(meeting.departments.map((d) => [d.id, d]))
  const department = (id: string) => departments.get(id) ?? UNKNOWN_DEPARTMENT
  // The same number the idea carried on every screen during the meeting.
  const ideaNumbers = ideaNumbersById(meeting.ideas)
  const ideasById = new Map(meeting.ideas.map((idea) => [idea.id, idea]))
  const actionNumbers = new Map(meeting.actions.map((action, index) => [action.id, index + 1]))
  const isPrivate = new Set(meeting.story.privateFields)
  const publicField = (field: StoryField) => (isPrivate.has(field) ? '' : meeting.story[field])
  const themeSizes = new Map<string, number>()
  for (const idea of meeting.ideas) {
    if (idea.themeId) themeSizes.set(idea.themeId, (themeSizes.get(idea.themeId) ?? 0) + 1)
  }

  return {
    wording: W,
    title: meeting.facts.title,
    quarter: quarterLabel(meeting.facts.quarter, W.quarter),
    date: date(meeting.facts.date, true),
    place: meeting.facts.place,
    facilitator: meeting.facts.facilitator,
    mission: meeting.facts.mission,
    attendeesByDepartment: attendeeGroups(meeting, department),
    actions: meeting.actions.map((action, index) => ({
      number: index + 1,
      what: action.what,
      owner: action.owner,
      department: department(action.departmentId).name,
      dueDate: action.dueDate,
      due: date(action.dueDate),
      priority: W.priority[action.priority],
      metric: nameOf(action.metric),
      baseline: action.metric.baseline,
      target: action.metric.target,
      measureOn: date(action.metric.measureOn),
      customerBenefit: action.customerBenefit,
      fromIdeas: action.sourceIdeaIds.flatMap((id) => ideaNumbers.get(id) ?? [])
    })),
    escalations: meeting.escalations.map((e) => {
      const dates = ruleOfTwoDates(e.openedOn)
      return {
        topic: e.topic,
        personA: e.personA,
        personB: e.personB,
        opened: date(dates.openedOn),
        agreeBy: date(dates.agreeBy),
        extendedTo: date(dates.extendedTo),
        status: W.escalationStatus[e.status],
        outcome: e.outcome,
        actionNumber: e.actionId ? (actionNumbers.get(e.actionId) ?? null) : null
      }
    }),
    story: {
      customer: publicField('customer'),
      details: (Object.keys(W.storyDetails) as StoryField[]).flatMap((field) => {
        const value = publicField(field).trim()
        return value ? [{ label: W.storyDetails[field] ?? field, value }] : []
      }),
      text: publicField('text'),
      impact: publicField('impact')
    },
    // A private customer name must not leak through the framing question either.
    framingQuestion: fillFraming(
      meeting.framingQuestion,
      publicField('customer'),
      ourCustomer(meeting.facts.language)
    ),
    rounds: roundIdeas(meeting, department, ideaNumbers, publicField('customer')),
    themes: meeting.themes.map((theme) => ({
      name: theme.name,
      votes: theme.votes,
      ideaCount: themeSizes.get(theme.id) ?? 0
    })),
    shortlist: rankedShortlist(meeting).map((entry) => ({
      rank: entry.rank,
      kind: entry.kind,
      label: entry.label,
      votes: entry.votes,
      ideaNumber: entry.kind === 'idea' ? (ideaNumbers.get(entry.id) ?? null) : null,
      scores: scoresOf(W, ideasById.get(entry.id))
    })),
    carried: {
      fromTitle: meeting.carriedFrom?.title ?? '',
      items: meeting.carried.map((c) => {
        const movement = metricMovement(c.metric, c.latestValue)
        return {
          what: c.what,
          owner: c.owner,
          due: date(c.dueDate),
          status: W.carriedStatus[c.status],
          metric: hasMetricValues(c.metric) || c.latestValue ? nameOf(c.metric) : '',
          baseline: movement.baseline,
          target: c.metric.target,
          latest: movement.latest,
          progress: [
            movement.baseline && W.baseline(movement.baseline),
            W.now(movement.latest || W.notMeasured),
            c.metric.target && W.target(c.metric.target)
          ]
            .filter(Boolean)
            .join(' · '),
          movement: movementWords(movement, W.movement, language),
          note: c.note,
          timesCarried: c.timesCarried,
          stuck: isStuckCarry(c)
        }
      })
    },
    recognitions: meeting.recognitions.map(({ who, forWhat }) => ({ who, forWhat })),
    priorities: meeting.priorities.filter((p) => p.trim()),
    nextReview: date(meeting.nextReviewDate, true),
    ideaCount: meeting.ideas.length
  }
}

type DepartmentLookup = (id: string) => { name: string; color: string }

function attendeeGroups(meeting: Meeting, department: DepartmentLookup): AttendeeGroup[] {
  const groups = new Map<string, AttendeeGroup>()
  // Departments in the meeting's order first, so the cover reads like the room was set up.
  for (const d of meeting.departments)
    groups.set(d.id, { department: d.name, color: d.color, people: [] })
  for (const a of meeting.attendees) {
    let group = groups.get(a.departmentId)
    if (!group) {
      const { name, color } = department(a.departmentId)
      group = { department: name, color, people: [] }
      groups.set(a.departmentId, group)
    }
    group.people.push({ name: a.name, role: a.role })
  }
  return [...groups.values()].filter((g) => g.people.length > 0)
}

function roundIdeas(
  meeting: Meeting,
  department: DepartmentLookup,
  ideaNumbers: Map<string, number>,
  publicCustomer: string
): RoundIdeas[] {
  const themes = new Map(meeting.themes.map((t) => [t.id, t.name]))
  const byId = new Map(meeting.ideas.map((i) => [i.id, i]))
  const builtOnBy = new Map<string, IdeaRef[]>()
  for (const idea of meeting.ideas) {
    if (!idea.buildsOnId || !byId.has(idea.buildsOnId)) continue
    const refs = builtOnBy.get(idea.buildsOnId) ?? []
    refs.push({
      number: ideaNumbers.get(idea.id) ?? 0,
      department: department(idea.departmentId).name
    })
    builtOnBy.set(idea.buildsOnId, refs)
  }

  // roundId → departmentId → ideas, both in the meeting's own order.
  const grouped = new Map<string, Map<string, IdeaLine[]>>()
  for (const round of meeting.rounds) grouped.set(round.id, new Map())
  for (const idea of meeting.ideas) {
    const round = grouped.get(idea.roundId)
    if (!round) continue
    const base = idea.buildsOnId ? byId.get(idea.buildsOnId) : undefined
    const lines = round.get(idea.departmentId) ?? []
    lines.push({
      number: ideaNumbers.get(idea.id) ?? 0,
      text: idea.text,
      author: idea.author,
      fromRoom: idea.source === 'room',
      votes: idea.votes,
      theme: idea.themeId ? (themes.get(idea.themeId) ?? '') : '',
      buildsOn: base
        ? { number: ideaNumbers.get(base.id) ?? 0, department: department(base.departmentId).name }
        : null,
      builtOnBy: builtOnBy.get(idea.id) ?? []
    })
    round.set(idea.departmentId, lines)
  }

  const departmentOrder = [
    ...meeting.departments.map((d) => d.id),
    ...new Set(meeting.ideas.map((i) => i.departmentId))
  ]
  return meeting.rounds.map((round, index) => {
    const byDepartment = grouped.get(round.id) ?? new Map<string, IdeaLine[]>()
    const departments = [...new Set(departmentOrder)].flatMap((id) => {
      const ideas = byDepartment.get(id)
      return ideas ? [{ ...department(id), ideas }] : []
    })
    return {
      number: index + 1,
      title: round.title,
      prompt: fillFraming(round.prompt, publicCustomer, ourCustomer(meeting.facts.language)),
      ideaCount: departments.reduce((sum, d) => sum + d.ideas.length, 0),
      departments: departments.map(({ name, color, ideas }) => ({ name, color, ideas }))
    }
  })
}
