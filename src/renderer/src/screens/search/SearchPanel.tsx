import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Meeting } from '../../../../shared/meeting/schema'
import { NO_FILTER, searchMeeting } from '../../../../shared/meeting/search'
import type { IdeaFilter } from '../../../../shared/meeting/search'
import { useFocusRequest } from '../../components/useFocusRequest'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/rounds.css'
import { useKeymap } from '../../keymap/useKeymap'
import { SearchFilters } from './SearchFilters'
import { resultOrder, SearchResults } from './SearchResults'

const t = strings.search

/** Scrolls to an element once the stage that holds it has rendered (it may take a frame or two). */
function revealWhenReady(elementId: string, tries = 20): void {
  const element = document.getElementById(elementId)
  if (element) {
    element.scrollIntoView({ block: 'center' })
    const focusable = element.matches('button, a, input, [tabindex]')
      ? element
      : element.querySelector<HTMLElement>('button, a, input, [tabindex]')
    focusable?.focus()
    return
  }
  if (tries > 0) requestAnimationFrame(() => revealWhenReady(elementId, tries - 1))
}

/**
 * Search across the open meeting's ideas and actions, with filters for ideas by department, round and
 * theme. Ctrl/Cmd+F or `/` opens it; a result jumps to the idea (selected; outside the rounds, its
 * round is opened) or the action. ↑/↓ move between the results (virtual lists: the one moved to is
 * drawn and scrolled to first).
 */
export function SearchPanel({ meeting }: { meeting: Meeting }) {
  const applyCommand = useAppStore((s) => s.applyCommand)
  const requestIdeaJump = useAppStore((s) => s.requestIdeaJump)
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState<IdeaFilter>(NO_FILTER)
  const returnFocus = useRef<HTMLElement | null>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const scrollElement = useCallback(() => panelRef.current, [])
  const [focusRequest, askFocus] = useFocusRequest()
  const ids = { query: useId(), dept: useId(), round: useId(), theme: useId(), hint: useId() }

  // Typing stays instant at thousands of ideas; the result list catches up a moment later.
  const deferredQuery = useDeferredValue(query)
  const results = useMemo(
    () => (open ? searchMeeting(meeting, deferredQuery, filter) : null),
    [open, meeting, deferredQuery, filter]
  )
  const order = useMemo(() => (results ? resultOrder(results) : []), [results])

  const show = () => {
    if (!open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null
      setOpen(true)
    } else document.getElementById(ids.query)?.focus()
  }
  useKeymap('search', { openSearch: show })

  const close = (restoreFocus = true) => {
    setOpen(false)
    if (restoreFocus) returnFocus.current?.focus()
  }

  const jumpToIdea = (ideaId: string, roundId: string) => {
    close(false)
    requestIdeaJump(ideaId)
    // During the rounds the room stays on its round: an idea found in another round is picked there
    // to build on (Alt+Page Up/Down still opens its round, keeping it selected).
    if (meeting.run.stage !== 'rounds')
      void applyCommand({ type: 'run.goto', stage: 'rounds', roundId }, 'stage')
  }
  const jumpToAction = (actionId: string) => {
    close(false)
    if (meeting.run.stage !== 'actions')
      void applyCommand({ type: 'run.goto', stage: 'actions' }, 'stage')
    requestAnimationFrame(() => revealWhenReady(`action-item-${actionId}`))
  }
  const openFirst = () => {
    const idea = results?.ideas[0]?.idea
    const action = results?.actions[0]
    if (idea) jumpToIdea(idea.id, idea.roundId)
    else if (action) jumpToAction(action.id)
  }

  const onPanelKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close()
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    if (event.target instanceof HTMLSelectElement) return
    if (order.length === 0) return
    event.preventDefault()
    const index = order.indexOf(document.activeElement?.id ?? '')
    if (index === -1 && event.key === 'ArrowDown') return askFocus(order[0]!, order[0]!)
    if (index <= 0 && event.key === 'ArrowUp') return document.getElementById(ids.query)?.focus()
    const next = order[Math.min(order.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))]!
    askFocus(next, next)
  }

  const filtered = query.trim() || filter.departmentId || filter.roundId || filter.themeId
  return (
    <>
      <button
        type="button"
        aria-keyshortcuts="Control+F Meta+F /"
        title={t.openHint}
        onClick={show}
      >
        {t.open}
      </button>
      {open && results && (
        <div
          ref={panelRef}
          className="search-panel"
          role="dialog"
          aria-label={t.dialogLabel}
          onKeyDown={onPanelKey}
        >
          <SearchFilters
            meeting={meeting}
            ids={ids}
            query={query}
            filter={filter}
            onQuery={setQuery}
            onFilter={(field, value) => setFilter((f) => ({ ...f, [field]: value }))}
            onEnter={openFirst}
            onClose={() => close()}
          />
          <p id={ids.hint} className="hint">
            {t.hint}
          </p>
          <div aria-live="polite">
            {results.ideas.length === 0 && results.actions.length === 0 ? (
              <p className="muted">{filtered ? t.nothing : t.typeToSearch}</p>
            ) : (
              <SearchResults
                meeting={meeting}
                results={results}
                activeKey={focusRequest?.key ?? null}
                scrollElement={scrollElement}
                onIdea={jumpToIdea}
                onAction={jumpToAction}
              />
            )}
          </div>
        </div>
      )}
    </>
  )
}
