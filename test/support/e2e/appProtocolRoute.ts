import type { BrowserContext } from 'playwright-core'
import { APP_ORIGIN, createAppProtocolHandler } from '../../../src/main/windows/appProtocol'

/**
 * Where the harness's pages live. Chromium outside Electron cannot be taught the `app:` scheme, so
 * pages load from this https origin (a secure origin, as `app:` is declared) and every request to it
 * is answered by the app's own protocol handler, as if asked for at `app://northstar/…`. Nothing
 * listens on the network: requests never leave the browser.
 */
export const HARNESS_ORIGIN = 'https://northstar.test'
export const HARNESS_ENTRY_URL = `${HARNESS_ORIGIN}/index.html`

/** The `app://northstar/…` address a harness URL stands for. */
export function appUrlFor(harnessUrl: string): string {
  const url = new URL(harnessUrl)
  return `${APP_ORIGIN}${url.pathname}${url.search}`
}

/**
 * Serves the built renderer to every page of `context` through the real `app://` protocol handler
 * (src/main/windows/appProtocol.ts): the same files, status codes and headers (the CSP among them)
 * as the app's windows get.
 */
export async function routeAppProtocol(
  context: BrowserContext,
  rendererDir: string
): Promise<void> {
  const handle = createAppProtocolHandler(rendererDir)
  await context.route(`${HARNESS_ORIGIN}/**`, async (route) => {
    const request = route.request()
    // Browsers ask for a favicon on their own; Electron never does, so it never reaches the handler.
    if (new URL(request.url()).pathname === '/favicon.ico') {
      await route.fulfill({ status: 204 })
      return
    }
    const response = await handle(
      new Request(appUrlFor(request.url()), { method: request.method() })
    )
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => (headers[name] = value))
    await route.fulfill({
      status: response.status,
      headers,
      body: Buffer.from(await response.arrayBuffer())
    })
  })
}
