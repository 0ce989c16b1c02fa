import type { App } from 'electron'

/**
 * Holds the first quit until `flush` has put pending saves on disk, then quits for real. A failed
 * flush still quits: the durable writer has already kept the last good copy of every file.
 */
export function flushBeforeQuit(app: Pick<App, 'on' | 'quit'>, flush: () => Promise<void>): void {
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    void flush().finally(() => {
      flushed = true
      app.quit()
    })
  })
}
