import { INITIAL_PRESENTATION } from '../../../src/shared/ipc/contract'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { PresentationState } from '../../../src/shared/ipc/contract'
import type { CarriedAction, Meeting } from '../../../src/shared/meeting/schema'
import { CheatSheet } from '../../../src/renderer/src/components/CheatSheet'
import { ScheduleBadge } from '../../../src/renderer/src/components/ScheduleBadge'
import { FramingStage } from '../../../src/renderer/src/screens/stages/FramingStage'
import { LastQuarterStage } from '../../../src/renderer/src/screens/stages/LastQuarterStage'
import { StoryStage } from '../../../src/renderer/src/screens/stages/StoryStage'
import { WelcomeStage } from '../../../src/renderer/src/screens/stages/WelcomeStage'
import type { StageComponent } from '../../../src/renderer/src/screens/stages/types'
import { cheatSheetRows } from '../../../src/renderer/src/keymap/cheatSheetRows'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider, useAppStore } from '../../../src/renderer/src/store/StoreProvider'
import { createFakeApi } from '../fakeApi'

afterEach(cleanup)

const carried = (overrides: Partial<CarriedAction>): CarriedAction => ({
  id: 'c1',
  sourceActionId: 'a1',
  what: 'Call every new hearing-aid customer after a week',
  owner: 'Hernando',
  dueDate: '2026-09-30',
  metric: { kind: 'csat', customName: '', baseline: '72', target: '85', measureOn: '2026-12-01' },
  timesCarried: 1,
  progressedBefore: false,
  status: 'open',
  latestValue: '',
  note: '',
  ...overrides
})

/** A template meeting (changed by `setup` in the fake's store) shown on one stage. */
async function renderStage(Stage: StageComponent, setup: (m: Meeting) => Meeting = (m) => m) {
  let presentation: PresentationState = INITIAL_PRESENTATION
  const { api, meetings, publish } = createFakeApi({
    setPresentation: (patch) => {
      const seconds = patch.reflectionSeconds
      presentation = {
        ...presentation,
        reflectionUntil: seconds ? Date.now() + seconds * 1000 : null
      }
      return Promise.resolve({ ok: true, value: presentation })
    }
  })
  const store = createAppStore({ api })
  await store.getState().createMeeting('Q4 review', { kind: 'template' })
  const id = store.getState().current!.meeting.id
  const changed = setup(meetings.get(id)!)
  meetings.set(id, changed)
  publish(id)
  function Current() {
    const meeting = useAppStore((s) => s.current?.meeting)
    return meeting ? <Stage meeting={meeting} /> : null
  }
  render(
    <AppStoreProvider store={store}>
      <Current />
    </AppStoreProvider>
  )
  return { api, store, meeting: () => store.getState().current!.meeting }
}

describe('Welcome stage', () => {
  it('shows purpose, mission and the agenda with planned start times from the start', async () => {
    await renderStage(WelcomeStage, (m) => ({
      ...m,
      facts: { ...m.facts, mission: 'Every customer hears the moments that matter.' },
      run: { ...m.run, meetingStartedAt: '2026-11-24T08:00:00.000Z' }
    }))
    expect(screen.getByText('Every customer hears the moments that matter.')).toBeTruthy()
    const agenda = screen.getByRole('list', { name: 'Agenda with planned start times' })
    const times = within(agenda)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time')!.getAttribute('dateTime'))
    // Welcome 5 + last quarter 15 + story 10 + framing 5 → rounds start 35 minutes in.
    expect(times.slice(0, 5)).toEqual([
      '2026-11-24T08:00:00.000Z',
      '2026-11-24T08:05:00.000Z',
      '2026-11-24T08:20:00.000Z',
      '2026-11-24T08:30:00.000Z',
      '2026-11-24T08:35:00.000Z'
    ])
  })
})

describe('Last quarter’s actions stage', () => {
  it('explains how to carry actions over when there are none', async () => {
    await renderStage(LastQuarterStage)
    expect(screen.getByText(/In Prepare .* choose the previous meeting/)).toBeTruthy()
  })

  it('flags an action carried twice without progress in words, and records status and value', async () => {
    const { meeting } = await renderStage(LastQuarterStage, (m) => ({
      ...m,
      carriedFrom: { meetingId: 'q3', title: 'Q3 review' },
      carried: [
        carried({}),
        carried({ id: 'c2', what: 'Music-clarity setting', timesCarried: 2, status: 'stalled' })
      ]
    }))
    expect(screen.getByText('⚠ Carried 2 times without progress')).toBeTruthy()
    expect(screen.getAllByText(/CSAT: baseline 72 → target 85/)).toHaveLength(2)

    fireEvent.change(screen.getByLabelText('Status of “Music-clarity setting”'), {
      target: { value: 'inProgress' }
    })
    await waitFor(() => expect(meeting().carried[1]!.status).toBe('inProgress'))
    // In progress now: no longer stuck.
    expect(screen.queryByText(/without progress/)).toBeNull()

    const latest = screen.getByLabelText(
      'Latest metric value for “Call every new hearing-aid customer after a week”'
    )
    fireEvent.change(latest, { target: { value: '79' } })
    fireEvent.keyDown(latest, { key: 'Enter' })
    await waitFor(() => expect(meeting().carried[0]!.latestValue).toBe('79'))
    expect(screen.getByText('Latest value: 79')).toBeTruthy()
    // Did the customer metric move? CSAT baseline 72 → 79.
    expect(screen.getByText(/\(\+7 since the baseline\)/)).toBeTruthy()
  })
})

