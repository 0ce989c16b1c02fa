import { performance } from 'node:perf_hooks'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { applyCommand } from '../../src/shared/meeting/apply'
import { record, startHistory } from '../../src/shared/meeting/history'
import { encodeMeeting } from '../../src/main/storage/meetingCodec'
import { projectorView } from '../../src/shared/projector/view'
import { shownToRoom } from '../../src/shared/meeting/shownToRoom'
import { diffPatches } from '../../src/shared/live/patches'
let m = buildLargeMeeting({ ideas: 2000, actions: 40 })
m = { ...m, run: { ...m.run, stage: 'rounds', roundId: m.rounds[0]!.id } }
let h = startHistory(m)
let n = 0
const ctx = { now: () => new Date().toISOString(), newId: () => `x${n++}` }
let pv = projectorView(shownToRoom(m))
let fac: object = { meeting: m, canUndo: false, canRedo: false }
const t: Record<string, number[]> = {}
const lap = (k: string, t0: number) => { (t[k] ??= []).push(performance.now() - t0); return performance.now() }
for (let i = 0; i < 60; i++) {
  let t0 = performance.now()
  const r = applyCommand(h.present, { type: 'idea.add', roundId: m.rounds[0]!.id, departmentId: m.departments[0]!.id, text: `bench-${i} hello` }, ctx)
  if (!r.ok) throw new Error(r.error.message)
  t0 = lap('apply', t0)
  h = record(h, r.value)
  t0 = lap('record', t0)
  const s = encodeMeeting(h.present)
  t0 = lap('stringify', t0)
  const next = projectorView(shownToRoom(h.present))
  t0 = lap('projView', t0)
  const p = diffPatches(pv, next); pv = next
  t0 = lap('projDiff', t0)
  const nf = { meeting: h.present, canUndo: true, canRedo: false }
  const fp = diffPatches(fac, nf); fac = nf
  t0 = lap('facDiff', t0)
  JSON.stringify(p); JSON.stringify(fp)
  t0 = lap('msgJson', t0)
  if (i === 59) console.log(s.length, p.length, fp.length, JSON.stringify(p).length)
}
for (const [k, v] of Object.entries(t)) { const s = v.slice(10).sort((a, b) => a - b); console.log(k, s[s.length >> 1]!.toFixed(3), s[Math.floor(s.length * 0.95)]!.toFixed(3)) }
