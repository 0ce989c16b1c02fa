import { performance } from 'node:perf_hooks'
import { minutesDefinition, renderPdfDocument } from './src/main/export/renderPdf'
import { buildLargeMeeting } from './scripts/fixtures/largeMeeting'
const m = buildLargeMeeting({ ideas: 60, actions: 10 })
for (let i = 0; i < 4; i++) {
  const t0 = performance.now()
  const { doc } = minutesDefinition(m)
  const t1 = performance.now()
  await renderPdfDocument(doc)
  const t2 = performance.now()
  console.log('def', (t1 - t0).toFixed(0), 'render', (t2 - t1).toFixed(0))
}
