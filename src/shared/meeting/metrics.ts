import { formatNumber } from '../i18n/plural'
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

/**
 * How a carried action's customer metric moved between its baseline and the latest value: data only,
 * worded by `movementWords` with a language's wording (`minutesWording(locale).movement`).
 */
export interface MetricMovement {
  baseline: string
  latest: string
  /** latest − baseline when both read as numbers (e.g. "32", "4.1", "85%"), otherwise null. */
  change: number | null
  /**
   * `notMeasured`: no latest value yet; `same`: the latest equals the baseline (as text or as a number);
   * `changed`: it differs but is not a number; `moved`: a numeric change, in `change`.
   */
  trend: 'notMeasured' | 'same' | 'changed' | 'moved'
}

/** The words a language gives the movements that are not a number. */
export interface MovementWording {
  notMeasuredYet: string
  noChange: string
  changed: string
}

const asNumber = (value: string): number | null => {
  const match = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value)
  return match?.[1] ? Number(match[1].replace(',', '.')) : null
}

/** Did the customer metric move? Compares the baseline with the latest recorded value. */
export function metricMovement(metric: CustomerMetric, latestValue: string): MetricMovement {
  const baseline = metric.baseline.trim()
  const latest = latestValue.trim()
  if (!latest) return { baseline, latest, change: null, trend: 'notMeasured' }
  const from = asNumber(baseline)
  const to = asNumber(latest)
  if (from === null || to === null)
    return { baseline, latest, change: null, trend: baseline === latest ? 'same' : 'changed' }
  // Round away floating-point noise such as 4.1 − 3.8 = 0.2999….
  const change = Math.round((to - from) * 1000) / 1000
  return { baseline, latest, change, trend: change === 0 ? 'same' : 'moved' }
}

/**
 * A movement in words of `locale`: "+8", "−0.3" (numbers signed and written as the language writes
 * them: "−0,3" in pt-PT), or the wording's "no change", "changed", "not measured yet".
 */
export function movementWords(
  movement: MetricMovement,
  wording: MovementWording,
  locale: string
): string {
  switch (movement.trend) {
    case 'notMeasured':
      return wording.notMeasuredYet
    case 'same':
      return wording.noChange
    case 'changed':
      return wording.changed
    case 'moved': {
      const change = movement.change ?? 0
      return `${change > 0 ? '+' : '−'}${formatNumber(locale, Math.abs(change))}`
    }
  }
}
