import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { LocaleRoot } from '../../../src/renderer/src/i18n/LocaleRoot'
import { PrepareView } from '../../../src/renderer/src/screens/prepare/PrepareView'
import MeetingScreen from '../../../src/renderer/src/screens/MeetingScreen'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider, useAppStore } from '../../../src/renderer/src/store/StoreProvider'
import { english } from '../../../src/renderer/src/strings'
import { CATALOGUES } from '../../../src/renderer/src/i18n/catalogues'
import { createFakeApi } from '../fakeApi'

afterEach(cleanup)

/** Prepare under a LocaleRoot that follows the meeting's language, as App.tsx mounts it. */
function FollowingPrepare() {
  const meeting = useAppStore((s) => s.current?.meeting)
  if (!meeting) return null
  return (
    <LocaleRoot locale={meeting.facts.language}>
      <PrepareView meeting={meeting} onStart={() => undefined} onBack={() => undefined} />
    </LocaleRoot>
  )
}

/** The whole meeting screen under a LocaleRoot, as App.tsx mounts it (stage focus handling included). */
function FollowingMeetingScreen() {
  const language = useAppStore((s) => s.current?.meeting.facts.language)
  if (!language) return null
  return (
    <LocaleRoot locale={language}>
      <MeetingScreen />
    </LocaleRoot>
  )
}

async function renderFollowing(Screen = FollowingPrepare) {
  const { api } = createFakeApi()
  const store = createAppStore({ api })
  await store.getState().createMeeting('Q4 review', { kind: 'template' })
  render(
    <AppStoreProvider store={store}>
      <Screen />
    </AppStoreProvider>
  )
  return { store, meeting: () => store.getState().current!.meeting }
}

/** The language select, labelled in the catalogue the screens are worded in. */
const languageSelect = (catalogue = english) =>
  screen.getByLabelText<HTMLSelectElement>(catalogue.prepare.facts.language)
const portuguese = CATALOGUES['pt-PT'] ?? english

describe('Prepare: the meeting’s language', () => {
  it('offers each language named in itself and saves the choice as a facts change', async () => {
    const { store, meeting } = await renderFollowing()
    const options = within(languageSelect()).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['English', 'Português (Portugal)'])

    const departments = screen.getByRole('region', { name: english.prepare.departments.heading })
    const draft = within(departments).getByLabelText(english.prepare.departments.name)
    fireEvent.change(draft, { target: { value: 'Logística' } })

    languageSelect().focus()
    fireEvent.change(languageSelect(), { target: { value: 'pt-PT' } })
    await waitFor(() => expect(meeting().facts.language).toBe('pt-PT'))
    // The tree was remounted in the new language: the select has the focus back, the typed
    // department name is still there, and the content was not rewritten.
    await waitFor(() => expect(document.activeElement).toBe(languageSelect(portuguese)))
    expect(languageSelect(portuguese).value).toBe('pt-PT')
    expect(screen.getByDisplayValue<HTMLInputElement>('Logística').value).toBe('Logística')
    expect(meeting().rounds[0]!.title).toBe('More stories like this')

    // Undo takes it back like any facts change.
    await store.getState().undo()
    await waitFor(() => expect(meeting().facts.language).toBe('en'))
  }, 30_000)

  it('gives the focus back to the language select in the whole meeting screen, not the heading', async () => {
    const { meeting } = await renderFollowing(FollowingMeetingScreen)
    languageSelect().focus()
    fireEvent.change(languageSelect(), { target: { value: 'pt-PT' } })
    await waitFor(() => expect(meeting().facts.language).toBe('pt-PT'))
    await waitFor(() => expect(languageSelect(portuguese).value).toBe('pt-PT'))
    expect(document.activeElement).toBe(languageSelect(portuguese))
  }, 30_000)
})
