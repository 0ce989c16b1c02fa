import { INITIAL_PRESENTATION } from '../../../src/shared/ipc/contract'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider, useAppStore } from '../../../src/renderer/src/store/StoreProvider'
import { RoundsStage } from '../../../src/renderer/src/screens/stages/RoundsStage'
import type { PresentationState } from '../../../src/shared/ipc/contract'
import { ok } from '../../../src/shared/result'
import { addMinute, newCountdown, pause, start } from '../../../src/shared/run/countdown'
import { createFakeApi } from '../fakeApi'

afterEach(cleanup)
// jsdom does not lay out pages, so it has no scrollIntoView.
beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

function CurrentRounds() {
  const meeting = useAppStore((s) => s.current?.meeting)
  return meeting ? <RoundsStage meeting={meeting} /> : null
}

/** A presentation state that runs countdowns like main does (on the test's clock). */
function countdownApi() {
  let state: PresentationState = INITIAL_PRESENTATION
  return {
    getPresentation: () => Promise.resolve(ok(state)),
    controlCountdown: (roundId: string, action: string, minutes: number) => {
      const now = Date.now()
      const base =
        state.countdownRoundId !== roundId || !state.countdown || action === 'reset'
          ? newCountdown(minutes)
          : state.countdown
      const next =
        action === 'start'
          ? start(base, now)
          : action === 'pause'
            ? pause(base, now)
            : action === 'addMinute'
              ? addMinute(base, now)
              : base
      state = { ...state, countdown: next, countdownRoundId: roundId }
      return Promise.resolve(ok(state))
    }
  }
}

async function renderRounds(roundIndex = 0) {
  const { api } = createFakeApi(countdownApi())
  const store = createAppStore({ api })
  await store.getState().createMeeting('Q4 review', { kind: 'template' })
  await store.getState().loadPresentation()
  const roundId = store.getState().current!.meeting.rounds[roundIndex]!.id
  await store.getState().sendCommand({ type: 'run.goto', stage: 'rounds', roundId })
  render(
    <AppStoreProvider store={store}>
      <CurrentRounds />
    </AppStoreProvider>
  )
  const input = screen.getByLabelText<HTMLInputElement>('Idea')
  const capture = async (line: string) => {
    const before = store.getState().current!.meeting.ideas.length
    fireEvent.change(input, { target: { value: line } })
    fireEvent.keyDown(input, { key: 'Enter' })
    await waitFor(() => expect(store.getState().current!.meeting.ideas.length).toBe(before + 1))
  }
  const ideas = () => store.getState().current!.meeting.ideas
  return { api, store, input, capture, ideas }
}

const altShift = (code: string, key = code.replace('Key', '')) =>
  fireEvent.keyDown(document.activeElement ?? window, { key, code, altKey: true, shiftKey: true })

