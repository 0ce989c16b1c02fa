import { useCallback } from 'react'
import type { KeyboardEvent } from 'react'
import type { Command } from '../../../../shared/meeting/commands/schema'
import type { Meeting, Round } from '../../../../shared/meeting/schema'
import type { ActionOf } from '../../keymap/keymap'
import { actionFor, describeKeyPress } from '../../keymap/keymap'
import type { KeyHandlers } from '../../keymap/useKeymap'
import { useKeymap } from '../../keymap/useKeymap'
import { useFocusRequest } from '../../components/useFocusRequest'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import type { ToolMode } from './IdeaTools'
import type { RoundCountdown } from './useRoundCountdown'
import type { useIdeaSelection } from './useIdeaSelection'

/** What can be done to one idea, by the capture bar's Alt+Shift keys or a focused card's keys. */
type IdeaAction = 'editIdea' | 'moveIdea' | 'mergeIdea' | 'deleteIdea'

/** The one map from an idea action to its tool (delete has none: it happens at once). */
const TOOL_FOR: Record<IdeaAction, ToolMode | 'delete'> = {
  editIdea: 'edit',
  moveIdea: 'move',
  mergeIdea: 'merge',
  deleteIdea: 'delete'
}
/** The id of a card's button (IdeaCard), the card's focusable control. */
const cardId = (ideaId: string) => `idea-card-${ideaId}`

const isIdeaAction = (action: string): action is IdeaAction => action in TOOL_FOR

interface Deps {
  meeting: Meeting
  round: Round
  selection: ReturnType<typeof useIdeaSelection>
  timer: RoundCountdown
  numbers: ReadonlyMap<string, number>
  roundIdeaIds: readonly string[]
  pendingIds: ReadonlySet<string>
  focusCapture: () => void
  showStatus: (message: string) => void
}

/**
 * The Rounds stage's actions: applying a tool's change, the idea actions (mapped once, for the
 * capture bar's keys and a card's keys alike), the capture bar's keymap scope, and a card's keys.
 */
export function useIdeaActions(deps: Deps) {
  const { meeting, round, selection, timer, numbers, roundIdeaIds, pendingIds } = deps
  const { focusCapture, showStatus } = deps
  const applyCommand = useAppStore((s) => s.applyCommand)
  const { select, openTool, selected, selectedHere } = selection
  const [focusRequest, askFocus] = useFocusRequest()

  /** Applies a tool's change; on success says so, closes the tool and gives focus back to the bar. */
  const onApply = useCallback(
    async (command: Command, message: string, keepSelection: boolean) => {
      const saved = await applyCommand(command, 'capture')
      if (!saved) return false
      showStatus(message)
      if (keepSelection) openTool(null)
      else select(null)
      focusCapture()
      return true
    },
    [applyCommand, select, openTool, focusCapture, showStatus]
  )

  const actOnIdea = (action: IdeaAction, id: string) => {
    const tool = TOOL_FOR[action]
    if (tool !== 'delete') {
      if (id !== selection.selectedId) select(id)
      openTool(tool)
      return
    }
    const number = numbers.get(id) ?? 0
    void onApply({ type: 'idea.delete', id }, strings.rounds.tools.deleted(number), false)
  }
  const deleteSelected = () => {
    if (selected && selectedHere) actOnIdea('deleteIdea', selected.id)
  }

  const gotoRound = (direction: 1 | -1) => {
    const index = meeting.rounds.findIndex((r) => r.id === round.id)
    const target = meeting.rounds[index + direction]
    if (target)
      void applyCommand({ type: 'run.goto', stage: 'rounds', roundId: target.id }, 'stage')
  }

  // The tools work on this round's selected idea; elsewhere the key keeps its meaning.
  const onSelected = (action: IdeaAction) => () => {
    if (!selected || !selectedHere) return false
    actOnIdea(action, selected.id)
  }
  const captureBarKeys: KeyHandlers<'captureBar'> = {
    selectPrevious: () => selection.step(-1),
    selectNext: () => selection.step(1),
    editIdea: onSelected('editIdea'),
    moveIdea: onSelected('moveIdea'),
    mergeIdea: onSelected('mergeIdea'),
    deleteIdea: onSelected('deleteIdea'),
    toggleCountdown: timer.toggle,
    addMinute: timer.addMinute,
    resetCountdown: timer.reset,
    previousRound: () => gotoRound(-1),
    nextRound: () => gotoRound(1)
  }
  useKeymap('captureBar', captureBarKeys)

  /** A key on a focused card: the same idea actions, or ↑/↓ to the neighbouring card. */
  const onCardKey = (id: string, event: KeyboardEvent<HTMLElement>): boolean => {
    const action: ActionOf<'ideaCard'> | null = actionFor('ideaCard', describeKeyPress(event))
    if (!action || pendingIds.has(id)) return false
    if (id !== selection.selectedId) select(id)
    if (isIdeaAction(action)) {
      actOnIdea(action, id)
      return true
    }
    const nextId = roundIdeaIds[roundIdeaIds.indexOf(id) + (action === 'selectNext' ? 1 : -1)]
    // Its column may not draw it yet (a virtual list): the columns draw it, scroll to it, focus it.
    if (nextId) askFocus(nextId, cardId(nextId))
    return true
  }

  return { onApply, deleteSelected, onCardKey, focusId: focusRequest?.key ?? null }
}
