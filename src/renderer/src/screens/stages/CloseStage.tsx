import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** The close stage (placeholder until it is built on this shell). */
export function CloseStage(_props: StageProps) {
  return <StageFrame kind="close" />
}
