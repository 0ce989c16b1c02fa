import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { RoundsStage } from '../../../src/renderer/src/screens/stages/RoundsStage'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider, useAppStore } from '../../../src/renderer/src/store/StoreProvider'
import type { CommandReceipt, RendererApi } from '../../../src/shared/ipc/contract'
import type { Result } from '../../../src/shared/result'
import { createFakeApi } from '../fakeApi'

afterEach(cleanup)

function CurrentRounds() {
  const meeting = useAppStore((s) => s.current?.meeting)
  return meeting ? <RoundsStage meeting={meeting} /> : null
}

/** An api whose commitCommand answers only when the test says so. */
function slowApi() {
  const answers: Array<() => void> = []
  const { api: inner } = createFakeApi()
  const commitCommand: RendererApi['commitCommand'] = (id, command) =>
    new Promise<Result<CommandReceipt>>((resolve) => {
      answers.push(() => void inner.commitCommand(id, command).then(resolve))
    })
  const { api } = createFakeApi({ ...inner, commitCommand })
  return { api, answerNext: () => answers.shift()?.() }
}

describe('capture while main is saving', () => {
  it('shows the idea at once, then main’s copy, never both', async () => {
    const { api, answerNext } = slowApi()
    const store = createAppStore({ api })
    await store.getState().createMeeting('Q4', { kind: 'template' })
    render(
      <AppStoreProvider store={store}>
        <CurrentRounds />
      </AppStoreProvider>
    )
    const input = screen.getByLabelText('Idea')
    fireEvent.change(input, { target: { value: '@fin Family plan' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    const finance = screen.getByRole('region', { name: /^Finance/ })
    // Visible before main has answered, marked as being saved.
    expect(within(finance).getByText('Family plan').closest('li')!.getAttribute('aria-busy')).toBe(
      'true'
    )
    answerNext()
    await waitFor(() => expect(store.getState().current!.meeting.ideas).toHaveLength(1))
    await waitFor(() =>
      expect(
        within(finance).getByText('Family plan').closest('li')!.getAttribute('aria-busy')
      ).toBeNull()
    )
    expect(within(finance).getAllByText('Family plan')).toHaveLength(1)
  })

  it('takes the card away and gives the text back when main refuses', async () => {
    const { api, answerNext } = slowApi()
    const store = createAppStore({ api })
    await store.getState().createMeeting('Q4', { kind: 'template' })
    render(
      <AppStoreProvider store={store}>
        <CurrentRounds />
      </AppStoreProvider>
    )
    const input = screen.getByLabelText<HTMLInputElement>('Idea')
    const tooLong = `@fin ${'y'.repeat(2_100)}`
    fireEvent.change(input, { target: { value: tooLong } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(screen.getAllByRole('listitem').some((li) => li.getAttribute('aria-busy'))).toBe(true)
    answerNext()
    await screen.findByRole('alert')
    await waitFor(() => expect(input.value).toBe(tooLong))
    expect(screen.queryAllByRole('listitem').some((li) => li.getAttribute('aria-busy'))).toBe(false)
  })
})
