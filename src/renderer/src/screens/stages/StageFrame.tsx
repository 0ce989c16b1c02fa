import type { ReactNode } from 'react'
import type { StageKind } from '../../../../shared/meeting/schema'
import { strings } from '../../strings'

/** The common heading and body of a stage, so every stage reads the same to a screen reader. */
export function StageFrame({ kind, children }: { kind: StageKind; children?: ReactNode }) {
  return (
    <section className={`stage stage-${kind}`} aria-labelledby={`stage-heading-${kind}`}>
      <h2 id={`stage-heading-${kind}`} tabIndex={-1}>
        {strings.stages[kind]}
      </h2>
      {children ?? <p className="muted">{strings.meeting.notBuiltYet}</p>}
    </section>
  )
}
