import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'

/**
 * Bundles a crash-test child script (scripts/crash/*.ts) into one .mjs file, so each child process
 * starts in tens of milliseconds. Returns its path and a clean-up.
 */
export async function bundleChild(
  name: string
): Promise<{ script: string; remove: () => Promise<void> }> {
  const source = path.resolve(import.meta.dirname, `../../../scripts/crash/${name}.ts`)
  const dir = await mkdtemp(path.join(tmpdir(), `northstar-${name}-`))
  const script = path.join(dir, `${name}.mjs`)
  await build({
    entryPoints: [source],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies (pdfmake) call require() for Node built-ins: give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
    },
    logLevel: 'silent'
  })
  return { script, remove: () => rm(dir, { recursive: true, force: true }) }
}
