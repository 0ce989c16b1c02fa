import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import MeetingScreen from '../../../src/renderer/src/screens/MeetingScreen'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider } from '../../../src/renderer/src/store/StoreProvider'
import { createFakeApi } from '../fakeApi'

afterEach(cleanup)

async function renderMeetingScreen() {
  const { api } = createFakeApi()
  const store = createAppStore({ api })
  await store.getState().createMeeting('Q4 review', { kind: 'template' })
  render(
    <AppStoreProvider store={store}>
      <MeetingScreen />
    </AppStoreProvider>
  )
  return { store, meeting: () => store.getState().current!.meeting }
}

const prepareHeading = () => screen.queryByRole('heading', { name: 'Prepare the meeting' })

describe('Prepare inside the open meeting', () => {
  it('opens in Prepare before the meeting starts; Start goes to Welcome and starts the clock', async () => {
    const { meeting } = await renderMeetingScreen()
    expect(prepareHeading()).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Prepare' }).getAttribute('aria-pressed')).toBe(
      'true'
    )
    expect(screen.getByText('Planned: 160 min')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: /Start with Welcome/ }))
    await waitFor(() => expect(meeting().run.meetingStartedAt).not.toBeNull())
    expect(prepareHeading()).toBeNull()
    expect(screen.getByRole('heading', { level: 2, name: 'Welcome' })).toBeTruthy()
    // The fake's clock is not the real one, so only the forecast's presence is certain here.
    expect(screen.getByText(/^Ends ≈ \d\d:\d\d/)).toBeTruthy()
  })

  it('toggles with Ctrl+Shift+P, from a text field too', async () => {
    await renderMeetingScreen()
    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true })
    await waitFor(() => expect(prepareHeading()).toBeNull())
    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true })
    await waitFor(() => expect(prepareHeading()).not.toBeNull())
    const place = screen.getByLabelText('Place')
    place.focus()
    fireEvent.keyDown(place, { key: 'P', ctrlKey: true, shiftKey: true })
    await waitFor(() => expect(prepareHeading()).toBeNull())
  })

  it('offers to go back to the running stage once the meeting has started', async () => {
    const { meeting } = await renderMeetingScreen()
    const rail = screen.getByRole('navigation', { name: 'Run of show' })
    fireEvent.click(within(rail).getByRole('button', { name: /Rounds/ }))
    await waitFor(() => expect(meeting().run.stage).toBe('rounds'))
    fireEvent.click(screen.getByRole('button', { name: 'Prepare' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Back to Rounds →' }))
    await waitFor(() => expect(prepareHeading()).toBeNull())
    expect(meeting().run.stage).toBe('rounds')
  })

  it('keeps Page Down and the arrows inside a Prepare field instead of changing stage', async () => {
    const { meeting } = await renderMeetingScreen()
    const story = screen.getByLabelText('The story or email, in their own words')
    story.focus()
    fireEvent.keyDown(story, { key: 'PageDown' })
    fireEvent.keyDown(screen.getByRole('button', { name: 'Remove Sales' }), { key: 'ArrowRight' })
    expect(prepareHeading()).not.toBeNull()
    expect(meeting().run.stage).toBe('welcome')
    expect(meeting().run.meetingStartedAt).toBeNull()
  })

  it('saves unsaved typing when Prepare is left by a stage shortcut', async () => {
    const { meeting } = await renderMeetingScreen()
    const place = screen.getByLabelText('Place')
    fireEvent.change(place, { target: { value: 'Lisboa, sala Alfama' } })
    const rail = screen.getByRole('navigation', { name: 'Run of show' })
    fireEvent.click(within(rail).getByRole('button', { name: /Customer story/ }))
    await waitFor(() => expect(meeting().run.stage).toBe('story'))
    await waitFor(() => expect(meeting().facts.place).toBe('Lisboa, sala Alfama'))
  })
})
