import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AppStore } from './createAppStore'
import type { AppState } from './types'

const StoreContext = createContext<AppStore | null>(null)

/** Makes one store available to the tree below (the app gets one; each test makes its own). */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/**
 * Reads from the app store. Select one field, or wrap a multi-field selector in `useShallow`, so a
 * component re-renders only when what it shows changes.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStore needs an <AppStoreProvider> above it.')
  return useStore(store, selector)
}
