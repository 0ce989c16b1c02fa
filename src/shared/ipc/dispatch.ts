import { describeZodError } from '../meeting/describeZodError'
import type { Result } from '../result'
import { AppFailure, fail, ok } from '../result'
import type { Api, ApiMethod } from './contract'
import { API_ARGS } from './contract'

const isMethod = (name: unknown): name is ApiMethod =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(API_ARGS, name)

/**
 * Validates a call's arguments against the contract and runs it on the service, turning every outcome
 * into an envelope. Used by the Electron IPC registration and by the end-to-end harness alike, so both
 * paths validate identically. Unexpected errors are reported through `onUnexpected` and reach the user
 * as a plain sentence, never as a stack trace.
 */
export async function dispatch(
  service: Api,
  method: unknown,
  args: unknown,
  onUnexpected: (error: unknown) => void = () => {}
): Promise<Result<unknown>> {
  if (!isMethod(method))
    return fail('unknown_method', 'The app asked for something it does not offer.')
  const parsed = API_ARGS[method].safeParse(args)
  if (!parsed.success) return fail('invalid_input', describeZodError(parsed.error, 'The request'))
  try {
    const target = service as unknown as Record<ApiMethod, (...a: unknown[]) => Promise<unknown>>
    return ok(await target[method](...(parsed.data as unknown[])))
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message)
    onUnexpected(error)
    return fail(
      'internal',
      'Something went wrong and the change was not made. Your saved work is safe.'
    )
  }
}
