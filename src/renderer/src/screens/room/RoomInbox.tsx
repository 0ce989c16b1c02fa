import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'

const t = strings.room

/** Phone ideas waiting for the facilitator: approve lets one into the meeting, hide drops it. */
export function RoomInbox() {
  const pending = useAppStore((s) => s.room.pending)
  const moderate = useAppStore((s) => s.moderateRoomIdea)
  const departments = useAppStore((s) => s.current?.meeting.departments)
  const name = (id: string) => departments?.find((d) => d.id === id)?.name ?? ''
  return (
    <section aria-label={t.inbox(pending.length)} className="room-inbox">
      <h3>{t.inbox(pending.length)}</h3>
      {pending.length === 0 ? (
        <p className="muted">{t.inboxEmpty}</p>
      ) : (
        <ul>
          {pending.map((idea) => (
            <li key={idea.id}>
              <span>
                {idea.text} <span className="muted">({name(idea.departmentId)})</span>
              </span>
              <button
                type="button"
                aria-label={t.approveLabel(idea.text)}
                onClick={() => void moderate(idea.id, 'approve')}
              >
                {t.approve}
              </button>
              <button
                type="button"
                aria-label={t.rejectLabel(idea.text)}
                onClick={() => void moderate(idea.id, 'reject')}
              >
                {t.reject}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
