/**
 * Where a PDF export's time goes. Exports the 60-idea meeting (or its multiscript variant) several
 * times in this process and prints each time; run it under `node --cpu-prof` to profile:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profilePdf.ts [mode] [n] [multi]
 *
 * mode: `ours` (the app's renderMinutesPdf), `definition` (only building the document definition),
 * `bare` (bare pdfmake rendering that definition, as the bench's baseline does). Not a benchmark:
 * figures come from `npm run bench`.
 */
import { performance } from 'node:perf_hooks'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { allFontPaths, fontFamilies } from '../../src/main/export/fonts'
import { minutesDefinition, renderMinutesPdf } from '../../src/main/export/renderPdf'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { multiscriptMeeting } from '../fixtures/multiscript'

const [mode = 'ours', count = '8', variant = ''] = process.argv.slice(2)
const base = buildLargeMeeting({ ideas: 60, actions: 10 })
const meeting = variant === 'multi' ? multiscriptMeeting(base) : base

if (mode === 'bare') {
  const allowed = allFontPaths()
  pdfmake.setFonts(fontFamilies())
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path))
}

/** One export: wall-clock and CPU milliseconds (CPU time moves less with the machine's load). */
async function once(): Promise<[number, number]> {
  const definition =
    mode === 'bare' ? (minutesDefinition(meeting).doc as unknown as TDocumentDefinitions) : null
  const start = performance.now()
  const cpu = process.cpuUsage()
  if (definition) await pdfmake.createPdf(definition).getBuffer()
  else if (mode === 'definition') minutesDefinition(meeting)
  else await renderMinutesPdf(meeting)
  const used = process.cpuUsage(cpu)
  return [performance.now() - start, (used.user + used.system) / 1000]
}

const times: Array<[number, number]> = []
for (let i = 0; i < Math.min(Number(count) || 8, 50); i++) times.push(await once())
console.log(`${mode} ${variant} wall ms:`, times.map(([wall]) => wall.toFixed(0)).join(' '))
console.log(`${mode} ${variant} cpu ms: `, times.map(([, cpu]) => cpu.toFixed(0)).join(' '))
