import { useCallback, useRef, useState } from 'react'
import type { DragEvent, KeyboardEvent } from 'react'
import type { Idea } from '../../../../shared/meeting/schema'
import { VirtualList } from '../../components/VirtualList'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/converge.css'
import { boardKeyFor } from '../converge/boardKeys'
import { startIdeaDrag } from '../converge/dragIdeas'
import { DropZone } from '../converge/DropZone'
import { IdeaRow } from '../converge/IdeaRow'
import { NewThemeForm } from '../converge/NewThemeForm'
import { Shortlist } from '../converge/Shortlist'
import { ThemeDialog } from '../converge/ThemeDialog'
import { ThemeHeader } from '../converge/ThemeHeader'
import { useBoardLookups } from '../converge/useBoardLookups'
import { useActiveIdea } from '../converge/useActiveIdea'
import { usePendingVotes } from '../converge/usePendingVotes'
import { VoteBudgetPanel } from '../converge/VoteBudgetPanel'
import { ScopedError } from '../ScopedError'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

const s = strings.converge
const SCOPE = 'field:converge' as const
const ideaKey = (idea: Idea) => idea.id

/** Converge: group ideas into themes (keyboard or drag), record dot votes and scores, read the shortlist. */
export function ConvergeStage({ meeting }: StageProps) {
  const applyCommand = useAppStore((st) => st.applyCommand)
  const applyCommands = useAppStore((st) => st.applyCommands)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [dialogFor, setDialogFor] = useState<string[] | null>(null)
  const { activeId, moveTo, focusIdea, focusLater } = useActiveIdea(meeting)

  const { departments, byTheme, boardOrder, roundTitles, buildLinks, shortlist, shortlistedIdeas } =
    useBoardLookups(meeting)

  const toggle = useCallback((ideaId: string) => {
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(ideaId)) next.delete(ideaId)
      else next.add(ideaId)
      return next
    })
  }, [])
  const { stepVotes, setVotes, setScore } = usePendingVotes(SCOPE)
  // Read through a ref so the handler stays the same and rows do not redraw on every selection.
  const selectedRef = useRef(selected)
  selectedRef.current = selected
  const onDragStart = useCallback((event: DragEvent, ideaId: string) => {
    const chosen = selectedRef.current
    startIdeaDrag(event, chosen.has(ideaId) ? [...chosen] : [ideaId])
  }, [])

  /** Moves ideas into a theme (or out of any with null) as one change: one save, one undo step. */
  const moveIdeas = async (ideaIds: string[], themeId: string | null) => {
    const current = new Map(meeting.ideas.map((i) => [i.id, i.themeId]))
    // An idea already in that theme needs no change (and so leaves no empty undo step).
    const commands = ideaIds
      .filter((ideaId) => current.get(ideaId) !== themeId)
      .map((ideaId) => ({ type: 'idea.setTheme' as const, ideaId, themeId }))
    if (!(await applyCommands(commands, SCOPE))) return false
    setSelected(new Set())
    return true
  }

  /** Puts ideas in the theme with this name, making the theme when it is new. */
  const groupInto = async (name: string, ideaIds: string[]) => {
    const wanted = name.trim().toLowerCase()
    const existing = meeting.themes.find((t) => t.name.trim().toLowerCase() === wanted)
    const done = existing
      ? await moveIdeas(ideaIds, existing.id)
      : await applyCommand({ type: 'theme.add', name, ideaIds }, SCOPE)
    if (done) setSelected(new Set())
    return done
  }

  const onBoardKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = boardKeyFor(event)
    if (!key) return
    const holder = (event.target as HTMLElement).closest<HTMLElement>('[data-vote-kind]')
    if (key.kind === 'theme') {
      const focusedIdea = holder?.dataset.voteKind === 'idea' ? holder.dataset.voteId : undefined
      const ids = selected.size > 0 ? [...selected] : focusedIdea ? [focusedIdea] : []
      if (ids.length === 0) return
      event.preventDefault()
      setDialogFor(ids)
      return
    }
    if (key.kind === 'move') {
      // Moves between the ideas' checkboxes in the order they are drawn (themes first); the next one
      // may be out of its list's drawn rows, so it is made active (drawn, scrolled to) and then focused.
      const onBox = event.target instanceof HTMLInputElement && event.target.type === 'checkbox'
      const at = onBox && holder?.dataset.voteId ? boardOrder.indexOf(holder.dataset.voteId) : -1
      const next = at < 0 ? undefined : boardOrder[at + key.delta]
      if (!next) return
      event.preventDefault()
      moveTo(next)
      return
    }
    if (!holder?.dataset.voteId) return
    event.preventDefault()
    const target = holder.dataset.voteKind === 'theme' ? 'theme' : 'idea'
    stepVotes(target, holder.dataset.voteId, Number(holder.dataset.votes ?? 0), key.delta)
  }

  const rows = (ideas: Idea[]) => (
    <VirtualList
      className="converge-ideas"
      items={ideas}
      itemKey={ideaKey}
      estimateSize={72}
      activeKey={activeId}
      renderItem={(idea, row) => (
        <IdeaRow
          key={idea.id}
          row={row}
          idea={idea}
          department={departments.get(idea.departmentId)}
          roundTitle={roundTitles.get(idea.roundId) ?? ''}
          buildsOn={buildLinks.get(idea.id) ?? ''}
          selected={selected.has(idea.id)}
          onShortlist={shortlistedIdeas.has(idea.id)}
          onToggle={toggle}
          onVotes={setVotes}
          onStepVotes={stepVotes}
          onScore={setScore}
          onDragStart={onDragStart}
        />
      )}
    />
  )
  const unthemed = byTheme.get(null) ?? []

  return (
    <StageFrame kind="converge">
      <p className="lead">{s.intro}</p>
      <p className="hint">{s.keyboardHint}</p>
      <VoteBudgetPanel meeting={meeting} />
      <ScopedError scope={SCOPE} />
      <div className="converge-layout">
        <div className="converge-board" onKeyDown={onBoardKeyDown}>
          <NewThemeForm
            selectedCount={selected.size}
            onAdd={(name) => groupInto(name, [...selected])}
          />
          {dialogFor && (
            <ThemeDialog
              count={dialogFor.length}
              themes={meeting.themes}
              onCancel={() => {
                const first = dialogFor[0]
                setDialogFor(null)
                if (first) focusIdea(first)
              }}
              onClear={() => {
                const ids = dialogFor
                void moveIdeas(ids, null).then((ok) => {
                  if (!ok) return
                  setDialogFor(null)
                  if (ids[0]) focusIdea(ids[0])
                })
              }}
              onSubmit={(name) => {
                const ids = dialogFor
                void groupInto(name, ids).then((ok) => {
                  if (!ok) return
                  setDialogFor(null)
                  if (ids[0]) focusIdea(ids[0])
                })
              }}
            />
          )}
          <h3 className="visually-hidden">{s.themesHeading}</h3>
          {meeting.themes.map((theme) => {
            const ideas = byTheme.get(theme.id) ?? []
            return (
              <DropZone
                key={theme.id}
                labelledBy={`theme-name-${theme.id}`}
                label={theme.name}
                onDropIdeas={(ids) => void moveIdeas(ids, theme.id)}
              >
                <ThemeHeader
                  theme={theme}
                  ideaCount={ideas.length}
                  onVotes={(votes) => setVotes('theme', theme.id, votes)}
                  onStepVotes={(delta) => stepVotes('theme', theme.id, theme.votes, delta)}
                  onRename={(name) =>
                    applyCommand({ type: 'theme.rename', id: theme.id, name }, SCOPE)
                  }
                  onRemove={() =>
                    void applyCommand({ type: 'theme.remove', id: theme.id }, SCOPE).then(
                      // The button is gone with its theme: focus goes to the new-theme field.
                      (ok) => ok && focusLater('converge-new-theme')
                    )
                  }
                />
                {ideas.length > 0 ? rows(ideas) : <p className="muted">{s.emptyTheme}</p>}
              </DropZone>
            )
          })}
          <DropZone label={s.unthemed} onDropIdeas={(ids) => void moveIdeas(ids, null)}>
            <h3>{s.unthemed}</h3>
            {meeting.ideas.length === 0 ? <p className="muted">{s.noIdeas}</p> : rows(unthemed)}
          </DropZone>
        </div>
        <Shortlist entries={shortlist} />
      </div>
    </StageFrame>
  )
}
