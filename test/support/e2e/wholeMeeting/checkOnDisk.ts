import { expect } from 'vitest'
import { readMeetingFromDisk } from '../meetingFiles'
import type { MeetingRun } from './script'

/** The meeting file on disk holds all of it, in the language it was typed in. */
export async function checkOnDisk(run: MeetingRun): Promise<void> {
  const { m: script } = run
  const { meeting: m } = (await readMeetingFromDisk(run.app.workspaceDir, run.meetingId))!
  const deptName = (id: string) => m.departments.find((d) => d.id === id)?.name
  const roundNo = (id: string) => m.rounds.findIndex((r) => r.id === id) + 1
  const idea = (text: string) => m.ideas.find((i) => i.text === text)!
  const theme = (name: string) => m.themes.find((t) => t.name === name)!

  expect(m.facts).toMatchObject({
    title: script.title,
    language: script.locale,
    ...script.facts
  })
  expect(m.rounds.map((r) => r.title)).toEqual(
    Object.values(script.template.rounds).map((r) => r.title)
  )
  expect(
    m.attendees.map((a) => ({ name: a.name, department: deptName(a.departmentId), role: a.role }))
  ).toEqual(script.people)
  expect(m.story).toEqual({ ...script.story, privateFields: ['segment'], contact: '' })
  expect(
    m.ideas.map((i) => [
      roundNo(i.roundId),
      deptName(i.departmentId),
      i.text,
      i.buildsOnId ? m.ideas.find((b) => b.id === i.buildsOnId)!.text : null
    ])
  ).toEqual(script.ideas)
  expect(idea(script.teachers).author).toBe(script.people[1]!.name)
  const [music, families] = Object.keys(script.themes) as [string, string]
  expect(m.themes.map((t) => [t.name, t.votes])).toEqual([
    [music, 9],
    [families, 5]
  ])
  for (const [name, texts] of Object.entries(script.themes)) {
    for (const text of texts) expect(idea(text).themeId, text).toBe(theme(name).id)
  }
  expect(idea(script.replace)).toMatchObject({ votes: 3, themeId: null })
  expect(idea(script.teachers)).toMatchObject({ votes: 2, themeId: null })

  expect(
    m.actions.map((a) => ({
      what: a.what,
      owner: a.owner,
      department: deptName(a.departmentId),
      dueDate: a.dueDate,
      priority: a.priority,
      benefit: a.customerBenefit,
      metric: a.metric
    }))
  ).toEqual(
    script.actions.map((a) => ({
      what: a.what,
      owner: a.owner,
      department: a.department,
      dueDate: a.dueDate,
      priority: a.priority,
      benefit: a.benefit,
      metric: {
        kind: a.metric,
        customName: a.metricName ?? '',
        baseline: a.baseline,
        target: a.target,
        measureOn: a.measureOn
      }
    }))
  )
  expect(m.actions[0]!.sourceIdeaIds).toEqual([idea(script.replace).id])
  expect([...m.actions[1]!.sourceIdeaIds].sort()).toEqual(
    script.themes[music]!.map((t) => idea(t).id).sort()
  )
  const e = script.escalation
  expect(m.escalations).toEqual([
    expect.objectContaining({
      topic: e.topic,
      actionId: m.actions[1]!.id,
      personA: e.personA,
      personB: e.personB,
      openedOn: e.openedOn,
      status: 'open'
    })
  ])
  expect(m.recognitions.map((r) => [r.who, r.forWhat])).toEqual(script.recognitions)
  expect(m.priorities).toEqual(script.priorities)
  expect(m.nextReviewDate).toBe(script.nextReview)
  expect(run.app.problems).toEqual([])
}
