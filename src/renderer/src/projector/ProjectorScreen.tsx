import { useEffect } from 'react'
import { adjacentStage } from '../screens/stages/navigation'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'
import '../styles/projector.css'
import { ProjectorSlide } from './ProjectorSlide'
import { joinUrl, RoomJoinCard, RoomJoinSlide } from './RoomJoinCard'
import { SlideFrame } from './SlideFrame'
import { StorySlide } from './slides/StorySlide'
import { useFrozen } from './useFrozen'
import { useNow } from '../hooks/useNow'
import { useKeymap } from '../keymap/useKeymap'
import { useProjectorMeeting } from './useProjectorMeeting'
import { useStoryPages } from './useStoryPages'

/**
 * The projector window (`#/projector`): only what the room should see of the presented meeting, in
 * large type, following the facilitator's stage from main's broadcasts. Blank shows black; freeze
 * keeps the last view while the facilitator edits. No controls: keys only, like a presentation tool.
 */
export default function ProjectorScreen() {
  const presentation = useAppStore((s) => s.presentation)
  const projected = useAppStore((s) => s.projected)
  const room = useAppStore((s) => s.room)
  const joinSlideUrl = room.joinSlide ? joinUrl(room) : null
  const setPresentation = useAppStore((s) => s.setPresentation)
  const closeProjector = useAppStore((s) => s.closeProjector)
  const gotoStage = useAppStore((s) => s.gotoProjectedStage)
  const meetingId = presentation?.meetingId ?? null
  useProjectorMeeting(meetingId)

  // The room's view, computed in main and patched in place: nothing private is in this window.
  const live = projected?.meetingId === meetingId ? projected.view : null
  const view = useFrozen(live, presentation?.frozen ?? false)
  const story = useStoryPages(view?.story.text ?? '', view?.stage === 'story')

  const reflectionUntil = presentation?.reflectionUntil ?? null
  const now = useNow(500, reflectionUntil !== null)
  const reflecting = reflectionUntil !== null && reflectionUntil > now

  useEffect(() => {
    document.title = strings.projector.windowTitle
  }, [])

  const goto = (step: 1 | -1) => {
    if (!live) return
    const target = adjacentStage(live.agenda, live.stage, step)
    if (target) void gotoStage(target)
  }
  useKeymap(
    'projector',
    {
      toggleBlank: () => void setPresentation({ blank: !presentation?.blank }),
      toggleFreeze: () => void setPresentation({ frozen: !presentation?.frozen }),
      next: () => {
        if (view?.stage === 'story' && !presentation?.frozen && story.next()) return
        goto(1)
      },
      previous: () => {
        if (view?.stage === 'story' && !presentation?.frozen && story.previous()) return
        goto(-1)
      },
      exit: () => void closeProjector()
    },
    { ignoreRepeat: true }
  )

  const theme = presentation?.theme ?? 'dark'
  if (presentation?.blank) {
    return (
      <main className="projector pj-blank" data-theme={theme}>
        <h1 className="visually-hidden">{strings.projector.blanked}</h1>
      </main>
    )
  }
  return (
    <main className="projector" data-theme={theme} data-stage={view?.stage ?? 'waiting'}>
      {joinSlideUrl ? (
        <RoomJoinSlide url={joinSlideUrl} />
      ) : !view ? (
        <SlideFrame kind="waiting" heading={strings.appName}>
          <p className="pj-lead pj-muted">{strings.projector.waiting}</p>
        </SlideFrame>
      ) : reflecting ? (
        <StorySlide
          story={view.story}
          pages={story.pages}
          page={story.page}
          calmLeftMs={reflectionUntil - now}
        />
      ) : (
        <ProjectorSlide view={view} presentation={presentation} story={story} />
      )}
      {view && !reflecting && !joinSlideUrl && <RoomJoinCard stage={view.stage} />}
    </main>
  )
}
