import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** The lastQuarter stage (placeholder until it is built on this shell). */
export function LastQuarterStage(_props: StageProps) {
  return <StageFrame kind="lastQuarter" />
}
