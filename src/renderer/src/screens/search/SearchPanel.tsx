import { useDeferredValue, useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Meeting } from '../../../../shared/meeting/schema'
import { searchMeeting } from '../../../../shared/meeting/search'
import type { IdeaFilter } from '../../../../shared/meeting/search'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/rounds.css'
import { useKeymap } from '../../keymap/useKeymap'

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
 * round is opened) or the action.
 */
export function SearchPanel({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((s) => s.sendCommand)
  const requestIdeaJump = useAppStore((s) => s.requestIdeaJump)
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState<IdeaFilter>({
    departmentId: null,
    roundId: null,
    themeId: null
  })
  const returnFocus = useRef<HTMLElement | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const ids = { query: useId(), dept: useId(), round: useId(), theme: useId(), hint: useId() }

  // Typing stays instant at thousands of ideas; the result list catches up a moment later.
  const deferredQuery = useDeferredValue(query)
  const results = useMemo(
    () => (open ? searchMeeting(meeting, deferredQuery, filter) : null),
    [open, meeting, deferredQuery, filter]
  )

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
      void sendCommand({ type: 'run.goto', stage: 'rounds', roundId }, 'stage')
  }
  const jumpToAction = (actionId: string) => {
    close(false)
    if (meeting.run.stage !== 'actions')
      void sendCommand({ type: 'run.goto', stage: 'actions' }, 'stage')
    requestAnimationFrame(() => revealWhenReady(`action-item-${actionId}`))
  }

  const resultButtons = () => [...(listRef.current?.querySelectorAll<HTMLElement>('button') ?? [])]
  const onPanelKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close()
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    if (event.target instanceof HTMLSelectElement) return
    const buttons = resultButtons()
    if (buttons.length === 0) return
    event.preventDefault()
    const index = buttons.indexOf(document.activeElement as HTMLElement)
    if (index === -1 && event.key === 'ArrowDown') return buttons[0]!.focus()
    if (index <= 0 && event.key === 'ArrowUp') return document.getElementById(ids.query)?.focus()
    buttons[Math.min(buttons.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))]!.focus()
  }

  const departmentName = new Map(meeting.departments.map((d) => [d.id, d.name]))
  const roundTitle = new Map(meeting.rounds.map((r) => [r.id, r.title]))
  const setFilterField = (field: keyof IdeaFilter, value: string) =>
    setFilter((f) => ({ ...f, [field]: value === '' ? null : value }))

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
          className="search-panel"
          role="dialog"
          aria-label={t.dialogLabel}
          onKeyDown={onPanelKey}
        >
          <div className="search-fields">
            <div className="field grow">
              <label htmlFor={ids.query}>{t.queryLabel}</label>
              <input
                id={ids.query}
                type="search"
                value={query}
                placeholder={t.queryPlaceholder}
                autoComplete="off"
                autoFocus
                aria-describedby={ids.hint}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return
                  e.preventDefault()
                  resultButtons()[0]?.click()
                }}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.dept}>{t.departmentFilter}</label>
              <select
                id={ids.dept}
                value={filter.departmentId ?? ''}
                onChange={(e) => setFilterField('departmentId', e.target.value)}
              >
                <option value="">{t.any}</option>
                {meeting.departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.round}>{t.roundFilter}</label>
              <select
                id={ids.round}
                value={filter.roundId ?? ''}
                onChange={(e) => setFilterField('roundId', e.target.value)}
              >
                <option value="">{t.any}</option>
                {meeting.rounds.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.theme}>{t.themeFilter}</label>
              <select
                id={ids.theme}
                value={filter.themeId ?? ''}
                onChange={(e) => setFilterField('themeId', e.target.value)}
              >
                <option value="">{t.any}</option>
                <option value="none">{t.noTheme}</option>
                {meeting.themes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" onClick={() => close()}>
              {t.close}
            </button>
          </div>
          <p id={ids.hint} className="hint">
            {t.hint}
          </p>
          <div aria-live="polite">
            {results.ideas.length === 0 && results.actions.length === 0 ? (
              <p className="muted">
                {query.trim() || filter.departmentId || filter.roundId || filter.themeId
                  ? t.nothing
                  : t.typeToSearch}
              </p>
            ) : (
              <ul ref={listRef} className="search-results">
                {results.ideas.length > 0 && (
                  <li className="search-group">
                    <h3>{t.ideasHeading(results.ideas.length, results.ideaTotal)}</h3>
                    <ul>
                      {results.ideas.map(({ idea, number }) => (
                        <li key={idea.id}>
                          <button type="button" onClick={() => jumpToIdea(idea.id, idea.roundId)}>
                            <span className="search-where">
                              {t.ideaResult(
                                number,
                                roundTitle.get(idea.roundId) ?? '',
                                departmentName.get(idea.departmentId) ?? ''
                              )}
                            </span>
                            <span className="search-text">{idea.text}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </li>
                )}
                {results.actions.length > 0 && (
                  <li className="search-group">
                    <h3>{t.actionsHeading(results.actions.length, results.actionTotal)}</h3>
                    <ul>
                      {results.actions.map((action) => (
                        <li key={action.id}>
                          <button type="button" onClick={() => jumpToAction(action.id)}>
                            <span className="search-where">
                              {t.actionResult(action.owner, action.dueDate)}
                            </span>
                            <span className="search-text">{action.what}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </li>
                )}
              </ul>
            )}
          </div>
        </div>
      )}
    </>
  )
}
