import type { StageKind, StagePlan } from '../../../../shared/meeting/schema'

/** The stage `step` places away from `current` in the run of show, or null past either end. */
export function adjacentStage(
  stages: ReadonlyArray<Pick<StagePlan, 'kind'>>,
  current: StageKind,
  step: 1 | -1
): StageKind | null {
  const index = stages.findIndex((s) => s.kind === current)
  return stages[index + step]?.kind ?? null
}
