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
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) refuse('invalid_input', 'Pick a colour like #0072B2.')
  return color
}

function checkKey(meeting: Meeting, key: string, exceptId: string | null): string {
  const k = key.trim().toLowerCase()
  if (!/^[a-z0-9]$/.test(k))
    refuse('invalid_input', 'The shortcut key must be one letter or digit.')
  const taken = meeting.departments.find((d) => d.key === k && d.id !== exceptId)
  if (taken) refuse('duplicate', `The key “${k}” is already used by ${taken.name}.`)
  return k
}

function checkDepartmentName(meeting: Meeting, name: string, exceptId: string | null): string {
  const n = checkText(name, 'Department name', LIMITS.shortText)
  const taken = meeting.departments.find(
    (d) => d.name.toLowerCase() === n.toLowerCase() && d.id !== exceptId
  )
  if (taken) refuse('duplicate', `There is already a department called ${taken.name}.`)
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
    if (patch.title !== undefined) facts.title = checkText(patch.title, 'Title', LIMITS.shortText)
    if (patch.quarter !== undefined) facts.quarter = patch.quarter
    if (patch.date !== undefined) facts.date = checkDate(patch.date, 'Meeting date', true)
    for (const key of ['place', 'facilitator'] as const) {
      if (patch[key] !== undefined)
        facts[key] = checkText(patch[key], 'This field', LIMITS.shortText, false)
    }
    if (patch.mission !== undefined)
      facts.mission = checkText(patch.mission, 'Mission', LIMITS.ideaText, false)
    if (patch.purpose !== undefined)
      facts.purpose = checkText(patch.purpose, 'Purpose', LIMITS.ideaText, false)
    // The schema admits only known languages; only the language changes, never the content.
    if (patch.language !== undefined) facts.language = patch.language
    return { ...m, facts }
  },
  'department.add': (m, c, ctx) => {
    checkCount(m.departments.length, LIMITS.departments, 'departments')
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
    if (m.departments.length === 1) refuse('in_use', 'A meeting needs at least one department.')
    if (!reassignTo) {
      if (departmentInUse(m, id)) {
        refuse(
          'in_use',
          `${department.name} still has ideas, attendees or actions. Choose a department to move them to first.`
        )
      }
      return { ...m, departments: m.departments.filter((d) => d.id !== id) }
    }
    if (reassignTo === id) refuse('invalid_input', 'Move the items to a different department.')
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
    checkCount(m.attendees.length, LIMITS.attendees, 'attendees')
    checkDepartment(m, c.departmentId)
    const attendee = {
      id: ctx.newId(),
      name: checkText(c.name, 'Name', LIMITS.shortText),
      departmentId: c.departmentId,
      role: checkText(c.role, 'Role', LIMITS.shortText, false)
    }
    return { ...m, attendees: [...m.attendees, attendee] }
  },
  'attendee.update': (m, c) => {
    const current = findOrRefuse(m.attendees, c.id, 'attendee')
    if (c.departmentId !== undefined) checkDepartment(m, c.departmentId)
    const next = {
      ...current,
      name: c.name === undefined ? current.name : checkText(c.name, 'Name', LIMITS.shortText),
      departmentId: c.departmentId ?? current.departmentId,
      role: c.role === undefined ? current.role : checkText(c.role, 'Role', LIMITS.shortText, false)
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
      customer: ['Customer name', LIMITS.shortText],
      segment: ['Segment', LIMITS.shortText],
      text: ['The story', LIMITS.longText],
      channel: ['Channel', LIMITS.shortText],
      broughtBy: ['Who brings it', LIMITS.shortText],
      impact: ['What it changed', LIMITS.ideaText],
      contact: ['Contact details', LIMITS.shortText]
    } as const
    for (const key of Object.keys(limits) as Array<keyof typeof limits>) {
      const value = patch[key]
      if (value !== undefined) story[key] = checkText(value, limits[key][0], limits[key][1], false)
    }
    if (patch.privateFields !== undefined) story.privateFields = [...new Set(patch.privateFields)]
    return { ...m, story }
  },
  'framing.set': (m, { question }) => {
    const framingQuestion = checkText(question, 'The framing question', LIMITS.ideaText)
    // A round that asks the framing question (the first, by default) keeps asking it, so the room
    // never sees the old question beside the new one. A prompt the facilitator rewrote stays.
    const old = m.framingQuestion.trim()
    const rounds = m.rounds.map((r) =>
      old !== '' && r.prompt.trim() === old ? { ...r, prompt: framingQuestion } : r
    )
    return { ...m, framingQuestion, rounds }
  },
  'round.add': (m, c, ctx) => {
    checkCount(m.rounds.length, LIMITS.rounds, 'rounds')
    const round = {
      id: ctx.newId(),
      title: checkText(c.title, 'Round title', LIMITS.shortText),
      prompt: checkText(c.prompt, 'Round prompt', LIMITS.ideaText, false),
      checklist: (c.checklist ?? []).map((q) =>
        checkText(q, 'Checklist question', LIMITS.shortText * 2)
      ),
      kind: c.kind,
      timeboxMinutes: checkInt(c.timeboxMinutes, 'The time box', 1, LIMITS.roundMinutes)
    }
    return { ...m, rounds: [...m.rounds, round] }
  },
  'round.update': (m, { id, patch }) => {
    const current = findOrRefuse(m.rounds, id, 'round')
    const next = { ...current }
    if (patch.title !== undefined)
      next.title = checkText(patch.title, 'Round title', LIMITS.shortText)
    if (patch.prompt !== undefined)
      next.prompt = checkText(patch.prompt, 'Round prompt', LIMITS.ideaText, false)
    if (patch.checklist !== undefined) {
      next.checklist = patch.checklist.map((q) =>
        checkText(q, 'Checklist question', LIMITS.shortText * 2)
      )
    }
    if (patch.kind !== undefined) next.kind = patch.kind
    if (patch.timeboxMinutes !== undefined) {
      next.timeboxMinutes = checkInt(patch.timeboxMinutes, 'The time box', 1, LIMITS.roundMinutes)
    }
    return { ...m, rounds: replaceById(m.rounds, next) }
  },
  'round.move': (m, { id, toIndex }) => {
    const round = findOrRefuse(m.rounds, id, 'round')
    checkInt(toIndex, 'The new position', 0, m.rounds.length - 1)
    const rest = m.rounds.filter((r) => r.id !== id)
    return { ...m, rounds: [...rest.slice(0, toIndex), round, ...rest.slice(toIndex)] }
  },
  'round.remove': (m, { id }) => {
    const round = findOrRefuse(m.rounds, id, 'round')
    if (m.rounds.length === 1) refuse('in_use', 'A meeting needs at least one round.')
    const ideaCount = m.ideas.filter((i) => i.roundId === id).length
    if (ideaCount > 0) {
      refuse(
        'in_use',
        `“${round.title}” has ${ideaCount} idea(s). Move or delete them before removing the round.`
      )
    }
    const rounds = m.rounds.filter((r) => r.id !== id)
    const roundId = m.run.roundId === id ? (rounds[0]?.id ?? null) : m.run.roundId
    return { ...m, rounds, run: { ...m.run, roundId } }
  },
  'stage.plan': (m, { kind, plannedMinutes }) => {
    const minutes = checkInt(plannedMinutes, 'Planned minutes', 0, LIMITS.plannedMinutes)
    return {
      ...m,
      stages: m.stages.map((s) => (s.kind === kind ? { ...s, plannedMinutes: minutes } : s))
    }
  },
  'voteBudget.set': (m, { budget }) => ({
    ...m,
    voteBudget: checkInt(budget, 'The vote budget', 1, LIMITS.voteBudget)
  }),
  'carried.set': (m, { from, actions }) => ({
    ...m,
    carriedFrom: from
      ? {
          meetingId: from.meetingId,
          title: checkText(from.title, 'Title', LIMITS.shortText, false)
        }
      : null,
    carried: actions
  }),
  'carried.update': (m, c) => {
    const current = findOrRefuse(m.carried, c.id, 'carried-over action')
    const next = {
      ...current,
      status: c.status ?? current.status,
      latestValue:
        c.latestValue === undefined
          ? current.latestValue
          : checkText(c.latestValue, 'Latest value', LIMITS.shortText, false),
      note: c.note === undefined ? current.note : checkText(c.note, 'Note', LIMITS.ideaText, false)
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
