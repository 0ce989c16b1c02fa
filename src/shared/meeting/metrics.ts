import type { CustomerMetric, MetricKind } from './schema'

/**
 * The metric's display name in the language of `labels` (the minutes wording's `metric` names, see
 * src/shared/i18n/<language>/minutes.ts): the custom name for a custom metric, the standard label otherwise.
 */
export function metricName(metric: CustomerMetric, labels: Record<MetricKind, string>): string {
  if (metric.kind === 'custom') return metric.customName.trim() || labels.custom
  return labels[metric.kind]
}

/** Whether a metric has anything worth printing (a baseline, a target or a measure date). */
export function hasMetricValues(metric: CustomerMetric): boolean {
  return Boolean(metric.baseline.trim() || metric.target.trim() || metric.measureOn)
}

/** How a carried action's customer metric moved between its baseline and the latest value. */
export interface MetricMovement {
  baseline: string
  latest: string
  /** latest − baseline when both read as numbers (e.g. "32", "4.1", "85%"), otherwise null. */
  change: number | null
  /** A short description: "+8", "−0.3", "no change", "changed", or "not measured yet". */
  summary: string
}

const asNumber = (value: string): number | null => {
  const match = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value)
  return match?.[1] ? Number(match[1].replace(',', '.')) : null
}

/** Did the customer metric move? Compares the baseline with the latest recorded value. */
export function metricMovement(metric: CustomerMetric, latestValue: string): MetricMovement {
  const baseline = metric.baseline.trim()
  const latest = latestValue.trim()
  if (!latest) return { baseline, latest, change: null, summary: 'not measured yet' }
  const from = asNumber(baseline)
  const to = asNumber(latest)
  if (from === null || to === null) {
    return {
      baseline,
      latest,
      change: null,
      summary: baseline === latest ? 'no change' : 'changed'
    }
  }
  // Round away floating-point noise such as 4.1 − 3.8 = 0.2999….
  const change = Math.round((to - from) * 1000) / 1000
  const summary = change === 0 ? 'no change' : `${change > 0 ? '+' : '−'}${Math.abs(change)}`
  return { baseline, latest, change, summary }
}
