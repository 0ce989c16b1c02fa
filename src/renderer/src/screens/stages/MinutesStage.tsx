import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** The minutes stage (placeholder until it is built on this shell). */
export function MinutesStage(_props: StageProps) {
  return <StageFrame kind="minutes" />
}
