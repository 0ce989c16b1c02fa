import { LIMITS } from '../limits'
import type { Meeting } from '../schema'
import type { Handlers } from './handler'
import {
  checkCount,
  checkDate,
  checkDepartment,
  checkInt,
  checkText,
  findOrRefuse,
  refuse,
  replaceById
} from './checks'

function checkColor(color: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) refuse('invalid_input', { key: 'badColour' })
  return color
}

function checkKey(meeting: Meeting, key: string, exceptId: string | null): string {
  const k = key.trim().toLowerCase()
  if (!/^[a-z0-9]$/.test(k))
    refuse('invalid_input', { key: 'badShortcutKey' })
  const taken = meeting.departments.find((d) => d.key === k && d.id !== exceptId)
  if (taken) refuse('duplicate', { key: 'shortcutKeyTaken', shortcutKey: k, department: taken.name })
  return k
}

function checkDepartmentName(meeting: Meeting, name: string, exceptId: string | null): string {
  const n = checkText(name, 'departmentName', LIMITS.shortText)
  const taken = meeting.departments.find(
    (d) => d.name.toLowerCase() === n.toLowerCase() && d.id !== exceptId
  )
  if (taken) refuse('duplicate', { key: 'departmentNameTaken', department: taken.name })
  return n
}

function departmentInUse(meeting: Meeting, id: string): boolean {
  return (
    meeting.ideas.some((i) => i.departmentId === id) ||
    meeting.attendees.some((a) => a.departmentId === id) ||
    meeting.actions.some((a) => a.departmentId === id)
  )
}

/** Meeting facts, departments, attendees, story, framing, rounds, plan and carried-over actions. */
export const setupHandlers: Handlers<
  | 'facts.update'
  | 'department.add'
  | 'department.update'
  | 'department.remove'
  | 'attendee.add'
  | 'attendee.update'
  | 'attendee.remove'
  | 'story.update'
  | 'framing.set'
  | 'round.add'
  | 'round.update'
  | 'round.move'
  | 'round.remove'
  | 'stage.plan'
  | 'voteBudget.set'
  | 'carried.set'
  | 'carried.update'
  | 'run.goto'
