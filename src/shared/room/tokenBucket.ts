/**
 * A token bucket: `capacity` messages at once, refilled at `perSecond`. Pure (the clock is passed in),
 * so the room server keeps one per phone and tests drive it without waiting.
 */
export interface TokenBucket {
  tokens: number
  updatedMs: number
}

export interface BucketRate {
  capacity: number
  perSecond: number
}

export const fullBucket = (rate: BucketRate, nowMs: number): TokenBucket => ({
  tokens: rate.capacity,
  updatedMs: nowMs
})

/** Takes one token if there is one. Returns the bucket after the attempt and whether it was allowed. */
export function takeToken(
  bucket: TokenBucket,
  rate: BucketRate,
  nowMs: number
): { bucket: TokenBucket; allowed: boolean } {
  const elapsed = Math.max(0, nowMs - bucket.updatedMs) / 1000
  const tokens = Math.min(rate.capacity, bucket.tokens + elapsed * rate.perSecond)
  if (tokens < 1) return { bucket: { tokens, updatedMs: nowMs }, allowed: false }
  return { bucket: { tokens: tokens - 1, updatedMs: nowMs }, allowed: true }
}
