/**
 * Child for the unreadable-file test (test/main/durability/unreadableFile.test.ts): run as an
 * unprivileged user (root reads everything, so a permission test run as root proves nothing). With
 * a workspace holding an unreadable meeting file beside a healthy one, it goes through the start-up
 * scan, opening, importing and the command line, and prints what each said as one JSON line.
 *
 * Usage: node readAsOtherUser.mjs <workspace> <unreadable meeting id> <unreadable file elsewhere>
 */
import { runExportCli } from '../../src/main/export/cli'
import { importMeetingFile } from '../../src/main/storage/importMeeting'
import { Workspace } from '../../src/main/storage/workspace'

const [root = '', id = '', outside = ''] = process.argv.slice(2)
let tick = 0
const ctx = {
  now: () => new Date(Date.parse('2026-11-23T09:00:00Z') + tick++ * 1000).toISOString(),
  newId: () => `n${++tick}`
}
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

const ws = await Workspace.open(root, ctx)
const listed = ws
  .list()
  .map((m) => m.title)
  .sort()
const opened = await ws.load(id).then(() => 'opened', message)
const healthy = await ws.load('healthy').then(({ meeting }) => meeting.facts.title, message)
const imported = await importMeetingFile(ws, outside).then(() => 'imported', message)
await ws.close()
const err: string[] = []
const cli = await runExportCli([outside, '--md', `${outside}.md`], {
  out: () => undefined,
  err: (line) => err.push(line)
})
process.stdout.write(
  `${JSON.stringify({ uid: process.getuid?.(), listed, opened, healthy, imported, cli, cliSaid: err.join('\n') })}\n`
)
