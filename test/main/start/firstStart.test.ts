/**
 * `npm start` on a fresh clone: the start script fetches the Electron runtime through electron's own
 * installer from ELECTRON_MIRROR, then launches it with the built main entry. A loopback mirror
 * (127.0.0.1 only) serves a stand-in runtime: a small program that records how it was launched.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { storedZip } from '../../support/start/storedZip'

const root = path.resolve(import.meta.dirname, '../../..')
const electronPkg = JSON.parse(
  await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')
) as { version: string }
const version = electronPkg.version
const archiveName = `electron-v${version}-${process.platform}-${process.arch}.zip`

/** Records its working folder, arguments and the main entry they name, then exits. */
const STAND_IN = `#!/usr/bin/env node
const fs = require('fs'), path = require('path')
const entry = path.resolve(process.cwd(), process.argv[2] || '.')
const pkg = JSON.parse(fs.readFileSync(path.join(entry, 'package.json'), 'utf8'))
const main = path.resolve(entry, pkg.main)
fs.writeFileSync(process.env.NORTHSTAR_STANDIN_RECORD, JSON.stringify({
  cwd: process.cwd(), args: process.argv.slice(2), main, mainExists: fs.existsSync(main)
}))
`

interface Mirror {
  url: string
  requests: string[]
  close: () => Promise<void>
}

async function startMirror(): Promise<Mirror> {
  const archive = storedZip([
    { name: 'electron', data: Buffer.from(STAND_IN), mode: 0o755 },
    { name: 'version', data: Buffer.from(`v${version}`), mode: 0o644 }
  ])
  const sha = createHash('sha256').update(archive).digest('hex')
  const files = new Map<string, Buffer>([
    [`/v${version}/${archiveName}`, archive],
    [`/v${version}/SHASUMS256.txt`, Buffer.from(`${sha} *${archiveName}\n`)]
  ])
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '')
    const body = files.get(req.url ?? '')
    res.writeHead(body ? 200 : 404).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/** A scratch copy of the electron package without any runtime, as `npm ci` leaves it. */
async function freshElectronPackage(scratch: string): Promise<string> {
  const dir = path.join(scratch, 'electron')
  await cp(path.join(root, 'node_modules/electron'), dir, {
    recursive: true,
    filter: (source) => !/[/\\](dist|path\.txt)$/.test(source)
  })
  return dir
}

function runStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start/index.ts', '--skipBuild'],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })))
}

let scratch = ''
beforeAll(async () => {
  await stat(path.join(root, 'out/main/index.js')).catch(() => {
    throw new Error('No built main entry in out/main: run "npm run build" first.')
  })
})
afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

describe('npm start on a fresh clone', () => {
  it('fetches the runtime once from ELECTRON_MIRROR and launches it with the built main entry', async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'northstar-start-'))
    const electronDir = await freshElectronPackage(scratch)
    const mirror = await startMirror()
    const record = path.join(scratch, 'launch.json')
    const env = {
      NORTHSTAR_ELECTRON_DIR: electronDir,
      NORTHSTAR_STANDIN_RECORD: record,
      ELECTRON_MIRROR: mirror.url,
      electron_use_remote_checksums: '1',
      electron_config_cache: path.join(scratch, 'cache')
    }
    try {
      const first = await runStart(env)
      expect(first.out).toContain('fetching the Electron')
      expect(first.code).toBe(0)
      const launch = JSON.parse(await readFile(record, 'utf8')) as {
        cwd: string
        main: string
        mainExists: boolean
      }
      expect(launch.cwd).toBe(root)
      expect(launch.main).toBe(path.join(root, 'out/main/index.js'))
      expect(launch.mainExists).toBe(true)
      expect(await readFile(path.join(electronDir, 'path.txt'), 'utf8')).toBe('electron')
      expect(mirror.requests).toContain(`/v${version}/${archiveName}`)

      // The second start uses the runtime it has: nothing is fetched again.
      const fetched = mirror.requests.length
      await rm(record)
      const second = await runStart(env)
      expect(second.code).toBe(0)
      expect(second.out).not.toContain('fetching the Electron')
      expect(mirror.requests.length).toBe(fetched)
      expect(JSON.parse(await readFile(record, 'utf8'))).toMatchObject({ mainExists: true })
    } finally {
      await mirror.close()
    }
  })

  it('says in one sentence what failed and how to use a mirror when the runtime cannot be fetched', async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'northstar-start-'))
    const electronDir = await freshElectronPackage(scratch)
    // A loopback port with nothing listening: the download is refused at once.
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    const result = await runStart({
      NORTHSTAR_ELECTRON_DIR: electronDir,
      NORTHSTAR_STANDIN_RECORD: path.join(scratch, 'never.json'),
      ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
      electron_config_cache: path.join(scratch, 'cache')
    })
    expect(result.code).toBe(1)
    const sentence = result.out.split('\n').find((line) => line.startsWith('Northstar could not'))
    expect(sentence).toMatch(/could not download the Electron .* runtime/)
    expect(sentence).toContain('ELECTRON_MIRROR')
    expect(sentence).toContain(`127.0.0.1:${port}`)
    expect(result.out).not.toMatch(/^\s+at /m)
    expect(result.out).not.toContain('Electron uninstall')
  })
})
