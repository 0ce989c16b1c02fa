import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** The actions stage (placeholder until it is built on this shell). */
export function ActionsStage(_props: StageProps) {
  return <StageFrame kind="actions" />
}
