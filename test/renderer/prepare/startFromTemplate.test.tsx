import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { NewMeetingForm } from '../../../src/renderer/src/screens/NewMeetingForm'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider } from '../../../src/renderer/src/store/StoreProvider'
import { ok } from '../../../src/shared/result'
import { createFakeApi } from '../fakeApi'

afterEach(cleanup)

describe('starting a meeting from a saved template', () => {
  it('offers the templates saved from Prepare and creates the meeting from the one chosen', async () => {
    const { api } = createFakeApi({
      listTemplates: () => Promise.resolve(ok([{ id: 'tpl-7', name: 'Hearing-care review' }]))
    })
    const store = createAppStore({ api })
    render(
      <AppStoreProvider store={store}>
        <NewMeetingForm />
      </AppStoreProvider>
    )
    const source = screen.getByLabelText('Start from')
    const option = await screen.findByRole('option', {
      name: 'Your template: “Hearing-care review”'
    })
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Q1 review' } })
    fireEvent.change(source, { target: { value: (option as HTMLOptionElement).value } })
    fireEvent.click(screen.getByRole('button', { name: 'Create meeting' }))
    await waitFor(() =>
      expect(api.createMeeting).toHaveBeenCalledWith('Q1 review', {
        kind: 'userTemplate',
        templateId: 'tpl-7'
      })
    )
  })
})