> = {
  'facts.update': (m, { patch }) => {
    const facts = { ...m.facts }
    if (patch.title !== undefined) facts.title = checkText(patch.title, 'title', LIMITS.shortText)
    if (patch.quarter !== undefined) facts.quarter = patch.quarter
    if (patch.date !== undefined) facts.date = checkDate(patch.date, 'meetingDate', true)
    for (const key of ['place', 'facilitator'] as const) {
      if (patch[key] !== undefined)
        facts[key] = checkText(patch[key], 'factField', LIMITS.shortText, false)
    }
    if (patch.mission !== undefined)
      facts.mission = checkText(patch.mission, 'mission', LIMITS.ideaText, false)
    if (patch.purpose !== undefined)
      facts.purpose = checkText(patch.purpose, 'purpose', LIMITS.ideaText, false)
    // The schema admits only known languages; only the language changes, never the content.
    if (patch.language !== undefined) facts.language = patch.language
    return { ...m, facts }
  },
  'department.add': (m, c, ctx) => {
    checkCount(m.departments.length, LIMITS.departments, 'department')
    const department = {
      id: ctx.newId(),
      name: checkDepartmentName(m, c.name, null),
      color: checkColor(c.color),
      key: checkKey(m, c.key, null)
    }
    return { ...m, departments: [...m.departments, department] }
  },
  'department.update': (m, c) => {
    const current = findOrRefuse(m.departments, c.id, 'department')
    const next = {
      ...current,
      name: c.name === undefined ? current.name : checkDepartmentName(m, c.name, c.id),
      color: c.color === undefined ? current.color : checkColor(c.color),
      key: c.key === undefined ? current.key : checkKey(m, c.key, c.id)
    }
    return { ...m, departments: replaceById(m.departments, next) }
  },
  'department.remove': (m, { id, reassignTo }) => {
    const department = findOrRefuse(m.departments, id, 'department')
    if (m.departments.length === 1) refuse('in_use', { key: 'needsOne', thing: 'department' })
    if (!reassignTo) {
      if (departmentInUse(m, id)) {
        refuse('in_use', { key: 'departmentInUse', department: department.name })
      }
      return { ...m, departments: m.departments.filter((d) => d.id !== id) }
    }
    if (reassignTo === id) refuse('invalid_input', { key: 'sameDepartment' })
    checkDepartment(m, reassignTo)
    const move = <T extends { departmentId: string }>(item: T): T =>
      item.departmentId === id ? { ...item, departmentId: reassignTo } : item
    return {
      ...m,
      departments: m.departments.filter((d) => d.id !== id),
      ideas: m.ideas.map(move),
      attendees: m.attendees.map(move),
      actions: m.actions.map(move)
    }
  },
  'attendee.add': (m, c, ctx) => {
    checkCount(m.attendees.length, LIMITS.attendees, 'attendee')
    checkDepartment(m, c.departmentId)
    const attendee = {
      id: ctx.newId(),
      name: checkText(c.name, 'name', LIMITS.shortText),
      departmentId: c.departmentId,
      role: checkText(c.role, 'role', LIMITS.shortText, false)
    }
    return { ...m, attendees: [...m.attendees, attendee] }
  },
  'attendee.update': (m, c) => {
    const current = findOrRefuse(m.attendees, c.id, 'attendee')
    if (c.departmentId !== undefined) checkDepartment(m, c.departmentId)
    const next = {
      ...current,
      name: c.name === undefined ? current.name : checkText(c.name, 'name', LIMITS.shortText),
      departmentId: c.departmentId ?? current.departmentId,
      role: c.role === undefined ? current.role : checkText(c.role, 'role', LIMITS.shortText, false)
    }
    return { ...m, attendees: replaceById(m.attendees, next) }
  },
  'attendee.remove': (m, { id }) => {
    findOrRefuse(m.attendees, id, 'attendee')
    return { ...m, attendees: m.attendees.filter((a) => a.id !== id) }
  },
  'story.update': (m, { patch }) => {
    const story = { ...m.story }
    const limits = {
      customer: ['customerName', LIMITS.shortText],
      segment: ['segment', LIMITS.shortText],
      text: ['story', LIMITS.longText],
      channel: ['channel', LIMITS.shortText],
      broughtBy: ['broughtBy', LIMITS.shortText],
      impact: ['storyImpact', LIMITS.ideaText],
      contact: ['contact', LIMITS.shortText]
    } as const
    for (const key of Object.keys(limits) as Array<keyof typeof limits>) {
      const value = patch[key]
      if (value !== undefined) story[key] = checkText(value, limits[key][0], limits[key][1], false)
    }
    if (patch.privateFields !== undefined) story.privateFields = [...new Set(patch.privateFields)]
    return { ...m, story }
  },
  'framing.set': (m, { question }) => {
    const framingQuestion = checkText(question, 'framingQuestion', LIMITS.ideaText)
    // A round that asks the framing question (the first, by default) keeps asking it, so the room
    // never sees the old question beside the new one. A prompt the facilitator rewrote stays.
    const old = m.framingQuestion.trim()
    const rounds = m.rounds.map((r) =>
      old !== '' && r.prompt.trim() === old ? { ...r, prompt: framingQuestion } : r
    )
    return { ...m, framingQuestion, rounds }
  },
  'round.add': (m, c, ctx) => {
    checkCount(m.rounds.length, LIMITS.rounds, 'round')
    const round = {
      id: ctx.newId(),
      title: checkText(c.title, 'roundTitle', LIMITS.shortText),
      prompt: checkText(c.prompt, 'roundPrompt', LIMITS.ideaText, false),
      checklist: (c.checklist ?? []).map((q) =>
        checkText(q, 'checklistQuestion', LIMITS.shortText * 2)
      ),
      kind: c.kind,
      timeboxMinutes: checkInt(c.timeboxMinutes, 'timebox', 1, LIMITS.roundMinutes)
    }
    return { ...m, rounds: [...m.rounds, round] }
  },
  'round.update': (m, { id, patch }) => {
    const current = findOrRefuse(m.rounds, id, 'round')
    const next = { ...current }
    if (patch.title !== undefined)
      next.title = checkText(patch.title, 'roundTitle', LIMITS.shortText)
    if (patch.prompt !== undefined)
      next.prompt = checkText(patch.prompt, 'roundPrompt', LIMITS.ideaText, false)
    if (patch.checklist !== undefined) {
      next.checklist = patch.checklist.map((q) =>
        checkText(q, 'checklistQuestion', LIMITS.shortText * 2)
      )
    }
    if (patch.kind !== undefined) next.kind = patch.kind
    if (patch.timeboxMinutes !== undefined) {
      next.timeboxMinutes = checkInt(patch.timeboxMinutes, 'timebox', 1, LIMITS.roundMinutes)
    }
    return { ...m, rounds: replaceById(m.rounds, next) }
  },
  'round.move': (m, { id, toIndex }) => {
    const round = findOrRefuse(m.rounds, id, 'round')
    checkInt(toIndex, 'newPosition', 0, m.rounds.length - 1)
    const rest = m.rounds.filter((r) => r.id !== id)
    return { ...m, rounds: [...rest.slice(0, toIndex), round, ...rest.slice(toIndex)] }
  },
  'round.remove': (m, { id }) => {
    const round = findOrRefuse(m.rounds, id, 'round')
    if (m.rounds.length === 1) refuse('in_use', { key: 'needsOne', thing: 'round' })
    const ideaCount = m.ideas.filter((i) => i.roundId === id).length
    if (ideaCount > 0) {
      refuse('in_use', { key: 'roundHasIdeas', round: round.title, ideas: ideaCount })
    }
    const rounds = m.rounds.filter((r) => r.id !== id)
    const roundId = m.run.roundId === id ? (rounds[0]?.id ?? null) : m.run.roundId
    return { ...m, rounds, run: { ...m.run, roundId } }
  },
  'stage.plan': (m, { kind, plannedMinutes }) => {
    const minutes = checkInt(plannedMinutes, 'plannedMinutes', 0, LIMITS.plannedMinutes)
    return {
      ...m,
      stages: m.stages.map((s) => (s.kind === kind ? { ...s, plannedMinutes: minutes } : s))
    }
  },
  'voteBudget.set': (m, { budget }) => ({
    ...m,
    voteBudget: checkInt(budget, 'voteBudget', 1, LIMITS.voteBudget)
  }),
  'carried.set': (m, { from, actions }) => ({
    ...m,
    carriedFrom: from
      ? {
          meetingId: from.meetingId,
          title: checkText(from.title, 'title', LIMITS.shortText, false)
        }
      : null,
    carried: actions
  }),
  'carried.update': (m, c) => {
    const current = findOrRefuse(m.carried, c.id, 'carriedAction')
    const next = {
      ...current,
      status: c.status ?? current.status,
      latestValue:
        c.latestValue === undefined
          ? current.latestValue
          : checkText(c.latestValue, 'latestValue', LIMITS.shortText, false),
      note: c.note === undefined ? current.note : checkText(c.note, 'note', LIMITS.ideaText, false)
    }
    return { ...m, carried: replaceById(m.carried, next) }
  },
  'run.goto': (m, { stage, roundId }, ctx) => {
    if (roundId) findOrRefuse(m.rounds, roundId, 'round')
    const now = ctx.now()
    // The stage clock measures the whole stage: switching rounds inside Rounds does not restart it.
    const changed = stage !== m.run.stage
    return {
      ...m,
      run: {
        stage,
        roundId: roundId ?? m.run.roundId,
        stageStartedAt: changed || !m.run.stageStartedAt ? now : m.run.stageStartedAt,
        meetingStartedAt: m.run.meetingStartedAt ?? now
      }
    }
  }
}
