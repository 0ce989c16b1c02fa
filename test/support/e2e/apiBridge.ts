import type { BrowserContext, Page } from 'playwright-core'
import type { Api, ApiEventName, ApiEvents } from '../../../src/shared/ipc/contract'
import { API_EVENTS, API_METHODS } from '../../../src/shared/ipc/contract'
import type { Caller } from '../../../src/shared/ipc/dispatch'
import { dispatch } from '../../../src/shared/ipc/dispatch'

const CALL_BINDING = '__northstarCall'
const EMIT_FUNCTION = '__northstarEmit'

/*
 * Built as a string so nothing the test transpiler adds can leak into the page. It mirrors the
 * preload's buildRendererApi: one function per contract method plus `on(event, listener)` returning
 * an unsubscribe, with the same checks on `on`.
 */
function bridgeScript(): string {
  return `(() => {
    const methods = ${JSON.stringify(API_METHODS)};
    const events = ${JSON.stringify(Object.keys(API_EVENTS))};
    const listeners = new Map();
    const api = {};
    for (const method of methods) {
      api[method] = (...args) => window.${CALL_BINDING}(method, args);
    }
    api.on = (event, listener) => {
      if (!events.includes(event)) throw new Error('Unknown event: ' + String(event));
      if (typeof listener !== 'function') throw new Error('An event listener must be a function.');
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    };
    Object.defineProperty(window, 'api', { value: Object.freeze(api) });
    Object.defineProperty(window, '${EMIT_FUNCTION}', {
      value: (event, payload) => {
        for (const listener of listeners.get(event) ?? []) listener(payload);
      }
    });
  })();`
}

/**
 * Binds `window.api` in every page of `context` to the real service: each call goes through the same
 * `dispatch` (argument validation, audience check, error envelope) as Electron's IPC handlers, with
 * the caller's audience told by `callerOf` as main tells it from the window.
 */
export async function bindApi(
  context: BrowserContext,
  getService: () => Api,
  onUnexpected: (error: unknown) => void,
  callerOf: (page: Page) => Caller,
  onReply: (page: Page, reply: unknown) => void = () => {}
): Promise<void> {
  await context.exposeBinding(CALL_BINDING, async (source, method: unknown, args: unknown) => {
    const reply = await dispatch(getService(), method, args, onUnexpected, callerOf(source.page))
    onReply(source.page, reply)
    return reply
  })
  await context.addInitScript({ content: bridgeScript() })
}

/** Delivers one main→renderer event to every open page, as main does to every window. */
export async function emitToPages<E extends ApiEventName>(
  pages: Page[],
  event: E,
  payload: ApiEvents[E]
): Promise<void> {
  const expression = `window.${EMIT_FUNCTION}?.(${JSON.stringify(event)}, ${JSON.stringify(payload)})`
  await Promise.all(
    pages.map((page) =>
      // A page that is closing or reloading misses the event, as a window would; it reloads state anyway.
      page.evaluate(expression).catch(() => undefined)
    )
  )
}
