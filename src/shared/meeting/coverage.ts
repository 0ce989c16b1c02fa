import { ideasById } from './ideaIndex'
import type { Department, Meeting } from './schema'

/** How one department has contributed in a round. */
export interface DepartmentContribution {
  department: Department
  ideaCount: number
}

/** The "silos dissolving" signal for one round. */
export interface RoundCoverage {
  contributions: DepartmentContribution[]
  /** Departments with no idea in this round yet, in the meeting's order. */
  silent: Department[]
  /** Ideas in this round that build on an idea from another department. */
  crossDepartmentBuilds: number
  /** Ideas in this round that build on an idea from their own department. */
  sameDepartmentBuildIds: string[]
}

/** Department coverage and cross-department builds for a round. Pure; linear in the number of ideas. */
export function roundCoverage(meeting: Meeting, roundId: string): RoundCoverage {
  const byId = ideasById(meeting.ideas)
  const counts = new Map<string, number>()
  let crossDepartmentBuilds = 0
  const sameDepartmentBuildIds: string[] = []
  for (const idea of meeting.ideas) {
    if (idea.roundId !== roundId) continue
    counts.set(idea.departmentId, (counts.get(idea.departmentId) ?? 0) + 1)
    const base = idea.buildsOnId ? byId.get(idea.buildsOnId) : undefined
    if (!base) continue
    if (base.departmentId === idea.departmentId) sameDepartmentBuildIds.push(idea.id)
    else crossDepartmentBuilds++
  }
  const contributions = meeting.departments.map((department) => ({
    department,
    ideaCount: counts.get(department.id) ?? 0
  }))
  return {
    contributions,
    silent: contributions.filter((c) => c.ideaCount === 0).map((c) => c.department),
    crossDepartmentBuilds,
    sameDepartmentBuildIds
  }
}

/** Cross-department builds over the whole meeting. */
export function meetingCrossBuilds(meeting: Meeting): number {
  const departmentOf = new Map(meeting.ideas.map((i) => [i.id, i.departmentId]))
  return meeting.ideas.filter((i) => {
    const base = i.buildsOnId ? departmentOf.get(i.buildsOnId) : undefined
    return base !== undefined && base !== i.departmentId
  }).length
}