describe('Customer story stage', () => {
  const withStory = (m: Meeting): Meeting => ({
    ...m,
    story: {
      ...m.story,
      customer: 'John',
      text: 'For the first time in years I could hear my daughter sing.',
      channel: 'Email',
      privateFields: ['channel'],
      contact: 'john@example.org'
    }
  })

  it('shows the story large with who said it, and marks private details', async () => {
    await renderStage(StoryStage, withStory)
    expect(screen.getByText(/hear my daughter sing/).closest('blockquote')).toBeTruthy()
    expect(screen.getByText(/— John/)).toBeTruthy()
    // The private channel and the contact each carry the badge; the public customer does not.
    const badges = screen.getAllByText('Private — not shown to the room')
    expect(badges.map((b) => b.closest('dd')?.firstChild?.textContent)).toEqual([
      'Email',
      'john@example.org'
    ])
  })

  it('starts a quiet reflection pause with R and ends it from the button', async () => {
    const { api } = await renderStage(StoryStage, withStory)
    fireEvent.keyDown(window, { key: 'r' })
    const timer = await screen.findByRole('timer', { name: 'Reflection pause' })
    expect(timer.textContent).toMatch(/0:(20|19) of silence left/)
    expect(api.setPresentation).toHaveBeenCalledWith({ reflectionSeconds: 20 })
    fireEvent.click(within(timer).getByRole('button', { name: 'End the pause' }))
    await waitFor(() => expect(screen.queryByRole('timer')).toBeNull())
    expect(api.setPresentation).toHaveBeenLastCalledWith({ reflectionSeconds: null })
  })

  it('points to Prepare when there is no story yet', async () => {
    await renderStage(StoryStage)
    expect(screen.getByText(/Add the customer’s story in Prepare/)).toBeTruthy()
  })
})

describe('Framing stage', () => {
  it('shows the question with the customer’s name and edits it in place with E', async () => {
    const { meeting } = await renderStage(FramingStage, (m) => ({
      ...m,
      story: { ...m.story, customer: 'John' }
    }))
    expect(screen.getByText("How can we make more stories like John's happen?")).toBeTruthy()
    fireEvent.keyDown(window, { key: 'e' })
    const input = await screen.findByLabelText(
      'Framing question ({customer} is replaced by the customer’s name)'
    )
    expect(document.activeElement).toBe(input)
    fireEvent.change(input, { target: { value: 'Who else could {customer} be?' } })
    fireEvent.submit(input.closest('form')!)
    await screen.findByText('Who else could John be?')
    expect(meeting().framingQuestion).toBe('Who else could {customer} be?')
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit the question (E)'))
  })
})

describe('Schedule badge', () => {
  it('says the planned total before the start, then the forecast end and time left', async () => {
    await renderStage(({ meeting }) => <ScheduleBadge meeting={meeting} />)
    expect(screen.getByText('Planned: 160 min')).toBeTruthy()
    cleanup()
    const started = new Date(Date.now() - 7 * 60_000).toISOString()
    await renderStage(
      ({ meeting }) => <ScheduleBadge meeting={meeting} />,
      (m) => ({ ...m, run: { ...m.run, meetingStartedAt: started, stageStartedAt: started } })
    )
    // Welcome is planned for 5 minutes and has run for 7: two minutes over, said in words.
    expect(screen.getByText(/^2:0\d over$/)).toBeTruthy()
    expect(screen.getByText(/^Ends ≈ \d\d:\d\d \(2 min later than planned\)$/)).toBeTruthy()
  })
})

describe('Cheat sheet', () => {
  it('opens with ?, lists every shortcut, closes with Escape and gives focus back', async () => {
    await renderStage(() => (
      <>
        <button type="button">Somewhere</button>
        <input aria-label="Some field" />
        <CheatSheet />
      </>
    ))
    const field = screen.getByLabelText('Some field')
    field.focus()
    fireEvent.keyDown(field, { key: '?' })
    expect(screen.queryByRole('dialog')).toBeNull()

    const somewhere = screen.getByRole('button', { name: 'Somewhere' })
    somewhere.focus()
    act(() => {
      fireEvent.keyDown(somewhere, { key: '?' })
    })
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    const rows = cheatSheetRows()
    const groups = new Set(rows.map((entry) => entry.where)).size
    expect(within(dialog).getAllByRole('row')).toHaveLength(rows.length + groups + 1)
    expect(within(dialog).getByText('Open or close Prepare')).toBeTruthy()
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(document.activeElement).toBe(somewhere)
  })
})
