import { performance } from 'node:perf_hooks'
import { mkdtemp, open, link, rename, unlink, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { encodeMeeting } from '../../src/main/storage/meetingCodec'
const m = buildLargeMeeting({ ideas: 2000, actions: 40 })
const dir = await mkdtemp(path.join(os.tmpdir(), 'northstar-scratch-'))
const target = path.join(dir, 'm.json'), backup = path.join(dir, 'm.backup.json')
const t: Record<string, number[]> = {}
let t0 = 0
const lap = (k: string) => { const now = performance.now(); (t[k] ??= []).push(now - t0); t0 = now }
await (await open(target, 'w')).close()
for (let i = 0; i < 40; i++) {
  t0 = performance.now()
  const s = encodeMeeting({ ...m, updatedAt: String(i) }); lap('stringify')
  const tmp = path.join(dir, `.m.${i}.tmp`)
  const h = await open(tmp, 'wx'); lap('open')
  await h.writeFile(s); lap('write')
  await h.sync(); lap('fsync')
  await h.stat(); lap('stat')
  await h.close(); lap('close')
  await link(target, tmp + 'b'); lap('link')
  await rename(tmp + 'b', backup); lap('renameBackup')
  await rename(tmp, target); lap('rename')
  const d = await open(dir, 'r'); await d.sync(); await d.close(); lap('dirFsync')
  const r = await open(path.join(dir, 'raw.json'), 'w'); await r.writeFile(s); await r.sync(); await r.close(); lap('RAW')
}
for (const [k, v] of Object.entries(t)) { const s = v.slice(5).sort((a, b) => a - b); console.log(k.padEnd(14), s[s.length >> 1]!.toFixed(3)) }
await rm(dir, { recursive: true })
