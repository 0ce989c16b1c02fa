import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppStore } from '../../src/renderer/src/store/createAppStore'
import { AppStoreProvider } from '../../src/renderer/src/store/StoreProvider'
import { LibraryScreen } from '../../src/renderer/src/screens/LibraryScreen'
import { ToastHost } from '../../src/renderer/src/screens/ToastHost'
import { createFakeApi } from './fakeApi'

afterEach(cleanup)

async function renderLibraryWith(titles: string[]) {
  const { api } = createFakeApi()
  for (const title of titles) await api.createMeeting(title, { kind: 'template' })
  const store = createAppStore({ api })
  await store.getState().loadLibrary()
  render(
    <AppStoreProvider store={store}>
      <LibraryScreen />
      <ToastHost />
    </AppStoreProvider>
  )
  return { api, store }
}

describe('Library screen', () => {
  it('points an empty library to the new-meeting form, which is above the list', async () => {
    await renderLibraryWith([])
    const message = screen.getByText(/No meetings yet/)
    expect(message.textContent).toMatch(/“Start a new meeting” above/)
    const form = screen.getByRole('heading', { name: 'Start a new meeting' })
    expect(form.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('lists meetings and offers each as a starting point for a new one', async () => {
    await renderLibraryWith(['Q3 review', 'Q4 review'])
    const list = screen.getByRole('list')
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(['Q3 review', 'Q4 review'])
    const options = within(screen.getByLabelText('Start from')).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual([
      'Built-in template: Customer-centric quarterly review',
      'A copy of “Q3 review”',
      'A copy of “Q4 review”'
    ])
  })

  it('marks a meeting over a limit as read-only before it is opened', async () => {
    const summary = (id: string, title: string, readOnly?: boolean) => ({
      id,
      title,
      quarter: '2026-Q4',
      date: '2026-12-03',
      updatedAt: '2026-12-03T10:00:00.000Z',
      ideaCount: id === 'big' ? 20_001 : 12,
      actionCount: 0,
      archived: false,
      ...(readOnly === undefined ? {} : { readOnly })
    })
    const { api } = createFakeApi({
      listMeetings: () =>
        Promise.resolve({
          ok: true as const,
          value: [summary('big', 'Merged export', true), summary('q4', 'Q4 review')]
        })
    })
    const store = createAppStore({ api })
    await store.getState().loadLibrary()
    render(
      <AppStoreProvider store={store}>
        <LibraryScreen />
      </AppStoreProvider>
    )
    const row = (title: string) =>
      screen.getByRole('heading', { level: 3, name: new RegExp(title) })
    expect(row('Merged export').textContent).toBe('Merged exportRead-only: over a limit')
    expect(row('Q4 review').textContent).toBe('Q4 review')
  })

  it('deletes with an Undo that brings the meeting back', async () => {
    const { api } = await renderLibraryWith(['Q4 review'])
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    const toast = await screen.findByRole('status')
    expect(toast.textContent).toContain('Deleted “Q4 review”.')
    expect(screen.queryByRole('heading', { name: 'Q4 review' })).toBeNull()

    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('heading', { name: 'Q4 review' })).toBeTruthy()
    expect(api.restoreMeeting).toHaveBeenCalledTimes(1)
  })
})
