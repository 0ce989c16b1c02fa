/// <reference types="vite/client" />
import type { RendererApi } from '../../shared/ipc/contract'

declare global {
  interface Window {
    /** The typed bridge to the main process, installed by the preload (or the e2e harness). */
    api: RendererApi
  }
}
