import { INITIAL_PRESENTATION } from '../../../src/shared/ipc/contract'
import { describe, expect, it } from 'vitest'
import type { PresentationState } from '../../../src/shared/ipc/contract'
import { fail, ok } from '../../../src/shared/result'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { createFakeApi } from '../fakeApi'

const initial: PresentationState = INITIAL_PRESENTATION

/** A fake main that keeps one presentation state, like src/main/services/presentation.ts. */
function storeWithPresentation() {
  let state = initial
  const { api } = createFakeApi({
    getPresentation: () => Promise.resolve(ok(state)),
    setPresentation: (patch) => {
      const { reflectionSeconds, ...rest } = patch
      state = {
        ...state,
        ...rest,
        reflectionUntil: reflectionSeconds
          ? 1_000 + reflectionSeconds * 1000
          : state.reflectionUntil
      }
      return Promise.resolve(ok(state))
    },
    openProjector: () => Promise.resolve(ok((state = { ...state, projectorOpen: true }))),
    controlCountdown: () =>
      Promise.resolve(fail('not_found', { key: 'noLongerExists', thing: 'round' }))
  })
  return { api, store: createAppStore({ api }) }
}

describe('presentation slice', () => {
  it('loads the presentation state from main', async () => {
    const { store } = storeWithPresentation()
    expect(store.getState().presentation).toBeNull()
    expect(await store.getState().loadPresentation()).toBe(true)
    expect(store.getState().presentation).toEqual(initial)
  })

  it('keeps what main answers after blanking, and after opening the projector', async () => {
    const { store } = storeWithPresentation()
    await store.getState().setPresentation({ blank: true, meetingId: 'm1' })
    expect(store.getState().presentation).toMatchObject({ blank: true, meetingId: 'm1' })
    await store.getState().openProjector()
    expect(store.getState().presentation?.projectorOpen).toBe(true)
  })

  it('follows the broadcast another window caused', () => {
    const { store } = storeWithPresentation()
    store.getState().receivePresentationChanged({ ...initial, frozen: true })
    expect(store.getState().presentation?.frozen).toBe(true)
  })

  it('shows a refused countdown change as a sentence where it happened', async () => {
    const { store } = storeWithPresentation()
    expect(await store.getState().controlCountdown('r1', 'start', 5, 'stage')).toBe(false)
    expect(store.getState().errors.stage).toBe('That round is no longer in the meeting.')
  })
})
