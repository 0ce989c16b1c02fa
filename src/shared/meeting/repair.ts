import type { RepairedDate, RepairedThing, RepairReason } from '../errors/reasons'
import type { Action, Meeting } from './schema'

/** A meeting as loaded, made consistent, and what was changed to make it so (as reasons, worded by the catalogues). */
export interface Repaired {
  meeting: Meeting
  repairs: RepairReason[]
}

const DAYS_IN_MONTH = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * The nearest real calendar date to a `YYYY-MM-DD` string: the month is brought into 1–12, then the
 * day into the month (2027-02-30 → 2027-02-28, 2027-13-45 → 2027-12-31). Empty stays empty.
 */
export function nearestRealDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  const year = Number(match[1])
  const month = Math.min(12, Math.max(1, Number(match[2])))
  const day = Math.min(DAYS_IN_MONTH(year, month), Math.max(1, Number(match[3])))
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Whether a `YYYY-MM-DD` string names a day that exists (empty counts as "not set", so yes). */
export const isRealDate = (date: string): boolean => date === '' || nearestRealDate(date) === date

/** Gives each later item that repeats an earlier id an id of its own (`<id>-2`, `-3`…). */
function uniqueIds<T extends { id: string }>(items: T[], taken: Set<string>): [T[], number] {
  const seen = new Set<string>()
  let changed = 0
  const out = items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id)
      return item
    }
    let n = 2
    let fresh = `${item.id.slice(0, 58)}-${n}`
    while (seen.has(fresh) || taken.has(fresh)) fresh = `${item.id.slice(0, 58)}-${++n}`
    seen.add(fresh)
    changed++
    return { ...item, id: fresh }
  })
  return [out, changed]
}

/**
 * Makes a loaded meeting consistent, in a predictable way that keeps every item visible:
 * - items sharing an id (a hand-edited or merged file) each get their own, so one edit or delete
 *   never touches several; references keep pointing at the first;
 * - ideas whose round or department is not in the meeting move to the first round or department,
 *   and those in a theme that is not there go back to "no theme", so none is hidden from a stage;
 *   other references to nothing (built-on ideas, an action's source ideas or department, an
 *   escalation's action, an attendee's department, the running round) are cleared or moved likewise;
 * - dates that do not exist (2027-02-30) become the nearest real date.
 * Returns the meeting unchanged, with no repairs, when there is nothing to do. Pure.
 */
