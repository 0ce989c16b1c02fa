import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { applyCommand } from '../../../src/shared/meeting/apply'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { CommandContext } from '../../../src/shared/meeting/context'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../../src/shared/meeting/template'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

const made: string[] = []

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = 'northstar-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

/** Deterministic, increasing time and ids that are safe as file names. */
export function testContext(start = Date.parse('2026-11-23T09:00:00Z')): CommandContext {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(start + tick++ * 1000).toISOString(),
    newId: () => `id${++id}-${Math.random().toString(36).slice(2, 8)}`
  }
}

export function newMeeting(title: string, ctx: CommandContext): Meeting {
  return createMeetingFromTemplate(title, ctx)
}

/** Applies commands in order, failing the test on a refusal. */
export function applyAll(meeting: Meeting, commands: Command[], ctx: CommandContext): Meeting {
  return commands.reduce((m, command) => {
    const result = applyCommand(m, command, ctx)
    if (!result.ok) throw new Error(`${command.type} refused: ${wordErrorEn(result.error.reason)}`)
    return result.value
  }, meeting)
}

/** Adds ideas with the given texts to the first round, first department. */
export function withIdeas(meeting: Meeting, texts: string[], ctx: CommandContext): Meeting {
  const roundId = meeting.rounds[0]!.id
  const departmentId = meeting.departments[0]!.id
  return applyAll(
    meeting,
    texts.map((text) => ({ type: 'idea.add', roundId, departmentId, text })),
    ctx
  )
}

/** File names in a folder, sorted; [] if it does not exist. */
export async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort()
}

/** Runs a promise expected to reject with an AppFailure-like error and returns that error. */
export async function failureOf(
  promise: Promise<unknown>
): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (error) {
    return error as { code: string; message: string }
  }
  throw new Error('expected a failure')
}

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/storage')
