import { expect } from 'vitest'
import { currentStageName, departmentColumn, WAIT } from '../appSteps'
import {
  captureWithAuthor,
  selectIdeaByKeyboard,
  stepRound,
  waitForCapturesSaved
} from '../fullMeetingSteps'
import { readMeetingFromDisk } from '../meetingFiles'
import { projectorText } from '../projectorSteps'
import { captureByKeyboard, captureHasFocus, coverageStrip, ideaCard } from '../roundsSteps'
import { shoot } from './script'
import type { MeetingRun } from './script'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Rounds: four rounds, six departments, builds across departments. Round 1 uses an `@prefix` with an
 * author, an Alt+key, `^N` builds and a build by selection (Alt+↑); rounds 2 to 4 are reached with
 * Alt+Page Down and each builds on its own first idea.
 */
export async function runRounds(run: MeetingRun): Promise<void> {
  const { page, s, m } = run
  const r = s.rounds
  const ideas = m.ideas
  const at = (i: number) => `@${m.at[ideas[i]![1]]!}`
  await page.keyboard.press('PageDown')
  await expect.poll(() => currentStageName(page, s), WAIT).toBe(s.stages.rounds)
  await expect.poll(() => captureHasFocus(page, s), WAIT).toBe(true)
  await page.keyboard.press('Alt+Shift+KeyS')
  await page.getByText(r.countdown.running, { exact: true }).waitFor(WAIT)

  await captureWithAuthor(page, `${at(0)} ${ideas[0]![2]}`, m.people[1]!.name, s)
  await page.keyboard.press('Alt+KeyP')
  await captureByKeyboard(page, ideas[1]![2], s)
  await captureByKeyboard(page, `${at(2)} ${ideas[2]![2]}`, s)
  await ideaCard(page, ideas[0]![2]).waitFor(WAIT)
  await waitForCapturesSaved(page)
  await captureByKeyboard(page, `${at(3)} ^1 ${ideas[3]![2]}`, s)
  // Wait for the saves: a commit that comes back clears the selection (see the report).
  await ideaCard(page, ideas[3]![2]).waitFor(WAIT)
  await waitForCapturesSaved(page)
  await selectIdeaByKeyboard(page, 2, s)
  await page.getByText(r.buildingOn(2, ideas[1]![1], ideas[1]![2])).waitFor(WAIT)
  await captureByKeyboard(page, `${at(4)} ${ideas[4]![2]}`, s)
  await captureByKeyboard(page, `${at(5)} ${ideas[5]![2]}`, s)
  await ideaCard(page, ideas[3]![2]).getByText(r.buildsOn(1, ideas[0]![1])).waitFor(WAIT)
  await ideaCard(page, ideas[4]![2]).getByText(r.buildsOn(2, ideas[1]![1])).waitFor(WAIT)
  await departmentColumn(page, ideas[5]![1]).getByText(ideas[5]![2]).waitFor(WAIT)
  await expect
    .poll(() => coverageStrip(page, s).textContent(), WAIT)
    .toMatch(new RegExp(`${escape(r.coverage.everyone)}.*${escape(r.coverage.crossBuilds(2))}`))
  // The room sees the round in the meeting's language, with the ideas as typed.
  await expect
    .poll(() => projectorText(run.projector!), WAIT)
    .toContain(s.projector.round.buildsOn(2, ideas[1]![1]))
  await shoot(run, '06-round-1')

  for (const round of [2, 3, 4]) {
    await stepRound(page, 'next', s)
    await expect.poll(() => coverageStrip(page, s).textContent(), WAIT).toContain(r.coverage.silent)
    const [first, second] = ideas.filter(([n]) => n === round)
    await captureByKeyboard(page, `@${first![1].slice(0, 4)} ${first![2]}`, s)
    // Ideas are numbered across the meeting: this round's first idea follows the earlier rounds'.
    const firstNumber = ideas.filter(([n]) => n < round).length + 1
    // ^N is read against the saved ideas when Enter is pressed (see the report).
    await ideaCard(page, first![2]).waitFor(WAIT)
    await waitForCapturesSaved(page)
    await captureByKeyboard(page, `@${second![1].slice(0, 4)} ^${firstNumber} ${second![2]}`, s)
    await ideaCard(page, second![2]).getByText(r.buildsOn(firstNumber, first![1])).waitFor(WAIT)
    await shoot(run, `07-round-${round}`)
  }
  expect(await captureHasFocus(page, s)).toBe(true)
  await expect
    .poll(
      async () =>
        (await readMeetingFromDisk(run.app.workspaceDir, run.meetingId))?.meeting.ideas.length,
      WAIT
    )
    .toBe(ideas.length)
}
