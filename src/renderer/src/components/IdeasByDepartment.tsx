import { memo, useCallback, useMemo, useRef } from 'react'
import type { KeyboardEvent, MouseEvent } from 'react'
import type { Department, Idea } from '../../../shared/meeting/schema'
import { IdeaCard } from './IdeaCard'
import { VirtualList } from './VirtualList'
import { strings } from '../strings'

interface IdeasByDepartmentProps {
  departments: Department[]
  /** The round's ideas in capture order; each card shows the idea's meeting-wide number. */
  ideas: Idea[]
  /** Ideas sent but not yet saved, shown as such. */
  pendingIds?: ReadonlySet<string>
  /** "builds on #3 (Marketing)" by idea id. */
  buildsOnLabels?: ReadonlyMap<string, string>
  /** Ideas to call out for building on their own department (cross-department round). */
  sameDepartmentIds?: ReadonlySet<string>
  selectedId?: string | null
  /** A card was clicked (or Enter/Space on it). */
  onSelect?: (ideaId: string) => void
  /** A key pressed on a focused card; return true when it was handled. */
  onCardKey?: (ideaId: string, event: KeyboardEvent<HTMLElement>) => boolean
  /** A card the keyboard moved to, kept drawn and scrolled to (the caller focuses it). */
  focusId?: string | null
}

interface Entry {
  idea: Idea
  number: number
}

const EMPTY_LABELS: ReadonlyMap<string, string> = new Map()
const EMPTY_SET: ReadonlySet<string> = new Set()

/** The card under an event's target, by its data attribute (one listener for all cards). */
function cardIdOf(target: EventTarget): string | null {
  const card = target instanceof Element ? target.closest<HTMLElement>('[data-idea-id]') : null
  return card?.dataset.ideaId ?? null
}

const entryKey = (entry: Entry) => entry.idea.id

const sameEntries = (a: readonly Entry[], b: readonly Entry[]): boolean =>
  a.length === b.length && a.every((e, i) => e.idea === b[i]!.idea && e.number === b[i]!.number)

interface ColumnProps {
  department: Department
  entries: Entry[]
  buildsOnLabels: ReadonlyMap<string, string>
  sameDepartmentIds: ReadonlySet<string>
  /** The selected idea if it is in this column, else null (so other columns skip re-rendering). */
  selectedId: string | null
  /** The card to keep drawn and scrolled to: one the keyboard moved to, else the selected one. */
  activeId: string | null
  /** This column's pending idea ids, joined: a plain value for the same reason. */
  pendingKey: string
}

/** One department's column; memoised, so a new idea re-renders its own column only. */
const DepartmentColumn = memo(function DepartmentColumn({
  department,
  entries,
  buildsOnLabels,
  sameDepartmentIds,
  selectedId,
  activeId,
  pendingKey
}: ColumnProps) {
  const headingId = `dept-${department.id}`
  const pending = pendingKey ? new Set(pendingKey.split(' ')) : EMPTY_SET
  const box = useRef<HTMLElement>(null)
  const scrollElement = useCallback(() => box.current, [])
  return (
    <section
      ref={box}
      className="idea-column"
      aria-labelledby={headingId}
      style={{ borderTopColor: department.color }}
    >
      <h3 id={headingId}>
        <span className="swatch" style={{ background: department.color }} aria-hidden="true" />
        {department.name}
        <span className="count">{strings.rounds.ideaCount(entries.length)}</span>
      </h3>
      {entries.length === 0 ? (
        <p className="muted">{strings.rounds.noIdeas}</p>
      ) : (
        <VirtualList
          items={entries}
          itemKey={entryKey}
          estimateSize={56}
          scrollElement={scrollElement}
          activeKey={activeId}
          followEnd
          renderItem={({ idea, number }, row) => (
            <IdeaCard
              key={idea.id}
              row={row}
              id={idea.id}
              number={number}
              text={idea.text}
              author={idea.author}
              buildsOn={buildsOnLabels.get(idea.id) ?? null}
              sameDepartmentBuild={sameDepartmentIds.has(idea.id)}
              selected={idea.id === selectedId}
              pending={pending.has(idea.id)}
              fromRoom={idea.source === 'room'}
              hidden={idea.hidden === true}
            />
          )}
        />
      )}
    </section>
  )
})

/**
 * Ideas in one column per department, in the order they were captured. Each idea keeps its number in
 * the round (its capture order), which `^N` in the capture bar refers to. Columns keep their entry
 * lists while unchanged and cards take plain values, so a new idea renders one column and one card.
 */
export function IdeasByDepartment({
  departments,
  ideas,
  pendingIds = EMPTY_SET,
  buildsOnLabels = EMPTY_LABELS,
  sameDepartmentIds = EMPTY_SET,
  selectedId = null,
  onSelect,
  onCardKey,
  focusId = null
}: IdeasByDepartmentProps) {
  const previous = useRef(new Map<string, Entry[]>())
  const byDepartment = useMemo(() => {
    const groups = new Map<string, Entry[]>(departments.map((d) => [d.id, []]))
    for (const idea of ideas) groups.get(idea.departmentId)?.push({ idea, number: idea.number })
    // Reuse last render's list for a column whose ideas did not change, so its memo holds.
    for (const [id, entries] of groups) {
      const before = previous.current.get(id)
      if (before && sameEntries(before, entries)) groups.set(id, before)
    }
    previous.current = groups
    return groups
  }, [departments, ideas])

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const id = cardIdOf(event.target)
    if (id) onSelect?.(id)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const id = cardIdOf(event.target)
    if (id && onCardKey?.(id, event)) event.preventDefault()
  }

  return (
    // Clicks and keys bubble up from the cards' own buttons, which are the focusable controls.
    <div className="idea-columns" onClick={onClick} onKeyDown={onKeyDown}>
      {departments.map((department) => {
        const entries = byDepartment.get(department.id) ?? []
        const has = (id: string | null | undefined) =>
          id != null && entries.some((e) => e.idea.id === id)
        const hasSelected = has(selectedId)
        const pendingKey =
          pendingIds.size === 0
            ? ''
            : entries
                .filter((e) => pendingIds.has(e.idea.id))
                .map((e) => e.idea.id)
                .join(' ')
        return (
          <DepartmentColumn
            key={department.id}
            department={department}
            entries={entries}
            buildsOnLabels={buildsOnLabels}
            sameDepartmentIds={sameDepartmentIds}
            selectedId={hasSelected ? selectedId : null}
            activeId={has(focusId) ? focusId! : hasSelected ? selectedId : null}
            pendingKey={pendingKey}
          />
        )
      })}
    </div>
  )
}
