import { expect } from 'vitest'
import { WAIT } from '../appSteps'
import { focusIdeaByKeyboard, goToStage, ideaRow, themeRegion } from '../convergeSteps'
import { fillAndAddAction } from '../fullMeetingSteps'
import { seriousAxeViolations } from '../prepareSteps'
import { projectorText } from '../projectorSteps'
import { projectorShows } from './runOpening'
import { shoot } from './script'
import type { MeetingRun } from './script'

/** Converge: themes by T, tallies typed and by +, read back from the ranked shortlist. */
export async function runConverge(run: MeetingRun): Promise<void> {
  const { page, s, m } = run
  const c = s.converge
  const [music, families] = Object.keys(m.themes) as [string, string]
  await goToStage(page, s.stages.converge, s)
  // The board is up with the first idea drawn (its lists are virtual: a row far down may not be).
  await ideaRow(page, m.ideas[0]![2]).waitFor(WAIT)
  for (const [theme, texts] of Object.entries(m.themes)) {
    for (const text of texts) {
      await focusIdeaByKeyboard(page, text, undefined, s)
      await page.keyboard.press('Space')
    }
    await page.keyboard.press('t')
    const name = page.getByLabel(c.themeDialogLabel(texts.length))
    await name.waitFor(WAIT)
    await page.keyboard.type(theme)
    await page.keyboard.press('Enter')
    for (const text of texts) await themeRegion(page, theme).getByText(text).waitFor(WAIT)
  }
  const typeVotes = async (label: string, votes: string) => {
    const field = page.getByLabel(c.votesLabel(label))
    await field.fill(votes)
    await field.press('Enter')
    await expect.poll(() => field.inputValue(), WAIT).toBe(votes)
  }
  await typeVotes(music, '9')
  await typeVotes(families, '5')
  // Ideas far down the board are reached as a keyboard user reaches them (its lists are virtual).
  await focusIdeaByKeyboard(page, m.teachers, undefined, s)
  await typeVotes(m.teachers, '2')
  await focusIdeaByKeyboard(page, m.replace, undefined, s)
  for (let i = 0; i < 3; i++) await page.keyboard.press('+')
  await expect.poll(() => page.getByLabel(c.votesLabel(m.replace)).inputValue(), WAIT).toBe('3')
  const shortlist = page.getByRole('region', { name: c.shortlistHeading })
  await expect
    .poll(() => shortlist.locator('li .shortlist-label').allTextContents(), WAIT)
    .toEqual([`${c.themeBadge} ${music}`, `${c.themeBadge} ${families}`, m.replace, m.teachers])
  await projectorShows(run, s.projector.converge.heading)
  await expect.poll(() => projectorText(run.projector!), WAIT).toContain(music)
  expect(await projectorText(run.projector!)).toContain(s.projector.converge.votes(9))
  await shoot(run, '08-converge')
  expect(await seriousAxeViolations(page)).toEqual([])
}

/** Actions: one from a shortlisted idea, one from a theme, two from scratch; a Rule of Two. */
export async function runActions(run: MeetingRun): Promise<void> {
  const { page, s, m } = run
  const a = s.actions
  const [music] = Object.keys(m.themes) as [string]
  await goToStage(page, s.stages.actions, s)
  await page.getByRole('button', { name: a.makeActionLabel(m.replace) }).press('Enter')
  await expect.poll(() => page.getByLabel(a.what).inputValue(), WAIT).toBe(m.replace)
  await fillAndAddAction(page, m.actions[0]!, true, s)
  await page.getByRole('button', { name: a.makeActionLabel(music) }).press('Enter')
  await page.getByText(a.fromIdeas(m.themes[music]!.length)).waitFor(WAIT)
  for (const action of m.actions.slice(1)) await fillAndAddAction(page, action, false, s)

  const e = m.escalation
  await page.getByRole('button', { name: a.escalateLabel(m.actions[1]!.what) }).press('Enter')
  const topic = page.getByLabel(a.topic)
  await expect.poll(() => topic.evaluate((el) => el === document.activeElement), WAIT).toBe(true)
  await topic.fill(e.topic)
  await page.getByLabel(a.personA).fill(e.personA)
  await page.getByLabel(a.personB).fill(e.personB)
  await page.getByLabel(a.openedOn).fill(e.openedOn)
  await page.getByLabel(a.personB).press('Enter')
  const escalation = page.locator('.escalation-item')
  await escalation.getByText(a.agreeBy(s.dates.day(e.agreeBy))).waitFor(WAIT)
  await escalation.getByText(a.extendedTo(s.dates.day(e.extendedTo))).waitFor(WAIT)
  await projectorShows(run, s.projector.actions.heading)
  await expect.poll(() => projectorText(run.projector!), WAIT).toContain(m.actions[0]!.what)
  await shoot(run, '09-actions')
  expect(await seriousAxeViolations(page)).toEqual([])
}
