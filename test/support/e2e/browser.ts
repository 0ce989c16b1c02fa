import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'

/** The network is closed on test machines; these keep Chromium from trying to reach it. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

/** Where Chromium is: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium'
}

/** Launches Debian's Chromium, or explains how to get it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it with "apt-get install -y chromium" ` +
        'or point CHROME_PATH at a Chromium or Chrome binary.'
    )
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/**
 * The Electron runtime binary, if this machine has one. Requiring `electron` would try to download
 * it (and fail without network), so this reads the package's own `path.txt` record instead.
 */
export function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const pathFile = join(packageDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const relative = readFileSync(pathFile, 'utf8').trim()
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
    const binary = join(distDir, relative)
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}
