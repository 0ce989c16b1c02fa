/**
 * The first PDF export of a session, with and without the Minutes stage's check before it:
 * `npx tsx scripts/bench/firstExport.ts [rounds]`. Each round exports the 60-idea meeting from a new
 * PDF worker, then starts another worker, asks it for the check (which renders the minutes once in
 * the background), waits 8 s as a reader of the warnings would, and exports. Not a benchmark:
 * steady-state figures come from `npm run bench`.
 */
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  renderMinutesPdfOffThread,
  stopPdfWorker,
  undrawableInPdfOffThread
} from '../../src/main/export/pdfWorkerClient'
import { buildLargeMeeting } from '../fixtures/largeMeeting'

const meeting = buildLargeMeeting({ ideas: 60, actions: 10 })
const rounds = Math.min(Number(process.argv[2]) || 3, 10)

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

for (let round = 0; round < rounds; round++) {
  await stopPdfWorker()
  const cold = await timed(() => renderMinutesPdfOffThread(meeting))
  await stopPdfWorker()
  await undrawableInPdfOffThread(meeting)
  await sleep(8000)
  const afterCheck = await timed(() => renderMinutesPdfOffThread(meeting))
  console.log(
    `first export in a new worker: ${cold.toFixed(0)} ms; after the check and 8 s: ${afterCheck.toFixed(0)} ms`
  )
}
await stopPdfWorker()
