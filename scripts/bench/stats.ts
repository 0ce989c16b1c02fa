/** Median of a list of timings (ms). */
export function median(values: number[]): number {
  return percentile(values, 50)
}

/** Nearest-rank percentile: the smallest value at or above p% of the samples. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits))
