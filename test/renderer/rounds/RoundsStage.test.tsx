import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider, useAppStore } from '../../../src/renderer/src/store/StoreProvider'
import { RoundsStage } from '../../../src/renderer/src/screens/stages/RoundsStage'
import { createFakeApi } from '../fakeApi'

afterEach(cleanup)

function CurrentRounds() {
  const meeting = useAppStore((s) => s.current?.meeting)
  return meeting ? <RoundsStage meeting={meeting} /> : null
}

async function renderRounds() {
  const { api } = createFakeApi()
  const store = createAppStore({ api })
  await store.getState().createMeeting('Q4 review', { kind: 'template' })
  render(
    <AppStoreProvider store={store}>
      <CurrentRounds />
    </AppStoreProvider>
  )
  return { api, store }
}

describe('Rounds stage capture', () => {
  it('adds an idea on Enter, under the department picked with an @prefix', async () => {
    const { store } = await renderRounds()
    const input = screen.getByLabelText('Idea')
    fireEvent.change(input, { target: { value: '@fin Offer a family plan' } })
    fireEvent.keyDown(input, { key: 'Enter' })

    const finance = await screen.findByRole('region', { name: /Finance/ })
    await waitFor(() => expect(within(finance).getByText(/Offer a family plan/)).toBeTruthy())
    expect((input as HTMLInputElement).value).toBe('')
    const saved = store.getState().current!.meeting.ideas
    expect(saved.map((i) => i.text)).toEqual(['Offer a family plan'])
  })

  it('gives back a refused idea’s text and says why next to the capture bar', async () => {
    const { api } = await renderRounds()
    const input = screen.getByLabelText('Idea')
    const tooLong = 'x'.repeat(2_500)
    fireEvent.change(input, { target: { value: tooLong } })
    fireEvent.keyDown(input, { key: 'Enter' })

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/idea/i)
    await waitFor(() => expect((input as HTMLInputElement).value).toBe(tooLong))
    expect(api.commitCommand).toHaveBeenCalledTimes(1)
  })
})
