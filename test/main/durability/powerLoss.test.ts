import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { meetingFile, workspaceLayout } from '../../../src/main/storage/layout'
import { decodeMeeting } from '../../../src/main/storage/meetingCodec'
import { listTemplates, loadTemplate, saveTemplate } from '../../../src/main/storage/templates'
import { listTrash, moveToTrash, restoreFromTrash } from '../../../src/main/storage/trash'
import { Workspace } from '../../../src/main/storage/workspace'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { applyAll, newMeeting, tempDir, testContext } from '../storage/support'
import type { PowerModel, Step } from './powerLossFs'
import { crashState, materialize, snapshot, startRecording, stopRecording } from './powerLossFs'

// Every fs call goes to the real disk; between startRecording and stopRecording the changes are
// also recorded, so the disk after a power cut at any step can be rebuilt (see powerLossFs.ts).
vi.mock('node:fs/promises', async (importOriginal) => {
  const { recordingFs } = await import('./powerLossFs')
  return recordingFs(await importOriginal())
})

const MODELS: PowerModel[] = ['ext4', 'posix']

const withIdea = (m: Meeting, text: string): Meeting =>
  applyAll(
    m,
    [{ type: 'idea.add', roundId: m.rounds[0]!.id, departmentId: m.departments[0]!.id, text }],
    testContext()
  )
const ideas = (m: Meeting): string[] => m.ideas.map((i) => i.text)

/** A valid meeting file or a valid last good copy, as the user would find it after the cut. */
async function validCopy(root: string, id: string): Promise<boolean> {
  const file = meetingFile(workspaceLayout(root), id)
  for (const candidate of [file, `${file}.bak`]) {
    const bytes = await readFile(candidate).catch(() => null)
    if (bytes && decodeMeeting(bytes).ok) return true
  }
  return false
}

/** Where a meeting is after reopening: in the library (loaded), in the trash, or nowhere. */
async function whereIs(
  ws: Workspace,
  id: string
): Promise<{ library: Meeting | null; trash: boolean }> {
  const library = await ws.load(id).then(
    (loaded) => loaded.meeting,
    () => null
  )
  const trash = (await listTrash(ws)).length > 0
  return { library, trash }
}

interface Scenario {
  name: string
  /** Prepares the workspace under `base` and returns the open workspace, unrecorded. */
  prepare: (base: string) => Promise<{ ws: Workspace | null; ids: Record<string, string> }>
  /** The operation whose every step is cut; resolves at its acknowledgement. */
  operation: (base: string, ws: Workspace | null, ids: Record<string, string>) => Promise<Workspace>
  /** After a cut at `cut` of `steps` (acknowledged when cut === steps), what must hold. */
  check: (
    ws: Workspace,
    root: string,
    ids: Record<string, string>,
    acked: boolean
  ) => Promise<string | null>
  /**
   * The fsyncs the acknowledged change depends on: leaving out any one of them alone must be caught.
   * (The others are covered by a later fsync of the same folder, or protect only caches and the lock.)
   */
  needs: string[]
}

const ctx = testContext()
const M0 = withIdea(newMeeting('Power review', ctx), 'before the cut')
const M1 = withIdea(M0, 'the acknowledged change')

async function workspaceWith(base: string, meetings: Meeting[]): Promise<Workspace> {
  const ws = await Workspace.open(path.join(base, 'ws'), testContext())
  for (const m of meetings) await ws.save(m)
  return ws
}

const SCENARIOS: Scenario[] = [
  {
    name: 'save',
    needs: ['ws/meetings/<temp>', 'ws/meetings'],
    prepare: async (base) => ({ ws: await workspaceWith(base, [M0, M0]), ids: {} }),
    operation: async (_base, ws) => {
      await ws!.save(M1)
      return ws!
    },
    check: async (ws, root, _ids, acked) => {
      if (!(await validCopy(root, M0.id))) return 'neither the file nor its .bak is valid'
      const loaded = await ws.load(M0.id).catch(() => null)
      if (acked && (!loaded || ideas(loaded.meeting).length !== 2)) return 'acknowledged save lost'
      return null
    }
  },
  {
    name: 'create',
    needs: ['.', 'ws/meetings/<temp>', 'ws/meetings'],
    prepare: () => Promise.resolve({ ws: null, ids: {} }),
    operation: (base) => workspaceWith(base, [M0]),
    check: async (ws, root, _ids, acked) => {
      const loaded = await ws.load(M0.id).catch(() => null)
      if (acked && !loaded) return 'acknowledged new workspace and meeting lost'
      if (ws.list().length > 0 && !(await validCopy(root, M0.id))) return 'listed but not valid'
      return null
    }
  },
  {
    name: 'delete',
    needs: ['ws/trash', 'ws/trash/<id>/<temp>', 'ws/trash/<id>', 'ws/meetings'],
    prepare: async (base) => ({ ws: await workspaceWith(base, [M0, M1]), ids: {} }),
    operation: async (_base, ws) => {
      await moveToTrash(ws!, M1.id)
      return ws!
    },
    check: async (ws, _root, _ids, acked) => {
      const { library, trash } = await whereIs(ws, M1.id)
      if (!library && !trash) return 'the meeting is neither in the library nor in the trash'
      if (acked && (library || !trash)) return 'acknowledged delete undone'
      if (acked) {
        const [entry] = await listTrash(ws)
        const restored = await restoreFromTrash(ws, entry!.trashId)
        if (ideas((await ws.load(restored.id)).meeting).length !== 2) return 'trash copy damaged'
      }
      return null
    }
  },
  {
    name: 'restore',
    needs: ['ws/meetings', 'ws/trash'],
    prepare: async (base) => {
      const ws = await workspaceWith(base, [M0, M1])
      const { trashId } = await moveToTrash(ws, M1.id)
      return { ws, ids: { trashId } }
    },
    operation: async (_base, ws, { trashId }) => {
      await restoreFromTrash(ws!, trashId!)
      return ws!
    },
    check: async (ws, _root, _ids, acked) => {
      const { library, trash } = await whereIs(ws, M1.id)
      if (!library && !trash) return 'the meeting is neither in the library nor in the trash'
      if (acked && (!library || ideas(library).length !== 2)) return 'acknowledged restore lost'
      if (acked && trash) return 'the restored meeting is still in the trash'
      return null
    }
  },
  {
    name: 'template save',
    needs: ['ws/templates/<temp>', 'ws/templates'],
    prepare: async (base) => ({ ws: await workspaceWith(base, [M1]), ids: {} }),
    operation: async (_base, ws) => {
      await saveTemplate(ws!, M1, 'Quarterly setup')
      return ws!
    },
    check: async (ws, _root, _ids, acked) => {
      const templates = await listTemplates(ws)
      if (acked && templates.length !== 1) return 'acknowledged template lost'
      for (const t of templates) await loadTemplate(ws, t.id)
      return null
    }
  }
]

