import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { PresentationState } from '../../../src/shared/ipc/contract'
import type { Meeting } from '../../../src/shared/meeting/schema'
import ProjectorScreen from '../../../src/renderer/src/projector/ProjectorScreen'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider } from '../../../src/renderer/src/store/StoreProvider'
import { createFakeApi } from '../fakeApi'
import { testIdea } from '../ideaFixture'

afterEach(cleanup)

const presenting = (
  meetingId: string,
  patch: Partial<PresentationState> = {}
): PresentationState => ({
  meetingId,
  projectorOpen: true,
  blank: false,
  frozen: false,
  theme: 'dark',
  countdown: null,
  countdownRoundId: null,
  reflectionUntil: null,
  ...patch
})

/** The projector window on a fake main: a meeting at the story stage with a private story field. */
async function renderProjector() {
  const fake = createFakeApi({}, { audience: 'projector' })
  const { api, meetings } = fake
  const store = createAppStore({ api })
  await api.createMeeting('Q4 review', { kind: 'template' })
  const [created] = [...meetings.values()]
  if (!created) throw new Error('fake create failed')
  const id = created.id
  const meeting: Meeting = {
    ...created,
    story: {
      ...created.story,
      customer: 'John',
      text: 'I heard my daughter sing.',
      channel: 'His private phone number 555-0199',
      privateFields: ['channel' as const]
    },
    run: { ...created.run, stage: 'story' as const }
  }
  meetings.set(id, meeting)
  fake.publish(id)
  fake.present(id)
  store.getState().receivePresentationChanged(presenting(id))
  render(
    <AppStoreProvider store={store}>
      <ProjectorScreen />
    </AppStoreProvider>
  )
  await screen.findByRole('heading', { level: 1, name: 'Our customer’s story' })
  /** A change made in main: the projector gets only its view's patches. */
  const broadcast = (changed: Meeting) =>
    act(() => {
      meetings.set(id, changed)
      fake.publish(id)
    })
  const present = (patch: Partial<PresentationState>) =>
    act(() => store.getState().receivePresentationChanged(presenting(id, patch)))
  return { meeting, broadcast, present, store }
}

describe('ProjectorScreen', () => {
  it('shows the public story and never a private field', async () => {
    await renderProjector()
    expect(document.body.textContent).toContain('I heard my daughter sing.')
    expect(document.body.textContent).not.toContain('555-0199')
    expect(screen.queryAllByRole('button')).toHaveLength(0)
  })

  it('shows the reflection pause’s countdown to the room, and drops it when the pause ends', async () => {
    const { present } = await renderProjector()
    present({ reflectionUntil: Date.now() + 15_000 })
    const timer = await screen.findByRole('timer', { name: 'Reflection pause' })
    expect(timer.textContent).toMatch(/^0:1[45]$/)
    present({ reflectionUntil: null })
    expect(screen.queryByRole('timer', { name: 'Reflection pause' })).toBeNull()
  })

  it('follows the facilitator’s stage from main’s patches, keeping what did not change', async () => {
    const { meeting, broadcast, store } = await renderProjector()
    const before = store.getState().projected!
    broadcast({ ...meeting, run: { ...meeting.run, stage: 'framing' } })
    expect(await screen.findByText("How can we make more stories like John's happen?")).toBeTruthy()
    const after = store.getState().projected!
    expect(after.rev).toBe(before.rev + 1)
    expect(after.view.departments).toBe(before.view.departments)
    expect(after.view.story).toBe(before.view.story)
  })

  it('adds an arriving idea to its department’s column and count, marks it as the newest, and leaves the other columns’ cards as they were', async () => {
    const { meeting, broadcast } = await renderProjector()
    const [first, second] = meeting.departments
    const roundId = meeting.rounds[0]!.id
    const idea = (id: string, departmentId: string, text: string, number: number) =>
      testIdea(id, departmentId, text, number, roundId)
    const onRounds = {
      ...meeting,
      run: { ...meeting.run, stage: 'rounds' as const, roundId },
      ideas: [idea('a', first!.id, 'Call every customer', 1), idea('b', second!.id, 'Demo days', 2)]
    }
    broadcast(onRounds)
    const other = (await screen.findByText('Demo days')).closest('li')!
    const column = (name: string) => screen.getByRole('region', { name: new RegExp(name) })
    expect(column(first!.name).textContent).toContain('1 idea')
    const newest = () =>
      [...document.querySelectorAll('.pj-idea-newest')].map((card) => card.textContent)
    expect(newest()).toEqual([expect.stringContaining('Demo days')])
    broadcast({ ...onRounds, ideas: [...onRounds.ideas, idea('c', first!.id, 'Loan a device', 3)] })
    expect(await screen.findByText('Loan a device')).toBeTruthy()
    expect(column(first!.name).textContent).toContain('2 ideas')
    expect(column(first!.name).textContent).toContain('Call every customer')
    // Only the idea that arrived last is marked, in whichever column it is.
    expect(newest()).toEqual([expect.stringContaining('Loan a device')])
    // The other department's card is the element it was.
    expect(screen.getByText('Demo days').closest('li')).toBe(other)
  })

  it('keeps its last view while frozen and catches up when unfrozen', async () => {
    const { meeting, broadcast, present } = await renderProjector()
    present({ frozen: true })
    broadcast({ ...meeting, run: { ...meeting.run, stage: 'framing' } })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Our customer’s story')
    present({ frozen: false })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The question for today')
  })

  it('shows nothing but black when blank', async () => {
    const { present } = await renderProjector()
    present({ blank: true })
    expect(document.querySelector('main.pj-blank')).not.toBeNull()
    expect(document.body.textContent).not.toContain('daughter')
  })
})
