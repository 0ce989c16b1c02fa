import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'

/** The display the facilitator last put the projector on, remembered between meetings. */
export interface DisplayChoice {
  load(): number | null
  save(displayId: number): void
}

/**
 * Keeps the choice in a small JSON file (in the app's data folder, not the workspace: it belongs to
 * this computer's displays, not to a meeting). A missing or unreadable file means no choice yet; a
 * failed write only loses the preference, so it is not reported.
 */
export function displayChoiceFile(file: string): DisplayChoice {
  let remembered: number | null | undefined
  return {
    load() {
      if (remembered !== undefined) return remembered
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { displayId?: unknown }
        remembered = Number.isSafeInteger(parsed.displayId) ? (parsed.displayId as number) : null
      } catch {
        remembered = null
      }
      return remembered
    },
    save(displayId) {
      if (remembered === displayId) return
      remembered = displayId
      writeFile(file, JSON.stringify({ displayId })).catch(() => undefined)
    }
  }
}