/** Records one run of the scenario's operation. */
async function record(scenario: Scenario) {
  const base = await tempDir('northstar-power-')
  const { ws, ids } = await scenario.prepare(base)
  const initial = await snapshot(base)
  let steps: Step[]
  let done: Workspace
  try {
    steps = startRecording(base)
    done = await scenario.operation(base, ws, ids)
  } finally {
    stopRecording()
  }
  await done.close()
  return { base, initial, steps, ids }
}

/** Reopens the disk after a cut with the real storage code and checks it; null when all is well. */
async function afterCut(
  scenario: Scenario,
  run: Awaited<ReturnType<typeof record>>,
  cut: number,
  model: PowerModel,
  skip = -1
): Promise<string | null> {
  const image = crashState(run.initial, run.steps, cut, model, skip)
  const target = await tempDir('northstar-after-cut-')
  await materialize(image, run.base, target)
  const root = path.join(target, 'ws')
  await mkdir(target, { recursive: true })
  let ws: Workspace
  try {
    ws = await Workspace.open(root, testContext())
  } catch (error) {
    return `the workspace does not open: ${String(error)}`
  }
  try {
    return await scenario.check(ws, root, run.ids, cut === run.steps.length)
  } catch (error) {
    return `reopening failed: ${String(error)}`
  } finally {
    await ws.close()
  }
}

describe('power loss at every step, under an ext4-like and a strict POSIX model', () => {
  it.each(SCENARIOS)(
    '$name: every acknowledged change survives; a valid copy always exists',
    async (scenario) => {
      const run = await record(scenario)
      expect(run.steps.some((s) => s.op === 'fsync')).toBe(true)
      const failures: string[] = []
      for (const model of MODELS) {
        for (let cut = 0; cut <= run.steps.length; cut++) {
          const failure = await afterCut(scenario, run, cut, model)
          if (failure)
            failures.push(`${model}, cut after step ${cut}/${run.steps.length}: ${failure}`)
        }
      }
      console.info(
        `${scenario.name}: ${run.steps.length} steps, ${2 * (run.steps.length + 1)} power cuts, ${failures.length} failures`
      )
      expect(failures).toEqual([])
    }
  )

  it.each(SCENARIOS)(
    '$name: leaving out any single fsync the operation depends on is caught',
    async (scenario) => {
      const run = await record(scenario)
      const fsyncs = run.steps.flatMap((s, i) => (s.op === 'fsync' ? [i] : []))
      const caught: number[] = []
      for (const skip of fsyncs) {
        const acked = await afterCut(scenario, run, run.steps.length, 'posix', skip)
        if (acked) caught.push(skip)
      }
      const fileOf = (i: number): string => {
        const { handle } = run.steps[i] as { handle: number }
        const opened = run.steps.find((s) => s.op === 'open' && s.handle === handle)
        const file = path.relative(run.base, (opened as { file: string }).file) || '.'
        return file
          .replace(/\/\.[^/]+\.tmp$/, '/<temp>')
          .replace(/^ws\/trash\/[^/]+/, 'ws/trash/<id>')
      }
      const missed = fsyncs.filter((i) => !caught.includes(i))
      console.info(
        `${scenario.name}: ${caught.length} of ${fsyncs.length} fsyncs, each left out alone, lose the acknowledged change; ` +
          `caught: ${caught.map(fileOf).join(', ')}; not needed for it: ${missed.map(fileOf).join(', ')}`
      )
      expect(new Set(caught.map(fileOf))).toEqual(new Set(scenario.needs))
    }
  )
})
