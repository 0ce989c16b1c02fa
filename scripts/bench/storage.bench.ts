import { mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createMeetingService } from '../../src/main/services/meetingService'
import { encodeMeeting } from '../../src/main/storage/meetingCodec'
import { Workspace } from '../../src/main/storage/workspace'
import type { CommandContext } from '../../src/shared/meeting/context'
import type { Meeting } from '../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../src/shared/meeting/template'
import type { Benchmark } from './types'

let ids = 0
const ctx: CommandContext = {
  now: () => new Date().toISOString(),
  newId: () => `b${(ids++).toString(36)}`
}

/** A meeting with `count` ideas spread over rounds and departments, built directly (fast). */
function meetingWithIdeas(title: string, count: number): Meeting {
  const meeting = createMeetingFromTemplate(title, ctx)
  const now = ctx.now()
  const ideas = Array.from({ length: count }, (_, i) => ({
    id: ctx.newId(),
    roundId: meeting.rounds[i % meeting.rounds.length]!.id,
    departmentId: meeting.departments[i % meeting.departments.length]!.id,
    number: i + 1,
    author: i % 3 === 0 ? 'Ana' : '',
    text: `Idea ${i}: call every customer who wrote in last month and ask what we could do better`,
    buildsOnId: null,
    themeId: null,
    votes: i % 5,
    impact: null,
    effort: null,
    createdAt: now
  }))
  return { ...meeting, ideas, lastIdeaNumber: count }
}

/** The plain way to write bytes durably: open, write, fsync, close (no temp file, no rename). */
async function rawWriteAndSync(file: string, bytes: string): Promise<void> {
  const handle = await open(file, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

const tempRoot = () => mkdtemp(path.join(os.tmpdir(), 'northstar-bench-'))

function saveBenchmark(): Benchmark {
  let root = ''
  let workspace: Workspace
  let meeting: Meeting
  let bytes = ''
  let saves = 0
  return {
    id: 'save.2000ideas',
    note: 'Durable save of a 2,000-idea meeting through lowdb and the durable adapter (serialise, temp file, fsync, last good copy, rename, folder fsync), each save with one idea changed as a command changes it (a new object, the rest shared); baseline: open+write+fsync of the same bytes.',
    setup: async () => {
      root = await tempRoot()
      workspace = await Workspace.open(root, ctx)
      meeting = meetingWithIdeas('Save benchmark', 2_000)
      bytes = encodeMeeting(meeting)
      await workspace.save(meeting)
    },
    run: () => {
      // As a vote does: one idea is a new object, the others are shared with the last save.
      const at = saves++ % meeting.ideas.length
      const ideas = meeting.ideas.slice()
      ideas[at] = { ...ideas[at]!, votes: (ideas[at]!.votes + 1) % 5 }
      meeting = { ...meeting, ideas }
      return workspace.save(meeting)
    },
    baseline: () => rawWriteAndSync(path.join(root, 'raw.json'), bytes),
    teardown: async () => {
      await workspace.flush()
      await rm(root, { recursive: true, force: true })
    }
  }
}

function captureBenchmark(): Benchmark {
  let root = ''
  let service: ReturnType<typeof createMeetingService>
  let meeting: Meeting
  let bytes = ''
  let n = 0
  return {
    id: 'capture.durable.2000ideas',
    note: 'One idea added to a 2,000-idea meeting through the meeting service until durable on disk (budget: p95 under 100 ms); baseline: open+write+fsync of the same meeting bytes.',
    setup: async () => {
      root = await tempRoot()
      service = createMeetingService({
        workspaceDir: root,
        ...ctx,
        broadcast: () => undefined,
        pickMeetingFile: () => Promise.resolve(null),
        pickExportFolder: () => Promise.resolve(null),
        exportMeeting: () => Promise.reject(new Error('unused')),
        openPath: () => Promise.resolve(),
        showInFolder: () => undefined
      })
      const workspace = await Workspace.open(root, ctx)
      meeting = meetingWithIdeas('Capture benchmark', 2_000)
      bytes = encodeMeeting(meeting)
      await workspace.save(meeting)
      await workspace.flush()
    },
    run: () =>
      service.commitCommand(meeting.id, {
        type: 'idea.add',
        roundId: meeting.rounds[0]!.id,
        departmentId: meeting.departments[0]!.id,
        text: `Captured idea ${n++}`
      }),
    baseline: () => rawWriteAndSync(path.join(root, 'raw.json'), bytes),
    teardown: async () => {
      await service.close()
      await rm(root, { recursive: true, force: true })
    }
  }
}

function listBenchmark(): Benchmark {
  let root = ''
  return {
    id: 'list.500meetings',
    note: 'Opening a workspace of 500 meetings (60 ideas each) and listing it from the index (read index.json, stat each file); baseline: reading and JSON-parsing the 500 meeting files, without validation.',
    samples: 20,
    setup: async () => {
      root = await tempRoot()
      const workspace = await Workspace.open(root, ctx)
      for (let i = 0; i < 500; i++) await workspace.save(meetingWithIdeas(`Review ${i}`, 60))
      await workspace.flush()
    },
    run: async () => {
      const listed = (await Workspace.open(root, ctx)).list()
      if (listed.length !== 500) throw new Error(`listed ${listed.length} meetings, expected 500`)
    },
    baseline: async () => {
      const dir = path.join(root, 'meetings')
      const names = (await readdir(dir)).filter((name) => name.endsWith('.json'))
      for (const name of names) JSON.parse(await readFile(path.join(dir, name), 'utf-8'))
    },
    teardown: () => rm(root, { recursive: true, force: true })
  }
}

export const benchmarks: Benchmark[] = [saveBenchmark(), captureBenchmark(), listBenchmark()]
