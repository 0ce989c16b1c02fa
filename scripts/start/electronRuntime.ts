/**
 * The Electron runtime on this machine: where it is, whether it is there, and fetching it once.
 *
 * electron 45 does not download its runtime at `npm install`; it ships an installer
 * (`install.js`, the `install-electron` bin) that fetches the archive with @electron/get (honouring
 * ELECTRON_MIRROR, electron_config_cache and electron_use_remote_checksums) and writes `path.txt`.
 * electron-vite reads `path.txt` itself and stops with "Electron uninstall" when it is missing,
 * so the start script runs that installer first.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export interface ElectronPackage {
  /** Folder of the `electron` npm package. */
  dir: string
  version: string
}

/**
 * The electron package the app starts with: the project's own, or the folder named by
 * NORTHSTAR_ELECTRON_DIR (the start test points it at a scratch copy so the real one is untouched).
 */
export function locateElectron(projectRoot: string, env: NodeJS.ProcessEnv): ElectronPackage {
  const dir =
    env.NORTHSTAR_ELECTRON_DIR ??
    path.dirname(
      createRequire(path.join(projectRoot, 'package.json')).resolve('electron/package.json')
    )
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version: string
  }
  return { dir, version: pkg.version }
}

/** The runtime's executable when it is installed for this package version, else null. */
export function installedExecutable(electron: ElectronPackage): string | null {
  try {
    const relative = readFileSync(path.join(electron.dir, 'path.txt'), 'utf8').trim()
    const version = readFileSync(path.join(electron.dir, 'dist', 'version'), 'utf8').trim()
    const executable = path.join(electron.dir, 'dist', relative)
    return version.replace(/^v/, '') === electron.version && existsSync(executable)
      ? executable
      : null
  } catch {
    return null
  }
}

/** What the installer printed when it failed, reduced to its last meaningful line. */
function lastErrorLine(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '))
  return (lines.at(-1) ?? 'no reason given').replace(/^\w*Error:\s*/, '')
}

/** The one sentence a user reads when the runtime cannot be fetched. */
export function downloadFailureSentence(
  electron: ElectronPackage,
  reason: string,
  env: NodeJS.ProcessEnv
): string {
  const target = `${process.platform}-${process.arch}`
  const source = env.ELECTRON_MIRROR
    ? `the mirror ${env.ELECTRON_MIRROR}`
    : "Electron's release downloads"
  return (
    `Northstar could not download the Electron ${electron.version} runtime (${target}) from ${source} ` +
    `(${reason}): connect this computer to the internet and run "npm start" again, or set ` +
    `ELECTRON_MIRROR to an offline mirror that serves electron-v${electron.version}-${target}.zip.`
  )
}

/**
 * Runs electron's own installer for `electron`. Resolves with the executable, or rejects with the
 * sentence from {@link downloadFailureSentence}.
 */
export async function installRuntime(
  electron: ElectronPackage,
  projectRoot: string,
  env: NodeJS.ProcessEnv
): Promise<string> {
  // The installer resolves @electron/get from its own folder; NODE_PATH lets a scratch copy of the
  // package (the start test) find it in the project's node_modules too.
  const nodePath = [path.join(projectRoot, 'node_modules'), env.NODE_PATH].filter(Boolean)
  const child = spawn(process.execPath, [path.join(electron.dir, 'install.js')], {
    env: { ...env, NODE_PATH: nodePath.join(path.delimiter) },
    stdio: ['ignore', 'inherit', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => ((stderr += String(error)), resolve(1)))
    child.on('close', resolve)
  })
  const executable = installedExecutable(electron)
  if (code === 0 && executable) return executable
  throw new Error(downloadFailureSentence(electron, lastErrorLine(stderr), env))
}
