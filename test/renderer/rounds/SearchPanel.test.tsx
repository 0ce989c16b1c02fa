import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { RoundsStage } from '../../../src/renderer/src/screens/stages/RoundsStage'
import { SearchPanel } from '../../../src/renderer/src/screens/search/SearchPanel'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider, useAppStore } from '../../../src/renderer/src/store/StoreProvider'
import { createFakeApi } from '../fakeApi'

afterEach(() => {
  cleanup()
})

function CurrentSearch() {
  const meeting = useAppStore((s) => s.current?.meeting)
  return meeting ? <SearchPanel meeting={meeting} /> : null
}

/** Search over the Rounds stage, as the meeting screen shows them. */
function SearchOverRounds() {
  const meeting = useAppStore((s) => s.current?.meeting)
  return meeting ? (
    <>
      <SearchPanel meeting={meeting} />
      <RoundsStage meeting={meeting} />
    </>
  ) : null
}

// jsdom does not lay out pages, so it has no scrollIntoView.
beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

async function renderSearch(onRounds = false) {
  const { api } = createFakeApi()
  const store = createAppStore({ api })
  await store.getState().createMeeting('Q4 review', { kind: 'template' })
  const m = store.getState().current!.meeting
  const dept = (name: string) => m.departments.find((d) => d.name === name)!.id
  await store.getState().sendCommand({
    type: 'idea.add',
    roundId: m.rounds[0]!.id,
    departmentId: dept('Finance'),
    text: 'Family plan pricing'
  })
  await store.getState().sendCommand({
    type: 'idea.add',
    roundId: m.rounds[1]!.id,
    departmentId: dept('Sales'),
    text: 'Call every family that churned'
  })
  render(
    <AppStoreProvider store={store}>
      {onRounds ? <SearchOverRounds /> : <CurrentSearch />}
    </AppStoreProvider>
  )
  return { api, store, m }
}

async function renderSearchOnRound(roundIndex: number) {
  const harness = await renderSearch(true)
  const roundId = harness.m.rounds[roundIndex]!.id
  await harness.store.getState().sendCommand({ type: 'run.goto', stage: 'rounds', roundId })
  return harness
}

describe('search', () => {
  it('opens with Ctrl+F, finds ideas as you type, and Enter jumps to the first one', async () => {
    const { api, store, m } = await renderSearch()
    fireEvent.keyDown(window, { key: 'f', ctrlKey: true })
    const query = screen.getByLabelText('Search ideas and actions')
    expect(document.activeElement).toBe(query)
    fireEvent.change(query, { target: { value: 'FAMILY churn' } })
    const dialog = screen.getByRole('dialog', { name: 'Search this meeting' })
    await waitFor(() =>
      expect(within(dialog).getByText('Call every family that churned')).toBeTruthy()
    )
    expect(within(dialog).queryByText('Family plan pricing')).toBeNull()
    fireEvent.keyDown(query, { key: 'Enter' })
    const sales = store.getState().current!.meeting.ideas[1]!
    expect(store.getState().ideaJumpId).toBe(sales.id)
    await waitFor(() =>
      expect(api.commitCommand).toHaveBeenLastCalledWith(m.id, {
        type: 'run.goto',
        stage: 'rounds',
        roundId: m.rounds[1]!.id
      })
    )
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('during the rounds, picks an idea of another round to build on without switching rounds', async () => {
    const { api, store, m } = await renderSearchOnRound(2)
    fireEvent.keyDown(window, { key: 'f', ctrlKey: true })
    fireEvent.change(screen.getByLabelText('Search ideas and actions'), {
      target: { value: 'family plan' }
    })
    const dialog = screen.getByRole('dialog', { name: 'Search this meeting' })
    const result = await within(dialog).findByRole('button', { name: /Family plan pricing/ })
    const calls = vi.mocked(api.commitCommand).mock.calls.length
    fireEvent.click(result)
    await screen.findByText(
      /Next idea builds on #1 \(Finance, in “More stories like this”\): Family plan pricing/
    )
    expect(store.getState().current!.meeting.run.roundId).toBe(m.rounds[2]!.id)
    expect(vi.mocked(api.commitCommand).mock.calls.length).toBe(calls)
  })

  it('lists ideas by department filter alone, and / opens it outside a text field', async () => {
    const { m } = await renderSearch()
    fireEvent.keyDown(document.body, { key: '/' })
    fireEvent.change(screen.getByLabelText('Department'), {
      target: { value: m.departments.find((d) => d.name === 'Finance')!.id }
    })
    const dialog = screen.getByRole('dialog')
    await waitFor(() => expect(within(dialog).getByText('Family plan pricing')).toBeTruthy())
    expect(within(dialog).getByText(/Ideas \(1\)/)).toBeTruthy()
    fireEvent.keyDown(screen.getByLabelText('Search ideas and actions'), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
