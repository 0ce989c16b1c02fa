import { useMemo } from 'react'
import type { Action, Meeting } from '../../../../shared/meeting/schema'
import type { IdeaHit, SearchResults as Results } from '../../../../shared/meeting/search'
import { VirtualList } from '../../components/VirtualList'
import { strings } from '../../strings'

const t = strings.search

/** Each result's button id, which is also its key in its virtual list. */
export const ideaResultId = (ideaId: string) => `search-idea-${ideaId}`
export const actionResultId = (actionId: string) => `search-action-${actionId}`
const ideaKey = (hit: IdeaHit) => ideaResultId(hit.idea.id)
const actionKey = (action: Action) => actionResultId(action.id)

/** The result buttons' ids in the order they are drawn: ideas, then actions. */
export function resultOrder(results: Results): string[] {
  return [...results.ideas.map(ideaKey), ...results.actions.map(actionKey)]
}

/**
 * The found ideas and actions, each group a virtual list in the panel's scroll box; the result the
 * arrow keys are on (`activeKey`) stays drawn and is scrolled to.
 */
export function SearchResults({
  meeting,
  results,
  activeKey,
  scrollElement,
  onIdea,
  onAction
}: {
  meeting: Meeting
  results: Results
  activeKey: string | null
  scrollElement: () => HTMLElement | null
  onIdea: (ideaId: string, roundId: string) => void
  onAction: (actionId: string) => void
}) {
  const departmentName = useMemo(
    () => new Map(meeting.departments.map((d) => [d.id, d.name])),
    [meeting.departments]
  )
  const roundTitle = useMemo(
    () => new Map(meeting.rounds.map((r) => [r.id, r.title])),
    [meeting.rounds]
  )
  const group = { activeKey, scrollElement }
  return (
    <ul className="search-results">
      <ResultGroup
        {...group}
        heading={t.ideasHeading(results.ideas.length, results.ideaTotal)}
        items={results.ideas}
        itemKey={ideaKey}
        onPick={({ idea }) => onIdea(idea.id, idea.roundId)}
        where={({ idea, number }) =>
          t.ideaResult(
            number,
            roundTitle.get(idea.roundId) ?? '',
            departmentName.get(idea.departmentId) ?? ''
          )
        }
        text={({ idea }) => idea.text}
      />
      <ResultGroup
        {...group}
        heading={t.actionsHeading(results.actions.length, results.actionTotal)}
        items={results.actions}
        itemKey={actionKey}
        onPick={(action) => onAction(action.id)}
        where={(action) => t.actionResult(action.owner, strings.dates.day(action.dueDate))}
        text={(action) => action.what}
      />
    </ul>
  )
}

/** One kind of result under its heading, as a virtual list of buttons; nothing when empty. */
function ResultGroup<T>({
  heading,
  items,
  itemKey,
  activeKey,
  scrollElement,
  onPick,
  where,
  text
}: {
  heading: string
  items: readonly T[]
  /** The result's button id, also its key in the list. */
  itemKey: (item: T) => string
  activeKey: string | null
  scrollElement: () => HTMLElement | null
  onPick: (item: T) => void
  where: (item: T) => string
  text: (item: T) => string
}) {
  if (items.length === 0) return null
  return (
    <li className="search-group">
      <h3>{heading}</h3>
      <VirtualList
        items={items}
        itemKey={itemKey}
        estimateSize={52}
        scrollElement={scrollElement}
        activeKey={activeKey}
        renderItem={(item, row) => (
          <li key={itemKey(item)} {...row}>
            <button type="button" id={itemKey(item)} onClick={() => onPick(item)}>
              <span className="search-where">{where(item)}</span>
              <span className="search-text">{text(item)}</span>
            </button>
          </li>
        )}
      />
    </li>
  )
}
