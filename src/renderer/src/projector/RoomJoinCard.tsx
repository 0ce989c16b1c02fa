import type { StageKind } from '../../../shared/meeting/schema'
import { QrCode } from '../components/QrCode'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'

/** Stages whose slide shows how to join from a phone while room join is on and the room unlocked. */
const JOIN_STAGES: ReadonlySet<StageKind> = new Set(['welcome', 'framing', 'rounds'])

/** The projector's QR code and plain address for phones, large enough to scan from the back row. */
export function RoomJoinCard({ stage }: { stage: StageKind }) {
  const room = useAppStore((s) => s.room)
  if (!room.on || !room.url || room.locked || !JOIN_STAGES.has(stage)) return null
  const t = strings.room
  return (
    <aside className="pj-room-join" aria-label={t.projectorJoin}>
      <QrCode text={room.url} label={t.qrLabel(room.url)} size={220} />
      <div>
        <p className="pj-room-title">{t.projectorJoin}</p>
        <p className="pj-room-url">{room.url}</p>
        <p className="pj-muted">{t.projectorHint}</p>
      </div>
    </aside>
  )
}
