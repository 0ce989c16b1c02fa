import { useFocusRequest } from '../../components/useFocusRequest'
import { useFocusAfterChange } from './useFocusAfterChange'

const boxId = (ideaId: string) => `converge-idea-${ideaId}`

/**
 * The idea the keyboard is on. The board's virtual lists keep the active idea drawn and scroll it into
 * view, so `moveTo` can focus an idea that was out of the drawn rows, and `focusIdea` finds an idea
 * again after a change draws it in another theme.
 */
export function useActiveIdea(version: unknown) {
  const focusLater = useFocusAfterChange(version)
  const [request, ask] = useFocusRequest()
  const moveTo = (ideaId: string) => ask(ideaId, boxId(ideaId))
  const focusIdea = (ideaId: string) => {
    moveTo(ideaId)
    focusLater(boxId(ideaId))
  }
  return { activeId: request?.key ?? null, moveTo, focusIdea, focusLater }
}
