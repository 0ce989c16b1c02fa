import type { StageKind } from '../../../../shared/meeting/schema'
import { ActionsStage } from './ActionsStage'
import { CloseStage } from './CloseStage'
import { ConvergeStage } from './ConvergeStage'
import { FramingStage } from './FramingStage'
import { LastQuarterStage } from './LastQuarterStage'
import { MinutesStage } from './MinutesStage'
import { RoundsStage } from './RoundsStage'
import { StoryStage } from './StoryStage'
import type { StageComponent } from './types'
import { WelcomeStage } from './WelcomeStage'

/** Which screen shows each stage of the run of show. Adding a stage screen means editing one line. */
export const STAGE_SCREENS: Record<StageKind, StageComponent> = {
  welcome: WelcomeStage,
  lastQuarter: LastQuarterStage,
  story: StoryStage,
  framing: FramingStage,
  rounds: RoundsStage,
  converge: ConvergeStage,
  actions: ActionsStage,
  close: CloseStage,
  minutes: MinutesStage
}