export function repairMeeting(input: Meeting): Repaired {
  const repairs: RepairReason[] = []
  let m = input
  const allIds = new Set(
    [m.departments, m.attendees, m.rounds, m.ideas, m.themes, m.actions, m.escalations]
      .flat()
      .map((x) => x.id)
  )
  const dupes: Array<{ thing: RepairedThing; count: number }> = []
  const fix = <
    K extends
      | 'departments'
      | 'attendees'
      | 'rounds'
      | 'ideas'
      | 'themes'
      | 'actions'
      | 'escalations'
      | 'recognitions'
      | 'carried'
  >(
    key: K,
    thing: RepairedThing
  ): void => {
    const [items, changed] = uniqueIds(m[key] as Array<{ id: string }>, allIds)
    if (changed === 0) return
    m = { ...m, [key]: items }
    dupes.push({ thing, count: changed })
  }
  fix('departments', 'department')
  fix('attendees', 'attendee')
  fix('rounds', 'round')
  fix('ideas', 'idea')
  fix('themes', 'theme')
  fix('actions', 'action')
  fix('escalations', 'escalation')
  fix('recognitions', 'recognition')
  fix('carried', 'carried')
  if (dupes.length > 0) {
    repairs.push({ key: 'repairedDuplicateIds', counts: dupes })
  }

  const rounds = new Set(m.rounds.map((r) => r.id))
  const departments = new Set(m.departments.map((d) => d.id))
  const themes = new Set(m.themes.map((t) => t.id))
  const ideaIds = new Set(m.ideas.map((i) => i.id))
  const actionIds = new Set(m.actions.map((a) => a.id))
  const firstRound = m.rounds[0]!
  const firstDepartment = m.departments[0]
  let badRound = 0
  let badDepartment = 0
  let badTheme = 0
  let other = 0
  const ideas = m.ideas.map((idea) => {
    let next = idea
    if (!rounds.has(idea.roundId)) {
      badRound++
      next = { ...next, roundId: firstRound.id }
    }
    if (firstDepartment && !departments.has(idea.departmentId)) {
      badDepartment++
      next = { ...next, departmentId: firstDepartment.id }
    }
    if (idea.themeId !== null && !themes.has(idea.themeId)) {
      badTheme++
      next = { ...next, themeId: null }
    }
    if (idea.buildsOnId !== null && !ideaIds.has(idea.buildsOnId)) {
      other++
      next = { ...next, buildsOnId: null }
    }
    return next
  })
  if (badRound > 0) {
    repairs.push({ key: 'repairedDanglingRound', count: badRound, round: firstRound.title })
  }
  if (badDepartment > 0 && firstDepartment) {
    repairs.push({
      key: 'repairedDanglingDepartment',
      count: badDepartment,
      department: firstDepartment.name
    })
  }
  if (badTheme > 0) {
    repairs.push({ key: 'repairedDanglingTheme', count: badTheme })
  }
  const actions = m.actions.map((action) => {
    let next = action
    const sources = action.sourceIdeaIds.filter((id) => ideaIds.has(id))
    if (sources.length !== action.sourceIdeaIds.length) {
      other++
      next = { ...next, sourceIdeaIds: sources }
    }
    if (firstDepartment && !departments.has(action.departmentId)) {
      other++
      next = { ...next, departmentId: firstDepartment.id }
    }
    return next
  })
  const escalations = m.escalations.map((e) => {
    if (e.actionId === null || actionIds.has(e.actionId)) return e
    other++
    return { ...e, actionId: null }
  })
  const attendees = m.attendees.map((a) => {
    if (!firstDepartment || departments.has(a.departmentId)) return a
    other++
    return { ...a, departmentId: firstDepartment.id }
  })
  let run = m.run
  if (run.roundId !== null && !rounds.has(run.roundId)) {
    other++
    run = { ...run, roundId: null }
  }
  if (other > 0) {
    repairs.push({ key: 'repairedDanglingReference', count: other })
  }
  m = { ...m, ideas, actions, escalations, attendees, run }

  // Idea numbers are read aloud and printed in the minutes: the first idea keeps a shared number,
  // each later one gets the next unused number.
  const usedNumbers = new Set<number>()
  let highest = Math.max(m.lastIdeaNumber, ...m.ideas.map((i) => i.number))
  let renumbered = 0
  const numbered = m.ideas.map((idea) => {
    if (!usedNumbers.has(idea.number)) {
      usedNumbers.add(idea.number)
      return idea
    }
    renumbered++
    highest++
    return { ...idea, number: highest }
  })
  if (renumbered > 0) {
    repairs.push({ key: 'repairedIdeaNumbers', count: renumbered })
  }
  if (renumbered > 0 || highest !== m.lastIdeaNumber)
    m = { ...m, ideas: numbered, lastIdeaNumber: highest }

  const badDates: RepairedDate[] = []
  type Which =
    | { date: 'meetingDate' | 'nextReviewDate' }
    | { date: 'dueDate' | 'measureOn' | 'raisedOn'; item: string }
  const real = (date: string, which: Which): string => {
    if (isRealDate(date)) return date
    const fixed = nearestRealDate(date)
    badDates.push({ ...which, was: date, now: fixed })
    return fixed
  }
  /** An action's (or a carried action's) due date and measure date, each made real. */
  const realActionDates = <T extends Pick<Action, 'what' | 'dueDate' | 'metric'>>(a: T): T => ({
    ...a,
    dueDate: real(a.dueDate, { date: 'dueDate', item: a.what.slice(0, 60) }),
    metric: {
      ...a.metric,
      measureOn: real(a.metric.measureOn, { date: 'measureOn', item: a.what.slice(0, 60) })
    }
  })
  m = {
    ...m,
    facts: { ...m.facts, date: real(m.facts.date, { date: 'meetingDate' }) },
    nextReviewDate: real(m.nextReviewDate, { date: 'nextReviewDate' }),
    actions: m.actions.map(realActionDates),
    escalations: m.escalations.map((e) => ({
      ...e,
      openedOn: real(e.openedOn, { date: 'raisedOn', item: e.topic.slice(0, 60) })
    })),
    carried: m.carried.map(realActionDates)
  }
  if (badDates.length > 0) {
    repairs.push({ key: 'repairedDates', dates: badDates })
  }
  return repairs.length === 0 ? { meeting: input, repairs } : { meeting: m, repairs }
}
