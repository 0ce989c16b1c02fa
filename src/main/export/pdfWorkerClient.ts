import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Meeting } from '../../shared/meeting/schema'
import type { UndrawableCharacter } from '../../shared/minutes/glyphCoverage'
import type { PdfJob, PdfJobResult } from './pdfWorker'
import type { RenderedFile } from './renderPdf'

/**
 * How to start the worker: `pdfWorker.js` beside the built main bundle (electron-vite builds it as
 * its own entry), or else the TypeScript source, loaded through tsx's module hooks (under vitest and
 * `npm run export`, where no build exists). Node 20 workers do not inherit the parent's hooks and
 * ignore `--import` in execArgv, so a two-line bootstrap registers tsx inside the worker first.
 */
function startWorker(): Worker {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const file of [join(here, 'pdfWorker.js'), join(here, '..', 'pdfWorker.js')]) {
    if (existsSync(file)) return new Worker(file)
  }
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'))
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href
  const source = pathToFileURL(join(here, 'pdfWorker.ts')).href
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}) })`
  return new Worker(bootstrap, { eval: true })
}

type Answer = RenderedFile | UndrawableCharacter[]
type Pending = { resolve: (answer: Answer) => void; reject: (error: Error) => void }

interface RunningWorker {
  thread: Worker
  pending: Map<number, Pending>
}

let current: RunningWorker | null = null
let nextId = 1

/** One long-lived worker: it keeps the fonts parsed and its JIT warm between exports. */
function getWorker(): RunningWorker {
  if (current) return current
  const running: RunningWorker = { thread: startWorker(), pending: new Map() }
  const failAll = (error: Error) => {
    for (const job of running.pending.values()) job.reject(error)
    running.pending.clear()
    if (current === running) current = null
  }
  running.thread.on('message', (result: PdfJobResult) => {
    const job = running.pending.get(result.id)
    if (!job) return
    running.pending.delete(result.id)
    if (!result.ok) job.reject(new Error(result.message))
    else if ('undrawable' in result) job.resolve(result.undrawable)
    else job.resolve({ bytes: Buffer.from(result.bytes), warnings: result.warnings })
    if (!running.pending.size) running.thread.unref()
  })
  running.thread.on('error', failAll)
  running.thread.on('exit', (code) =>
    failAll(new Error(`The PDF worker stopped (exit code ${code}).`))
  )
  current = running
  return running
}

function ask(kind: PdfJob['kind'], meeting: Meeting): Promise<Answer> {
  const { thread, pending } = getWorker()
  const id = nextId++
  return new Promise<Answer>((resolve, reject) => {
    pending.set(id, { resolve, reject })
    thread.ref()
    thread.postMessage({ id, kind, meeting } satisfies PdfJob)
  })
}

/**
 * Renders the PDF minutes on the worker thread. The worker is unreferenced while idle, so it never
 * keeps a command-line export (or the app) from exiting.
 */
export async function renderMinutesPdfOffThread(meeting: Meeting): Promise<RenderedFile> {
  const answer = await ask('render', meeting)
  if (Array.isArray(answer)) throw new Error('The PDF worker answered a render with a check.')
  return answer
}

/**
 * The characters the PDF minutes of this meeting could not draw (each with its name and field),
 * found on the worker thread from the fonts' character maps, without laying anything out.
 */
export async function undrawableInPdfOffThread(meeting: Meeting): Promise<UndrawableCharacter[]> {
  const answer = await ask('check', meeting)
  if (!Array.isArray(answer)) throw new Error('The PDF worker answered a check with a file.')
  return answer
}

/** Stops the worker (tests and app shutdown); the next export starts a new one. */
export async function stopPdfWorker(): Promise<void> {
  const running = current
  current = null
  if (running) await running.thread.terminate()
}
