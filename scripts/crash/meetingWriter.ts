/**
 * Crash-test child: applies changes to one meeting through the real meeting service and storage,
 * printing `ACK <text>` only after the save containing that change is durable. The parent
 * (test/main/storage/crash.test.ts) kills it with SIGKILL at random moments and checks the file.
 *
 * Usage: node --import tsx scripts/crash/meetingWriter.ts <workspaceDir> <meetingId> <label>
 * Prints `READY <ideas already in the meeting>` once the meeting is open.
 */
import type { Command } from '../../src/shared/meeting/commands/schema'
import { startCrashChild } from './crashChild'

const { meetingId, label, service, say } = startCrashChild('meetingWriter')

async function main(): Promise<void> {
  const { meeting } = (await service.openMeeting(meetingId)).view
  const roundId = meeting.rounds[0]!.id
  const departmentId = meeting.departments[0]!.id
  say(`READY ${meeting.ideas.length}`)
  for (let n = 0; ;) {
    // A small burst of concurrent changes exercises the coalescing writer.
    const burst = 1 + Math.floor(Math.random() * 4)
    const pending: Array<Promise<void>> = []
    for (let i = 0; i < burst; i++, n++) {
      const text = `${label}-${n}`
      const command: Command = { type: 'idea.add', roundId, departmentId, text }
      pending.push(service.commitCommand(meetingId, command).then(() => say(`ACK ${text}`)))
    }
    await Promise.all(pending)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash child failed: ${String(error)}\n`)
  process.exit(1)
})
