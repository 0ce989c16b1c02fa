import type { IpcRendererEvent } from 'electron'
import { contextBridge, ipcRenderer } from 'electron'
import { buildRendererApi } from './buildRendererApi'

/**
 * The preload: exposes the typed `window.api` and nothing else. The page never sees `ipcRenderer`
 * or the IPC event object (whose `sender` is ipcRenderer itself), only the payload.
 */
const api = buildRendererApi(
  (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  (channel, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, forward)
    return () => {
      ipcRenderer.removeListener(channel, forward)
    }
  }
)

contextBridge.exposeInMainWorld('api', api)
