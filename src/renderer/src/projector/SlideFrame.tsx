import type { ReactNode } from 'react'
import type { StageKind } from '../../../shared/meeting/schema'

/** One projector slide: a labelled region with the slide's heading, so every view reads the same. */
export function SlideFrame({
  kind,
  heading,
  children
}: {
  kind: StageKind | 'reflection' | 'waiting'
  heading: ReactNode
  children?: ReactNode
}) {
  return (
    <section className={`pj-slide pj-${kind}`} aria-labelledby={`pj-heading-${kind}`}>
      <h1 id={`pj-heading-${kind}`} className="pj-heading">
        {heading}
      </h1>
      {children}
    </section>
  )
}
