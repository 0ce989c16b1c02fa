import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeMeeting } from '../../../src/main/storage/meetingCodec'
import { API_METHODS } from '../../../src/shared/ipc/contract'
import type { TrashEntry } from '../../../src/shared/ipc/contract'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import { commandSchema } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { serviceHarness } from '../services/support'
import { hostileString, hostileValue, pollutingPayloads } from './arbitraries'
import { expectPlainSentence } from './plainSentence'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

/** Quoted in the README's reliability table. */
export const IPC_FUZZ_RUNS = 2_500

/** Every file in the meetings folder with its bytes, to prove a refused call changed nothing. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const name of (await readdir(dir)).sort()) {
    files.set(name, (await readFile(path.join(dir, name))).toString('base64'))
  }
  return files
}

/** Keys that would pollute a prototype if they ever reached a saved file. */
function dangerousKeys(value: unknown, found: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return found
  for (const [key, inner] of Object.entries(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') found.push(key)
    dangerousKeys(inner, found)
  }
  return found
}

/** A method name for messages; hostile "names" may be objects that cannot become strings. */
const nameOf = (method: unknown): string => (typeof method === 'string' ? method : typeof method)

const prototypeShape = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
    Object.getOwnPropertyNames(p).sort().join(',')
  )

describe('hostile calls through dispatch on the real meeting service', () => {
  it('refuses each with a plain sentence and an unchanged file, or applies it validly; never throws, never pollutes', async () => {
    const h = await serviceHarness()
    const { service } = h
    const { meeting: created } = (await service.createMeeting('Q4 review', { kind: 'template' }))
      .view
    const other = (await service.createMeeting('Q3 review', { kind: 'template' })).view.meeting
    const roundId = created.rounds[0]!.id
    const departmentId = created.departments[0]!.id
    let seeded: Meeting = created
    for (const text of ['Call every churned customer', 'Fix the invoice PDF']) {
      await service.applyCommand(created.id, { type: 'idea.add', roundId, departmentId, text })
    }
    await service.applyCommand(created.id, { type: 'theme.add', name: 'Billing' })
    seeded = (await service.openMeeting(created.id)).view.meeting
    const knownIds = [
      created.id,
      ...seeded.ideas.map((x) => x.id),
      ...seeded.themes.map((x) => x.id),
      ...seeded.rounds.map((x) => x.id),
      ...seeded.departments.map((x) => x.id)
    ]
    const meetingsDir = path.join(h.workspaceDir, 'meetings')
    const shapeBefore = prototypeShape()

    const id = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(created.id, other.id) },
      fc.constantFrom(...knownIds),
      fc.constantFrom('../../etc/passwd', '..', 'a/b', 'CON', 'nul', '__proto__', 'x'.repeat(65)),
      hostileString,
      hostileValue
    )
    const anyText = fc.oneof(hostileString, hostileValue)
    const commandTypes = commandSchema.options.map((o) => o.shape.type.value)
    const field = fc.oneof(fc.constantFrom(...knownIds), hostileValue)
    const command = fc.oneof(
      fc.record(
        {
          type: fc.constantFrom(...commandTypes, 'idea.explode', '__proto__'),
          id: field,
          roundId: fc.oneof(fc.constant(roundId), field),
          departmentId: fc.oneof(fc.constant(departmentId), field),
          text: anyText,
          name: anyText,
          patch: fc.oneof(hostileValue, fc.constantFrom(...pollutingPayloads)),
          votes: fc.oneof(fc.integer(), hostileValue),
          target: fc.constantFrom('idea', 'theme', 'action')
        },
        { requiredKeys: ['type'] }
      ),
      fc.constantFrom(...pollutingPayloads),
      hostileValue
    )
    const argsFor: Record<string, fc.Arbitrary<unknown[]>> = {
      createMeeting: fc.tuple(
        anyText,
        fc.oneof(
          fc.record({
            kind: fc.constantFrom('template', 'copy', 'userTemplate', '__proto__'),
            meetingId: id,
            templateId: id
          }),
          hostileValue
        )
      ),
      renameMeeting: fc.tuple(id, anyText),
      archiveMeeting: fc.tuple(id, fc.oneof(fc.boolean(), hostileValue)),
      saveAsTemplate: fc.tuple(id, anyText),
      applyCommand: fc.tuple(id, command),
      carryOver: fc.tuple(id, fc.oneof(fc.constant(null), id)),
      exportMinutes: fc.tuple(
        id,
        fc.oneof(fc.array(fc.constantFrom('pdf', 'md', 'exe', '__proto__')), hostileValue),
        fc.oneof(fc.constant(null), fc.constantFrom('/etc', '../..'), hostileString)
      ),
      revealExport: fc.tuple(
        fc.oneof(fc.constantFrom('/etc/passwd', '/bin/sh', 'file:///etc/passwd'), hostileString),
        fc.oneof(fc.constantFrom('open', 'show', 'exec'), hostileValue)
      ),
      setPresentation: fc.tuple(
        fc.oneof(
          fc.record(
            {
              meetingId: fc.oneof(fc.constant(null), id),
              blank: fc.oneof(fc.boolean(), hostileValue),
              theme: fc.constantFrom('dark', 'light', 'neon'),
              reflectionSeconds: fc.oneof(fc.integer({ min: -5, max: 700 }), hostileValue)
            },
            { requiredKeys: [] }
          ),
          fc.constantFrom(...pollutingPayloads),
          hostileValue
        )
      ),
      controlCountdown: fc.tuple(
        id,
        fc.constantFrom('start', 'pause', 'addMinute', 'reset', 'explode'),
        fc.oneof(fc.integer({ min: -10, max: 300 }), hostileValue)
      )
    }
    const idOnly = fc.tuple(id)
    const shapedArgs = (method: string): fc.Arbitrary<unknown[]> =>
      (Object.hasOwn(argsFor, method) ? argsFor[method]! : null) ??
      (method.endsWith('s') || method.startsWith('get') ? fc.constant([]) : idOnly)
    const methodName = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...API_METHODS) },
      fc.constantFrom(
        'openFromPath',
        'close',
        'projectorClosed',
        '__proto__',
        'constructor',
        'toString'
      ),
      hostileValue
    )
    const call = methodName.chain((method) =>
      fc.tuple(
        fc.constant(method),
        fc.oneof(
          { weight: 6, arbitrary: shapedArgs(nameOf(method)) },
          shapedArgs(nameOf(method)).map((args) => [...args, 'extra']),
          shapedArgs(nameOf(method)).map((args) => args.slice(0, -1)),
          fc.array(hostileValue, { maxLength: 4 }),
          hostileValue
        )
      )
    )

    const unexpected: unknown[] = []
    const stats = { refused: 0, applied: 0 }
    await fc.assert(
      fc.asyncProperty(call, async ([method, args]) => {
        const before = await snapshot(meetingsDir)
        const result = await dispatch(service, method, args, (error) => unexpected.push(error))
        expect(unexpected, `${nameOf(method)} threw past the service`).toEqual([])
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        expect(prototypeShape()).toEqual(shapeBefore)
        if (!result.ok) {
          stats.refused++
          expectPlainSentence(wordErrorEn(result.error.reason))
          expect(
            await snapshot(meetingsDir),
            `${nameOf(method)} refused but changed a file`
          ).toEqual(before)
          return
        }
        stats.applied++
        for (const name of (await readdir(meetingsDir)).filter((n) => /^[^.]+\.json$/.test(n))) {
          const text = await readFile(path.join(meetingsDir, name), 'utf-8')
          expect(decodeMeeting(text).ok, `${name} after ${nameOf(method)}`).toBe(true)
          expect(dangerousKeys(JSON.parse(text))).toEqual([])
        }
        // Keep the meeting under attack in the library: put it back if a call trashed it.
        if (method === 'deleteMeeting' && (args as unknown[])[0] === created.id) {
          await service.restoreMeeting((result.value as TrashEntry).trashId)
        }
      }),
      { numRuns: IPC_FUZZ_RUNS }
    )
    // Only files the app exported may be opened with the system's apps.
    const exported = new Set(
      h.exported.flatMap((e) => e.formats.map((f) => path.resolve(`${e.folder}/minutes.${f}`)))
    )
    for (const file of [...h.opened, ...h.shown])
      expect(exported.has(path.resolve(file))).toBe(true)
    // The README says "about 86% are refused" (2,153 of 2,500 when measured): a mix that drifts far
    // from that (the generators or the validation changed) must be looked at and the README updated.
    expect(stats.refused / IPC_FUZZ_RUNS).toBeGreaterThanOrEqual(0.8)
    expect(stats.refused / IPC_FUZZ_RUNS).toBeLessThanOrEqual(0.92)
    expect(stats.applied).toBeGreaterThan(0)
    console.info(
      `IPC fuzz: ${IPC_FUZZ_RUNS} calls, ${stats.refused} refused with a plain sentence and no file changed, ${stats.applied} applied validly`
    )
    await service.close()
  }, 300_000)
})
