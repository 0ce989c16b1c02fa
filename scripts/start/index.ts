/**
 * `npm start [-- electron-vite preview options]`: fetches the Electron runtime on first use, then
 * builds and starts the app with electron-vite's preview (the built main entry, `out/main/index.js`).
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { installRuntime, installedExecutable, locateElectron } from './electronRuntime'

const projectRoot = path.resolve(import.meta.dirname, '../..')

async function main(): Promise<number> {
  const electron = locateElectron(projectRoot, process.env)
  let executable = installedExecutable(electron)
  if (!executable) {
    console.log(`First start: fetching the Electron ${electron.version} runtime (once).`)
    try {
      executable = await installRuntime(electron, projectRoot, process.env)
    } catch (error) {
      console.error((error as Error).message)
      return 1
    }
  }
  // electron-vite's package exports hide its bin; find it beside the resolved entry.
  const entry = createRequire(path.join(projectRoot, 'package.json')).resolve('electron-vite')
  const cli = path.join(path.dirname(entry), '..', 'bin', 'electron-vite.js')
  // electron-vite honours ELECTRON_EXEC_PATH before reading path.txt itself.
  const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], {
    cwd: projectRoot,
    env: { ...process.env, ELECTRON_EXEC_PATH: executable },
    stdio: 'inherit'
  })
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)))
}

process.exitCode = await main()
