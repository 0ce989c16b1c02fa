import { describeZodError } from '../meeting/describeZodError'
import type { Result } from '../result'
import { AppFailure, fail, ok } from '../result'
import type { Api, ApiMethod, WindowAudience } from './contract'
import { API_ARGS, PROJECTOR_METHODS } from './contract'

/** Who is calling: main knows which window a call came from, and so which audience it belongs to. */
export interface Caller {
  audience: WindowAudience
}

/** A facilitator's window: every method. */
export const FACILITATOR: Caller = { audience: 'facilitator' }

/** The projector may call only its own methods, and may change nothing but the stage. */
function allowed(caller: Caller, method: ApiMethod, args: unknown[]): boolean {
  if (caller.audience === 'facilitator') return true
  if (!PROJECTOR_METHODS.includes(method)) return false
  if (method !== 'applyCommand') return true
  const command = args[1] as { type?: unknown }
  return command.type === 'run.goto'
}

const isMethod = (name: unknown): name is ApiMethod =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(API_ARGS, name)

/**
 * Validates a call's arguments against the contract and runs it on the service, turning every outcome
 * into an envelope. Used by the Electron IPC registration and by the end-to-end harness alike, so both
 * paths validate identically. The caller's audience decides what it may call, and is passed to the
 * service after the arguments (so `liveSnapshot` answers with that audience's view). Unexpected errors are reported through `onUnexpected` and reach the user
 * as a plain sentence, never as a stack trace.
 */
export async function dispatch(
  service: Api,
  method: unknown,
  args: unknown,
  onUnexpected: (error: unknown) => void = () => {},
  caller: Caller = FACILITATOR
): Promise<Result<unknown>> {
  if (!isMethod(method))
    return fail('unknown_method', { key: 'unknownMethod' })
  const parsed = API_ARGS[method].safeParse(args)
  if (!parsed.success) return fail('invalid_input', describeZodError(parsed.error, 'request'))
  const values = parsed.data as unknown[]
  if (!allowed(caller, method, values))
    return fail('forbidden', { key: 'projectorForbidden' })
  try {
    const target = service as unknown as Record<ApiMethod, (...a: unknown[]) => Promise<unknown>>
    return ok(await target[method](...values, caller))
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.reason)
    onUnexpected(error)
    return fail('internal', { key: 'unexpected' })
  }
}