describe('Rounds stage: building on ideas', () => {
  it('builds the next idea on the one picked with Alt+↑, and shows the link on the card', async () => {
    const { input, capture, ideas } = await renderRounds()
    await capture('@mark Share John’s story in the newsletter')
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    expect(screen.getByText(/Next idea builds on #1 \(Marketing\)/)).toBeTruthy()
    await capture('@prod A "record a performance" mode')
    expect(ideas()[1]!.buildsOnId).toBe(ideas()[0]!.id)
    const product = screen.getByRole('region', { name: /^Product/ })
    expect(within(product).getByText(/builds on #1 \(Marketing\)/)).toBeTruthy()
    // The build target is used once (cleared when main's reply comes, which can follow the card), and
    // focus never leaves the bar.
    await waitFor(() => expect(screen.queryByText(/Next idea builds on/)).toBeNull())
    expect(document.activeElement).toBe(input)
  })

  it('counts builds across departments and names who has not spoken yet', async () => {
    const { input, capture } = await renderRounds()
    const strip = () => screen.getByRole('region', { name: 'Round coverage' })
    expect(within(strip()).getByText(/Not heard from yet/).parentElement!.textContent).toMatch(
      /Marketing, Product, Customer Service, Sales, Finance, Operations/
    )
    await capture('@fin Family plan')
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    await capture('@sales Sell it to schools')
    expect(within(strip()).getByText(/1 idea builds on another department’s idea/)).toBeTruthy()
    expect(strip().textContent).not.toMatch(/Not heard from yet:.*Finance/)
    expect(strip().textContent).toMatch(
      /Not heard from yet:.*Marketing, Product, Customer Service, Operations/
    )
  })

  it('calls out a build on the same department in the cross-department round', async () => {
    const { input, capture } = await renderRounds(2)
    await capture('@mark Teacher ads')
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    await capture('@mark More teacher ads')
    expect(screen.getAllByText(/Same department/).length).toBe(1)
    const strip = screen.getByRole('region', { name: 'Round coverage' })
    expect(within(strip).getByText(/Built on their own department: #2/)).toBeTruthy()
  })
})

describe('Rounds stage: building on earlier rounds', () => {
  it('picks an idea of an earlier round with Alt+↑ in an empty round, and ^N names it too', async () => {
    const { store, input, capture, ideas } = await renderRounds()
    await capture('@mark Share John’s story in the newsletter')
    const rounds = store.getState().current!.meeting.rounds
    await store
      .getState()
      .sendCommand({ type: 'run.goto', stage: 'rounds', roundId: rounds[2]!.id })
    await screen.findByText(rounds[2]!.prompt.slice(0, 20), { exact: false })
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    expect(
      screen.getByText(/Next idea builds on #1 \(Marketing, in “More stories like this”\)/)
    ).toBeTruthy()
    await capture('@prod A "record a performance" mode')
    expect(ideas()[1]!.buildsOnId).toBe(ideas()[0]!.id)
    expect(ideas()[1]!.number).toBe(2)
    await capture('^1 @fin Discount for music schools')
    expect(ideas()[2]!.buildsOnId).toBe(ideas()[0]!.id)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('Rounds stage: working on a selected idea', () => {
  it('edits text, author and department with Alt+Shift+E, then gives focus back to the bar', async () => {
    const { input, capture, ideas } = await renderRounds()
    await capture('@mark Shre the story')
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    altShift('KeyE')
    const text = screen.getByLabelText<HTMLInputElement>('Idea text')
    expect(document.activeElement).toBe(text)
    fireEvent.change(text, { target: { value: 'Share the story' } })
    fireEvent.change(screen.getByLabelText('Author'), { target: { value: 'Anna' } })
    fireEvent.change(screen.getByLabelText('Department', { selector: '.idea-tool-form select' }), {
      target: { value: ideas()[0]!.departmentId }
    })
    fireEvent.submit(text.closest('form')!)
    await waitFor(() => expect(ideas()[0]!.text).toBe('Share the story'))
    expect(ideas()[0]!.author).toBe('Anna')
    await waitFor(() => expect(document.activeElement).toBe(input))
  })

  it('moves, merges and deletes by keyboard', async () => {
    const { store, input, capture, ideas } = await renderRounds()
    await capture('@mark One')
    await capture('@prod Two')
    await capture('@fin Three')
    // Alt+↑ twice: idea 2 (Two) is selected; Alt+Shift+G merges it into idea 1.
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    altShift('KeyG')
    const into = screen.getByLabelText<HTMLInputElement>('Merge into idea number')
    fireEvent.change(into, { target: { value: '9' } })
    fireEvent.submit(into.closest('form')!)
    expect(screen.getByRole('alert').textContent).toBe(
      'There is no other idea numbered 9 in this meeting.'
    )
    fireEvent.change(into, { target: { value: '1' } })
    fireEvent.submit(into.closest('form')!)
    await waitFor(() => expect(ideas().map((i) => i.text)).toEqual(['One\n+ Two', 'Three']))

    // Three keeps its number #3 after the merge: select it and move it to the next round.
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    altShift('KeyM')
    const round = screen.getByLabelText<HTMLSelectElement>('Move to round')
    const target = store.getState().current!.meeting.rounds[1]!
    expect(round.value).toBe(target.id)
    fireEvent.keyDown(round, { key: 'Enter' })
    await waitFor(() => expect(ideas()[1]!.roundId).toBe(target.id))
    // The status line follows the reply, which (as across IPC) comes after the change is applied.
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /Moved #3 to “What do our customers need\?”/
      )
    )

    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    altShift('Delete', 'Delete')
    await waitFor(() => expect(ideas().map((i) => i.text)).toEqual(['Three']))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Deleted idea #1/))
    expect(document.activeElement).toBe(input)
  })

  it('clears the status line once the meeting changes again or the round changes', async () => {
    const { input, capture, ideas } = await renderRounds()
    await capture('@mark One')
    await capture('@prod Two')
    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    altShift('Delete', 'Delete')
    await waitFor(() => expect(ideas()).toHaveLength(1))
    const status = () => screen.getByRole('status').textContent
    await waitFor(() => expect(status()).toMatch(/Deleted idea #2. Ctrl\+Z brings it back/))
    // A later change makes "Ctrl+Z brings it back" untrue: the line goes.
    await capture('@fin Three')
    await waitFor(() => expect(status()).toBe(''))

    fireEvent.keyDown(input, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })
    altShift('KeyE')
    const text = screen.getByLabelText<HTMLInputElement>('Idea text')
    fireEvent.change(text, { target: { value: 'Three, edited' } })
    fireEvent.submit(text.closest('form')!)
    await waitFor(() => expect(status()).toMatch(/Saved idea #3/))
    // Another round on screen: nothing was saved there.
    fireEvent.keyDown(input, { key: 'PageDown', code: 'PageDown', altKey: true })
    await screen.findByRole('button', { name: /What do our customers need\?/, pressed: true })
    expect(status()).toBe('')
  })

  it('takes E, M, G and Delete on a focused idea card', async () => {
    const { capture, ideas } = await renderRounds()
    await capture('@oper Call back within a day')
    const card = screen.getByRole('button', { name: /Call back within a day/ })
    card.focus()
    fireEvent.keyDown(card, { key: 'e', code: 'KeyE' })
    expect(screen.getByLabelText<HTMLInputElement>('Idea text').value).toBe(
      'Call back within a day'
    )
    fireEvent.keyDown(screen.getByLabelText('Idea text'), { key: 'Escape' })
    expect(screen.queryByLabelText('Idea text')).toBeNull()
    fireEvent.keyDown(card, { key: 'Delete', code: 'Delete' })
    await waitFor(() => expect(ideas()).toEqual([]))
  })
})

describe('Rounds stage: the countdown', () => {
  it('starts, pauses, adds a minute and resets on main’s clock, by keyboard', async () => {
    const { api, store } = await renderRounds()
    const round = store.getState().current!.meeting.rounds[0]!
    altShift('KeyS')
    await waitFor(() =>
      expect(api.controlCountdown).toHaveBeenLastCalledWith(round.id, 'start', round.timeboxMinutes)
    )
    await screen.findByText('running')
    altShift('KeyS')
    await screen.findByText('paused')
    altShift('KeyA')
    await waitFor(() =>
      expect(api.controlCountdown).toHaveBeenLastCalledWith(
        round.id,
        'addMinute',
        round.timeboxMinutes
      )
    )
    const minutes = round.timeboxMinutes + 1
    await waitFor(() =>
      expect(screen.getByRole('timer').textContent).toMatch(
        new RegExp(`^${minutes - 1}:5\\d|^${minutes}:00`)
      )
    )
    // Another round on screen: this round's timer still shows, and still runs.
    altShift('KeyS')
    await screen.findByText('running')
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown', code: 'PageDown', altKey: true })
    await screen.findByText(/The timer of “More stories like this” is still running/)
    expect(screen.getByRole('timer').textContent).toBe(
      `${store.getState().current!.meeting.rounds[1]!.timeboxMinutes}:00`
    )
    fireEvent.keyDown(document.activeElement!, { key: 'PageUp', code: 'PageUp', altKey: true })
    await screen.findByText('running')
    altShift('KeyR')
    await waitFor(() =>
      expect(screen.getByRole('timer').textContent).toBe(`${round.timeboxMinutes}:00`)
    )
  })
})
