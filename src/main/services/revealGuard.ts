import path from 'node:path'
import { AppFailure } from '../../shared/result'

/**
 * The renderer may only ask the system to open files this app exported in this session: opening an
 * arbitrary path with the system's apps would let a compromised page run programs.
 */
export class RevealGuard {
  readonly #allowed = new Set<string>()

  allow(paths: string[]): void {
    for (const file of paths) this.#allowed.add(path.resolve(file))
  }

  check(file: string): void {
    if (!this.#allowed.has(path.resolve(file))) {
      throw new AppFailure('forbidden', { key: 'revealForbidden' })
    }
  }
}
