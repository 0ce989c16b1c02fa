import type { PresentationState } from '../../../shared/ipc/contract'
import type { ProjectorView } from '../../../shared/projector/view'
import { ActionsSlide } from './slides/ActionsSlide'
import { CloseSlide } from './slides/CloseSlide'
import { ConvergeSlide } from './slides/ConvergeSlide'
import { FramingSlide } from './slides/FramingSlide'
import { LastQuarterSlide } from './slides/LastQuarterSlide'
import { RoundSlide } from './slides/RoundSlide'
import { StorySlide } from './slides/StorySlide'
import { WelcomeSlide } from './slides/WelcomeSlide'

/** The slide for the facilitator's current stage. The minutes stage shows the close to the room. */
export function ProjectorSlide({
  view,
  presentation,
  story
}: {
  view: ProjectorView
  presentation: PresentationState | null
  story: { pages: string[]; page: number }
}) {
  switch (view.stage) {
    case 'welcome':
      return <WelcomeSlide view={view} />
    case 'lastQuarter':
      return <LastQuarterSlide view={view} />
    case 'story':
      return <StorySlide story={view.story} pages={story.pages} page={story.page} />
    case 'framing':
      return <FramingSlide view={view} />
    case 'rounds':
      return <RoundSlide view={view} presentation={presentation} />
    case 'converge':
      return <ConvergeSlide view={view} />
    case 'actions':
      return <ActionsSlide view={view} />
    case 'close':
    case 'minutes':
      return <CloseSlide view={view} />
  }
}
