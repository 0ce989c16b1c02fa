import { useMemo } from 'react'
import type { KeyboardEvent, MouseEvent } from 'react'
import type { Department, Idea } from '../../../shared/meeting/schema'
import { IdeaCard } from '../screens/rounds/IdeaCard'
import { strings } from '../strings'

interface IdeasByDepartmentProps {
  departments: Department[]
  /** The round's ideas in capture order. */
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
}

const EMPTY_LABELS: ReadonlyMap<string, string> = new Map()
const EMPTY_SET: ReadonlySet<string> = new Set()

/** The card under an event's target, by its data attribute (one listener for all cards). */
function cardIdOf(target: EventTarget): string | null {
  const card = target instanceof Element ? target.closest<HTMLElement>('[data-idea-id]') : null
  return card?.dataset.ideaId ?? null
}

/**
 * Ideas in one column per department, in the order they were captured. Each idea keeps its number in
 * the round (its capture order), which `^N` in the capture bar refers to. Grouping is memoised and
 * cards are memoised, so a new idea renders one card, not all of them.
 */
export function IdeasByDepartment({
  departments,
  ideas,
  pendingIds = EMPTY_SET,
  buildsOnLabels = EMPTY_LABELS,
  sameDepartmentIds = EMPTY_SET,
  selectedId = null,
  onSelect,
  onCardKey
}: IdeasByDepartmentProps) {
  const byDepartment = useMemo(() => {
    const groups = new Map<string, Array<{ idea: Idea; number: number }>>(
      departments.map((d) => [d.id, []])
    )
    ideas.forEach((idea, index) => groups.get(idea.departmentId)?.push({ idea, number: index + 1 }))
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
        const list = byDepartment.get(department.id) ?? []
        const headingId = `dept-${department.id}`
        return (
          <section
            key={department.id}
            className="idea-column"
            aria-labelledby={headingId}
            style={{ borderTopColor: department.color }}
          >
            <h3 id={headingId}>
              <span
                className="swatch"
                style={{ background: department.color }}
                aria-hidden="true"
              />
              {department.name}
              <span className="count">{strings.rounds.ideaCount(list.length)}</span>
            </h3>
            {list.length === 0 ? (
              <p className="muted">{strings.rounds.noIdeas}</p>
            ) : (
              <ul>
                {list.map(({ idea, number }) => (
                  <IdeaCard
                    key={idea.id}
                    id={idea.id}
                    number={number}
                    text={idea.text}
                    author={idea.author}
                    buildsOn={buildsOnLabels.get(idea.id) ?? null}
                    sameDepartmentBuild={sameDepartmentIds.has(idea.id)}
                    selected={idea.id === selectedId}
                    pending={pendingIds.has(idea.id)}
                  />
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
