import type { ComponentType } from 'react'
import type { Meeting } from '../../../../shared/meeting/schema'

/** What every stage screen receives. Stages read actions (sendCommand…) from the store themselves. */
export interface StageProps {
  meeting: Meeting
}

export type StageComponent = ComponentType<StageProps>
