/**
 * One benchmark. A group file `scripts/bench/<group>.bench.ts` exports `benchmarks: Benchmark[]`;
 * the runner finds it by name, so adding a benchmark touches no other file.
 */
export interface Benchmark {
  /** Stable id used in reports, e.g. `save.2000ideas`. */
  id: string
  /** What is measured and what the baseline is, in one sentence. */
  note: string
  /** What the figures count: milliseconds (default) or bytes (a `Measured` value, not a time). */
  unit?: 'ms' | 'bytes'
  /** Measured samples (default 30) after warm-up runs (default 3). */
  samples?: number
  warmup?: number
  /** Prepares data once (temp folders, meetings); state lives in the group file's closures. */
  setup?: () => Promise<void>
  teardown?: () => Promise<void>
  /**
   * The operation measured. Returning a `Measured` reports a time taken elsewhere (e.g. between two
   * browser pages) instead of the call's own duration; `baseline` may do the same.
   */
  run: () => unknown
  /**
   * The same work done the plainest way, measured in the same run and interleaved with `run`, so
   * the ratio holds on a noisy shared machine.
   */
  baseline?: () => unknown
}

/** One line of `npm run bench -- --json FILE`. */
export interface BenchResult {
  id: string
  median_ms: number
  p95_ms: number
  baseline_ms: number | null
  ratio: number | null
  /** `bytes` when the figures are sizes: the `_ms` fields then hold bytes. */
  unit: 'ms' | 'bytes'
  note: string
}

/** A time a benchmark measured itself, in milliseconds (or a size in bytes, for a `bytes` benchmark). */
export interface Measured {
  measuredMs: number
}
