import type { DragEvent } from 'react'

/** The drag payload type for ideas, so drops from elsewhere (text, files) are ignored. */
const IDEAS_TYPE = 'application/x-northstar-ideas'

/** Puts the dragged idea ids on the drag. */
export function startIdeaDrag(event: DragEvent, ideaIds: string[]): void {
  event.dataTransfer.setData(IDEAS_TYPE, JSON.stringify(ideaIds))
  event.dataTransfer.effectAllowed = 'move'
}

/** Whether a drag carries ideas (checked on dragover, when the payload itself is not readable). */
export function carriesIdeas(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes(IDEAS_TYPE)
}

/** The idea ids a drop carries; anything malformed reads as none. */
export function droppedIdeas(event: DragEvent): string[] {
  try {
    const parsed: unknown = JSON.parse(event.dataTransfer.getData(IDEAS_TYPE) || '[]')
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}
