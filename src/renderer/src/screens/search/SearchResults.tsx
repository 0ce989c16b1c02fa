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
  return (
    <ul className="search-results">
      {results.ideas.length > 0 && (
        <li className="search-group">
          <h3>{t.ideasHeading(results.ideas.length, results.ideaTotal)}</h3>
          <VirtualList
            items={results.ideas}
            itemKey={ideaKey}
            estimateSize={52}
            scrollElement={scrollElement}
            activeKey={activeKey}
            renderItem={({ idea, number }, row) => (
              <li key={idea.id} {...row}>
                <button
                  type="button"
                  id={ideaResultId(idea.id)}
                  onClick={() => onIdea(idea.id, idea.roundId)}
                >
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
            )}
          />
        </li>
      )}
      {results.actions.length > 0 && (
        <li className="search-group">
          <h3>{t.actionsHeading(results.actions.length, results.actionTotal)}</h3>
          <VirtualList
            items={results.actions}
            itemKey={actionKey}
            estimateSize={52}
            scrollElement={scrollElement}
            activeKey={activeKey}
            renderItem={(action, row) => (
              <li key={action.id} {...row}>
                <button
                  type="button"
                  id={actionResultId(action.id)}
                  onClick={() => onAction(action.id)}
                >
                  <span className="search-where">
                    {t.actionResult(action.owner, action.dueDate)}
                  </span>
                  <span className="search-text">{action.what}</span>
                </button>
              </li>
            )}
          />
        </li>
      )}
    </ul>
  )
}
