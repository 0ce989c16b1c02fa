import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { createAppStore } from './store/createAppStore'
import { AppStoreProvider } from './store/StoreProvider'
import './styles/app.css'

// The only place that touches window.api: everything else receives it through the store.
const api = window.api
const store = createAppStore({ api })
api.on('libraryChanged', () => void store.getState().loadLibrary())
api.on('presentationChanged', (state) => store.getState().receivePresentationChanged(state))
void store.getState().loadPresentation()
api.on('roomChanged', (status) => store.getState().receiveRoomChanged(status))
void store.getState().loadRoom()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>
)
