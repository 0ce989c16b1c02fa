import type { Result } from '../result'
import { fail, ok } from '../result'
import type { CommandContext } from './context'
import type { Meeting } from './schema'
import { actionHandlers } from './commands/actions'
import { CommandRefused } from './commands/checks'
import { closeHandlers } from './commands/close'
import { convergeHandlers } from './commands/converge'
import type { Handler, Handlers } from './commands/handler'
import { ideaHandlers } from './commands/ideas'
import type { Command, CommandType } from './commands/schema'
import { commandSchema } from './commands/schema'
import { setupHandlers } from './commands/setup'
import { describeZodError } from './describeZodError'

const handlers: Handlers<CommandType> = {
  ...setupHandlers,
  ...ideaHandlers,
  ...convergeHandlers,
  ...actionHandlers,
  ...closeHandlers
}

/**
 * Applies one command to a meeting: `(meeting, command, { now, newId }) → meeting | error`.
 * Pure; the input meeting is never mutated. Unknown or malformed commands are refused. A command that
 * changes nothing returns the very same meeting object (so history records no step for it).
 */
export function applyCommand(
  meeting: Meeting,
  command: unknown,
  ctx: CommandContext
): Result<Meeting> {
  const parsed = commandSchema.safeParse(command)
  if (!parsed.success) return fail('invalid_input', describeZodError(parsed.error, 'change'))
  const cmd: Command = parsed.data
  const handler = handlers[cmd.type] as Handler<CommandType>
  try {
    const next = handler(meeting, cmd, ctx)
    // A handler returns the meeting itself when the command changes nothing: keep it as it is.
    if (next === meeting) return ok(meeting)
    return ok({ ...next, updatedAt: ctx.now() })
  } catch (error) {
    if (error instanceof CommandRefused) return { ok: false, error: error.error }
    throw error
  }
}
