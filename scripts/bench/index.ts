/**
 * `npm run bench [-- --json FILE] [--filter TEXT] [--samples N]`
 * Runs every benchmark exported by scripts/bench/*.bench.ts (with --filter, only those whose id
 * contains TEXT, or one of several given as A,B) and prints a table with the load average; with --json, also writes the results as
 * a JSON array of { id, median_ms, p95_ms, baseline_ms, ratio, unit, note } (for a `bytes` figure
 * the `_ms` fields hold bytes). `npm run bench` builds the app first (electron-vite build).
 */
import { readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { median, percentile, round } from './stats'
import type { Benchmark, BenchResult, Measured } from './types'

interface Options {
  json: string | null
  filter: string | null
  samples: number | null
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: null, filter: null, samples: null }
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1] ?? ''
    if (argv[i] === '--json') options.json = (i++, value)
    else if (argv[i] === '--filter') options.filter = (i++, value)
    else if (argv[i] === '--samples') options.samples = (i++, Number(value))
  }
  return options
}

/** Every `*.bench.ts` group next to this file, in name order. */
async function loadBenchmarks(): Promise<Benchmark[]> {
  const dir = import.meta.dirname
  const files = (await readdir(dir)).filter((name) => name.endsWith('.bench.ts')).sort()
  const groups = await Promise.all(
    files.map(async (name) => {
      const mod = (await import(pathToFileURL(path.join(dir, name)).href)) as {
        benchmarks?: Benchmark[]
      }
      return mod.benchmarks ?? []
    })
  )
  return groups.flat()
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now()
  const result = await fn()
  const elapsed = performance.now() - start
  // A benchmark timed inside another process (e.g. two browser pages) reports its own figure.
  return isMeasured(result) ? result.measuredMs : elapsed
}

const isMeasured = (value: unknown): value is Measured =>
  typeof value === 'object' && value !== null && typeof (value as Measured).measuredMs === 'number'

async function measure(bench: Benchmark, samplesOverride: number | null): Promise<BenchResult> {
  const samples = samplesOverride ?? bench.samples ?? 30
  await bench.setup?.()
  try {
    for (let i = 0; i < (bench.warmup ?? 3); i++) {
      await bench.run()
      await bench.baseline?.()
    }
    const runs: number[] = []
    const baselines: number[] = []
    // Interleaved so both see the same machine load.
    for (let i = 0; i < samples; i++) {
      runs.push(await time(bench.run))
      if (bench.baseline) baselines.push(await time(bench.baseline))
    }
    const baseline = bench.baseline ? median(baselines) : null
    const medianMs = median(runs)
    return {
      id: bench.id,
      median_ms: round(medianMs),
      p95_ms: round(percentile(runs, 95)),
      baseline_ms: baseline === null ? null : round(baseline),
      ratio: baseline === null ? null : round(medianMs / baseline, 2),
      unit: bench.unit ?? 'ms',
      note: bench.note
    }
  } finally {
    await bench.teardown?.()
  }
}

function printTable(results: BenchResult[]): void {
  const figure = (value: number, unit: BenchResult['unit']) =>
    unit === 'bytes' ? `${Math.round(value)} B` : value.toFixed(2)
  const rows = results.map((r) => [
    r.id,
    figure(r.median_ms, r.unit),
    figure(r.p95_ms, r.unit),
    r.baseline_ms === null ? '-' : figure(r.baseline_ms, r.unit),
    r.ratio === null ? '-' : `${r.ratio.toFixed(2)}x`,
    r.baseline_ms === null ? '-' : figure(r.median_ms - r.baseline_ms, r.unit)
  ])
  const header = ['benchmark', 'median ms', 'p95 ms', 'baseline ms', 'ratio', 'extra ms']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
  console.log('')
  for (const r of results) console.log(`${r.id}: ${r.note}`)
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const all = await loadBenchmarks()
  // --filter a,b runs the figures whose id contains a or b.
  const wanted = options.filter?.split(',').filter((part) => part !== '') ?? []
  const chosen = wanted.length ? all.filter((b) => wanted.some((part) => b.id.includes(part))) : all
  const results: BenchResult[] = []
  let failed = false
  for (const bench of chosen) {
    process.stderr.write(`running ${bench.id}…\n`)
    try {
      results.push(await measure(bench, options.samples))
    } catch (error) {
      failed = true
      process.stderr.write(
        `${bench.id} failed: ${error instanceof Error ? error.stack : String(error)}\n`
      )
    }
  }
  console.log(
    `load average (1, 5, 15 min): ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`
  )
  printTable(results)
  if (options.json) await writeFile(options.json, `${JSON.stringify(results, null, 2)}\n`)
  if (failed) process.exitCode = 1
}

void main()
