import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { MeetingService } from '../../../src/main/services/meetingService'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { WAIT } from './appSteps'

/** Text that is in the meeting but must never reach the room. */
export const SECRETS = {
  privateChannel: 'Private email to Hernando on his personal address',
  privateBroughtBy: 'Dana from the complaints desk',
  carriedNote: 'Facilitator note: Ana missed the last two check-ins'
}

/**
 * Seed 000: the customer story of John hearing his daughter sing (a long story, several slides).
 * Kept as a fixture so the spec does not depend on anything outside the repository.
 */
export function seedStory(): string {
  return readFileSync(join(import.meta.dirname, '../../fixtures/seed000-story.txt'), 'utf8').trim()
}

/** Applies changes through the service, as the facilitator's window would; returns the meeting. */
export async function change(
  service: MeetingService,
  meetingId: string,
  commands: Array<Command | ((m: Meeting) => Command)>
): Promise<Meeting> {
  let meeting = (await service.openMeeting(meetingId)).view.meeting
  for (const command of commands) {
    const next = typeof command === 'function' ? command(meeting) : command
    await service.commitCommand(meetingId, next)
    meeting = (await service.openMeeting(meetingId)).view.meeting
  }
  return meeting
}

/**
 * Fills a template meeting with everything the projector shows: facts, a long customer story with two
 * private fields, last quarter's actions (one with a facilitator note), ideas with a build-on, voted
 * themes, actions, recognitions, priorities and the next review.
 */
export async function fillMeetingForTheRoom(
  service: MeetingService,
  meetingId: string
): Promise<Meeting> {
  return change(service, meetingId, [
    {
      type: 'facts.update',
      patch: {
        quarter: '2026-Q4',
        date: '2026-11-23',
        place: 'Harbour room',
        purpose: 'Start from one customer’s story and leave with actions that make more of them.',
        mission: 'Every customer hears the moments that matter.'
      }
    },
    {
      type: 'story.update',
      patch: {
        customer: 'John',
        segment: 'Parents with hearing loss',
        text: seedStory(),
        channel: SECRETS.privateChannel,
        broughtBy: SECRETS.privateBroughtBy,
        impact: 'He heard his daughter sing at her school recital.',
        privateFields: ['channel', 'broughtBy']
      }
    },
    {
      type: 'carried.set',
      from: { meetingId: 'q3', title: 'Q3 customer review' },
      actions: [
        carried('c1', 'Call ten customers who left last quarter', 'Ana', 'done', '32', '38'),
        carried('c2', 'Publish the repair times on the website', 'Ben', 'stalled', '4.1', '4.1')
      ]
    },
    { type: 'carried.update', id: 'c2', note: SECRETS.carriedNote },
    (m) => idea(m, 0, 0, 'Offer free trials to music teachers'),
    (m) => idea(m, 0, 1, 'A music mode that lifts a child’s voice', 'Offer free trials'),
    (m) => idea(m, 0, 2, 'Collect one customer story a week from support calls'),
    (m) => idea(m, 0, 4, 'A payment plan so families can afford the device'),
    { type: 'theme.add', name: 'Music and schools' },
    { type: 'theme.add', name: 'Hearing the customer every week' },
    (m) => ({ type: 'votes.set', target: 'theme', id: m.themes[0]!.id, votes: 7 }),
    (m) => ({ type: 'votes.set', target: 'theme', id: m.themes[1]!.id, votes: 4 }),
    (m) => ({ type: 'votes.set', target: 'idea', id: m.ideas[3]!.id, votes: 2 }),
    (m) => ({
      type: 'action.add',
      what: 'Run a free-trial pilot with five music teachers',
      owner: 'Tom',
      departmentId: m.departments[0]!.id,
      dueDate: '2027-01-31',
      priority: 'high',
      customerBenefit: 'More children’s performances heard by their parents.',
      metric: {
        kind: 'nps',
        customName: '',
        baseline: '38',
        target: '45',
        measureOn: '2027-03-31'
      },
      sourceIdeaIds: [m.ideas[0]!.id]
    }),
    { type: 'recognition.add', who: 'Customer Service', forWhat: 'bringing John’s email to us' },
    { type: 'priorities.set', priorities: ['Music mode', 'Teacher pilot', 'Weekly stories'] },
    { type: 'nextReview.set', date: '2027-02-22' }
  ])
}

function carried(
  id: string,
  what: string,
  owner: string,
  status: 'done' | 'stalled',
  baseline: string,
  latestValue: string
) {
  return {
    id,
    sourceActionId: `src-${id}`,
    what,
    owner,
    dueDate: '2026-10-31',
    metric: { kind: 'csat' as const, customName: '', baseline, target: '45', measureOn: '' },
    timesCarried: 1,
    progressedBefore: false,
    status,
    latestValue,
    note: ''
  }
}

function idea(m: Meeting, round: number, department: number, text: string, buildsOn?: string) {
  const base = buildsOn ? m.ideas.find((i) => i.text.startsWith(buildsOn)) : undefined
  return {
    type: 'idea.add' as const,
    roundId: m.rounds[round]!.id,
    departmentId: m.departments[department]!.id,
    text,
    ...(base ? { buildsOnId: base.id } : {})
  }
}

/** Everything the room can read on the projector right now. */
export const projectorText = (projector: Page): Promise<string> =>
  projector.locator('main.projector').innerText()

/** The projector slide's heading. */
export const projectorHeading = (projector: Page): Promise<string | null> =>
  projector.locator('main.projector h1').first().textContent()

/** Waits until the projector shows a slide whose heading matches. */
export async function expectProjectorHeading(projector: Page, heading: RegExp): Promise<void> {
  await expect.poll(() => projectorHeading(projector), WAIT).toMatch(heading)
}

/** Waits until the projector page has been opened by the app (Present, Ctrl+P). */
export async function waitForProjectorPage(getPage: () => Page | null): Promise<Page> {
  await expect.poll(() => getPage() !== null, WAIT).toBe(true)
  const projector = getPage()!
  await projector.locator('main.projector').waitFor(WAIT)
  return projector
}

/** A new meeting may open on Prepare; the live meeting is where ideas are captured. */
export async function leavePrepare(page: Page): Promise<void> {
  const prepare = page.getByRole('button', { name: 'Prepare', exact: true })
  if ((await prepare.count()) === 0) return
  if ((await prepare.getAttribute('aria-pressed')) === 'true') await prepare.click()
  await expect.poll(() => prepare.getAttribute('aria-pressed'), WAIT).toBe('false')
}
