import { useState } from 'react'
import type { ReactNode } from 'react'
import { carriesIdeas, droppedIdeas } from './dragIdeas'

/** A theme's area (or the unthemed area) that ideas can be dropped onto. */
export function DropZone({
  label,
  labelledBy,
  onDropIdeas,
  children
}: {
  label?: string
  labelledBy?: string
  onDropIdeas: (ideaIds: string[]) => void
  children: ReactNode
}) {
  const [over, setOver] = useState(false)
  return (
    <section
      className={`theme-group${over ? ' drop-over' : ''}`}
      aria-label={label}
      aria-labelledby={labelledBy}
      onDragOver={(e) => {
        if (!carriesIdeas(e)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'move'
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false)
        const ids = droppedIdeas(e)
        if (ids.length === 0) return
        e.preventDefault()
        onDropIdeas(ids)
      }}
    >
      {children}
    </section>
  )
}
