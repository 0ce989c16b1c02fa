import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** The converge stage (placeholder until it is built on this shell). */
export function ConvergeStage(_props: StageProps) {
  return <StageFrame kind="converge" />
}
