import { expect } from 'vitest'
import { currentStageName, departmentColumn, WAIT } from '../appSteps'
import { focusIdeaByKeyboard, goToStage, themeRegion } from '../convergeSteps'
import { stepRound } from '../fullMeetingSteps'
import type { MeetingRun } from './script'

/** After a reload, every stage shows what was entered, worded in the meeting's language. */
export async function checkAfterReload(run: MeetingRun): Promise<void> {
  const { page, s, m } = run
  await page.reload()
  await expect.poll(() => currentStageName(page, s), WAIT).toBe(s.stages.minutes)
  await goToStage(page, s.stages.close, s)
  for (const [, forWhat] of m.recognitions) await page.getByText(forWhat).waitFor(WAIT)
  for (const [i, priority] of m.priorities.entries()) {
    expect(await page.getByLabel(s.close.priorityLabel(i + 1)).inputValue()).toBe(priority)
  }
  await page.getByText(s.close.nextReviewSaved(s.dates.day(m.nextReview))).waitFor(WAIT)

  const a = s.actions
  await goToStage(page, s.stages.actions, s)
  for (const action of m.actions) {
    const item = page.locator('.action-item', {
      has: page.locator('.action-what', { hasText: action.what })
    })
    await item
      .getByText(`${a.ownerDue(action.owner, s.dates.day(action.dueDate))} · ${action.department}`)
      .waitFor(WAIT)
    await item.getByText(action.benefit).waitFor(WAIT)
    const metric = action.metricName ?? m.minutes.metric[action.metric]
    await item
      .getByText(
        a.metricLine(metric, action.baseline, action.target, s.dates.day(action.measureOn))
      )
      .waitFor(WAIT)
  }
  const e = m.escalation
  const escalationItem = page.locator('.escalation-item', { hasText: e.topic })
  await escalationItem.getByText(a.between(e.personA, e.personB)).waitFor(WAIT)
  await escalationItem.getByText(a.agreeBy(s.dates.day(e.agreeBy))).waitFor(WAIT)
  await escalationItem.getByText(a.extendedTo(s.dates.day(e.extendedTo))).waitFor(WAIT)

  await goToStage(page, s.stages.converge, s)
  for (const [theme, texts] of Object.entries(m.themes)) {
    for (const text of texts) await themeRegion(page, theme).getByText(text).waitFor(WAIT)
  }
  const [music, families] = Object.keys(m.themes) as [string, string]
  for (const [label, votes] of [
    [music, '9'],
    [families, '5'],
    [m.replace, '3'],
    [m.teachers, '2']
  ] as const) {
    // Ideas (not themes) may be out of the board's drawn rows: reach them by keyboard first.
    if (label === m.replace || label === m.teachers) {
      await focusIdeaByKeyboard(page, label, undefined, s)
    }
    expect(await page.getByLabel(s.converge.votesLabel(label)).inputValue(), label).toBe(votes)
  }

  await goToStage(page, s.stages.rounds, s)
  for (let i = 0; i < 3; i++) await stepRound(page, 'previous', s)
  await page
    .getByRole('button', { name: m.template.rounds.open.title, pressed: true })
    .waitFor(WAIT)
  for (const round of [1, 2, 3, 4]) {
    if (round > 1) await stepRound(page, 'next', s)
    for (const [, department, text, buildsOn] of m.ideas.filter(([r]) => r === round)) {
      const card = departmentColumn(page, department).locator('.idea-card', { hasText: text })
      await card.waitFor(WAIT)
      if (buildsOn) {
        // Ideas are numbered across the meeting, in the order they were captured.
        const number = m.ideas.findIndex(([, , t]) => t === buildsOn) + 1
        await card.getByText(s.rounds.buildsOn(number, m.ideas[number - 1]![1])).waitFor(WAIT)
      }
    }
  }
  await goToStage(page, s.stages.story, s)
  await page.getByText(m.storyPhrase).waitFor(WAIT)
  await page.getByText(s.stagesIntro.story.privateBadge).waitFor(WAIT)
  await goToStage(page, s.stages.welcome, s)
  const f = m.facts
  await page
    .getByText(
      [s.dates.quarter(f.quarter), s.dates.day(f.date), f.place, f.facilitator].join(' · ')
    )
    .waitFor(WAIT)
}
