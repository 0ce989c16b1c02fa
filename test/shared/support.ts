import { applyCommand } from '../../src/shared/meeting/apply'
import type { CommandContext } from '../../src/shared/meeting/context'
import type { Command } from '../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../src/shared/meeting/template'
import { wordErrorEn } from '../../src/shared/i18n/en/errors'

/** Deterministic time and ids so tests are replayable. */
export function testContext(start = Date.parse('2026-11-23T09:00:00Z')): CommandContext {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(start + tick++ * 1000).toISOString(),
    newId: () => `id${++id}`
  }
}

/** A template meeting plus a context to keep applying commands with. */
export function freshMeeting(): { meeting: Meeting; ctx: CommandContext } {
  const ctx = testContext()
  return { meeting: createMeetingFromTemplate('Q4 review', ctx), ctx }
}

/** Applies commands in order; throws with the refusal message if one is refused. */
export function applyAll(meeting: Meeting, commands: Command[], ctx: CommandContext): Meeting {
  return commands.reduce((m, command) => {
    const result = applyCommand(m, command, ctx)
    if (!result.ok) throw new Error(`${command.type} refused: ${wordErrorEn(result.error.reason)}`)
    return result.value
  }, meeting)
}

/** The refusal of a command that is expected to fail, with the English sentence the catalogue words it as. */
export function refusal(meeting: Meeting, command: unknown, ctx: CommandContext) {
  const result = applyCommand(meeting, command, ctx)
  if (result.ok) throw new Error('expected the command to be refused')
  return { ...result.error, message: wordErrorEn(result.error.reason) }
}

export const dept = (m: Meeting, name: string): string => {
  const found = m.departments.find((d) => d.name === name)
  if (!found) throw new Error(`no department ${name}`)
  return found.id
}

export const firstRound = (m: Meeting): string => m.rounds[0]!.id
