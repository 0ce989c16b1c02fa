/**
 * Times main's side of one typed idea at a meeting size, without a window (`npx tsx
 * scripts/bench/profileCommand.ts [ideas] [count]`; the commands' CPU profile goes to
 * /tmp/idea-add.<ideas>.cpuprofile): the real
 * service on a temp workspace, the facilitator's snapshot taken (so its view is diffed per change),
 * then `count` idea.add commands. Prints the median of each step.
 */
import { randomUUID } from 'node:crypto'
import { Session } from 'node:inspector/promises'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createMeetingService } from '../../src/main/services/meetingService'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { median } from './stats'

const ideas = Number(process.argv[2] ?? 10_000)
const count = Number(process.argv[3] ?? 30)
const folder = await mkdtemp(path.join(os.tmpdir(), 'northstar-profile-'))
const missing = () => Promise.reject(new Error('not in this script'))
const service = createMeetingService({
  workspaceDir: path.join(folder, 'ws'),
  now: () => new Date().toISOString(),
  newId: () => randomUUID(),
  broadcast: () => {},
  pickMeetingFile: () => Promise.resolve(null),
  pickExportFolder: () => Promise.resolve(null),
  exportMeeting: missing,
  openPath: missing,
  showInFolder: () => {}
})
try {
  const large = buildLargeMeeting({ ideas, actions: 40 })
  const roundId = large.rounds[0]!.id
  const file = path.join(folder, 'large.json')
  await writeFile(
    file,
    JSON.stringify({ ...large, ideas: large.ideas.map((i) => ({ ...i, roundId })) })
  )
  let started = performance.now()
  const { meeting } = await service.openFromPath(file)
  console.log(`import + open: ${(performance.now() - started).toFixed(1)} ms`)
  started = performance.now()
  await service.openMeeting(meeting.id)
  console.log(`first snapshot: ${(performance.now() - started).toFixed(1)} ms`)
  const department = meeting.departments[0]!.id
  const times: number[] = []
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  for (let i = 0; i < count; i++) {
    started = performance.now()
    await service.commitCommand(meeting.id, {
      type: 'idea.add',
      roundId,
      text: `profile ${i}`,
      author: '',
      departmentId: department,
      buildsOnId: null
    })
    times.push(performance.now() - started)
  }
  const { profile } = await session.post('Profiler.stop')
  await writeFile(`/tmp/idea-add.${ideas}.cpuprofile`, JSON.stringify(profile))
  console.log(`idea.add at ${ideas} ideas: median ${median(times).toFixed(1)} ms`)
} finally {
  await service.close()
  await rm(folder, { recursive: true, force: true })
}
