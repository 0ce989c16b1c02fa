import type { FileData, WrittenFile } from './durableWrite'

interface Waiter {
  resolve: (written: WrittenFile) => void
  reject: (error: unknown) => void
}

/**
 * One writer for one file. Writes run one at a time; while one is in flight, newer requests are
 * coalesced so only the newest bytes are written next. Every caller's promise settles with the first
 * write that contains its bytes (its own or a newer one), so "resolved" always means "durable".
 */
export class CoalescingWriter {
  #pending: { data: FileData; waiters: Waiter[] } | null = null
  #draining: Promise<void> | null = null

  constructor(private readonly writeOnce: (data: FileData) => Promise<WrittenFile>) {}

  write(data: FileData): Promise<WrittenFile> {
    return new Promise<WrittenFile>((resolve, reject) => {
      const waiter = { resolve, reject }
      if (this.#pending) {
        this.#pending.data = data
        this.#pending.waiters.push(waiter)
      } else {
        this.#pending = { data, waiters: [waiter] }
      }
      this.#draining ??= this.#drain()
    })
  }

  /** Resolves once nothing is queued or in flight. Never rejects. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining
  }

  get busy(): boolean {
    return this.#draining !== null
  }

  async #drain(): Promise<void> {
    // Let callers in the same tick queue up first, so a burst becomes one write.
    await Promise.resolve()
    while (this.#pending) {
      const batch = this.#pending
      this.#pending = null
      try {
        const written = await this.writeOnce(batch.data)
        for (const waiter of batch.waiters) waiter.resolve(written)
      } catch (error) {
        for (const waiter of batch.waiters) waiter.reject(error)
      }
    }
    this.#draining = null
  }
}
