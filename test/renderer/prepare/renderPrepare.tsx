import { render } from '@testing-library/react'
import type { RendererApi } from '../../../src/shared/ipc/contract'
import { PrepareView } from '../../../src/renderer/src/screens/prepare/PrepareView'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider, useAppStore } from '../../../src/renderer/src/store/StoreProvider'
import { createFakeApi } from '../fakeApi'
import { forgetKeptDrafts } from '../../../src/renderer/src/hooks/useKeptDraft'

function CurrentPrepare({ onStart }: { onStart: () => void }) {
  const meeting = useAppStore((s) => s.current?.meeting)
  return meeting ? <PrepareView meeting={meeting} onStart={onStart} onBack={onStart} /> : null
}

/** A template meeting open in the Prepare view, against the in-memory fake API. */
export async function renderPrepare(overrides: Partial<RendererApi> = {}) {
  // Each test is a fresh window: no draft typed in an earlier test is kept.
  forgetKeptDrafts()
  const { api, meetings } = createFakeApi(overrides)
  const store = createAppStore({ api })
  await store.getState().createMeeting('Q4 review', { kind: 'template' })
  await store.getState().loadLibrary()
  const onStart = () => undefined
  const view = render(
    <AppStoreProvider store={store}>
      <CurrentPrepare onStart={onStart} />
    </AppStoreProvider>
  )
  const meeting = () => store.getState().current!.meeting
  return { api, meetings, store, view, meeting }
}
