import { memo } from 'react'
import { strings } from '../strings'
import type { VirtualRowProps } from './VirtualList'

export interface IdeaCardProps {
  /** Its place in its column's virtual list. */
  row?: VirtualRowProps
  id: string
  number: number
  text: string
  author: string
  /** "builds on #3 (Marketing)", or null when the idea stands alone. */
  buildsOn: string | null
  /** In the cross-department round: it builds on its own department's idea. */
  sameDepartmentBuild: boolean
  selected: boolean
  /** Sent to main and not confirmed yet. */
  pending?: boolean
  /** Sent from a phone (room join). */
  fromRoom?: boolean
  /** Hidden from the projector and the phones (facilitator view only). */
  hidden?: boolean
}

/**
 * One idea. Only plain values come in, so React.memo skips every card whose idea did not change even
 * though each save brings a fresh copy of the meeting; clicks and keys are handled by the column list.
 */
export const IdeaCard = memo(function IdeaCard(props: IdeaCardProps) {
  const {
    id,
    number,
    text,
    author,
    buildsOn,
    sameDepartmentBuild,
    selected,
    pending = false,
    fromRoom = false,
    hidden = false,
    row
  } = props
  const className = ['idea', selected && 'selected', pending && 'pending'].filter(Boolean).join(' ')
  return (
    <li {...row} id={`idea-${id}`} className={className} aria-busy={pending || undefined}>
      <button
        type="button"
        id={`idea-card-${id}`}
        className="idea-card"
        data-idea-id={id}
        aria-pressed={selected}
      >
        <span className="idea-number">{strings.rounds.ideaNumber(number)}</span>{' '}
        <span className="idea-text">{text}</span>
        {author && <span className="idea-author">{strings.rounds.byAuthor(author)}</span>}
        {fromRoom && <span className="idea-from-room"> · {strings.room.fromRoom}</span>}
        {hidden && <span className="idea-hidden"> · {strings.room.hidden}</span>}
        {buildsOn && <span className="idea-builds-on">↳ {buildsOn}</span>}
        {sameDepartmentBuild && (
          <strong className="idea-same-department">⚠ {strings.rounds.sameDepartmentBuild}</strong>
        )}
      </button>
    </li>
  )
})
