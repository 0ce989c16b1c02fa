import type { CommandContext } from '../context'
import type { Meeting } from '../schema'
import type { CommandOf, CommandType } from './schema'

/** A pure change: returns the next meeting or throws CommandRefused. */
export type Handler<T extends CommandType> = (
  meeting: Meeting,
  command: CommandOf<T>,
  ctx: CommandContext
) => Meeting

export type Handlers<T extends CommandType> = { [K in T]: Handler<K> }
