import type { RoomStatus } from '../../../shared/room/status'
import type { StageKind } from '../../../shared/meeting/schema'
import { QrCode } from '../components/QrCode'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'

/** Stages whose slide shows how to join from a phone while room join is on and the room unlocked. */
const JOIN_STAGES: ReadonlySet<StageKind> = new Set(['welcome', 'framing', 'rounds'])

const t = strings.room

/** The room's join link, or null when phones cannot join now (off, or locked). */
export const joinUrl = (room: RoomStatus): string | null =>
  room.on && room.url && !room.locked ? room.url : null

/** The three short steps, numbered, the same on the corner card and the join slide. */
function JoinSteps() {
  return (
    <ol className="pj-room-steps">
      {t.joinSteps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  )
}

/** The projector's QR code, plain address and three steps, in a corner of the Welcome/Rounds slides. */
export function RoomJoinCard({ stage }: { stage: StageKind }) {
  const room = useAppStore((s) => s.room)
  const url = joinUrl(room)
  if (!url || !JOIN_STAGES.has(stage)) return null
  return (
    <aside className="pj-room-join" aria-label={t.projectorJoin}>
      <QrCode text={url} label={t.qrLabel(url)} size={220} />
      <div>
        <p className="pj-room-title">{t.projectorJoin}</p>
        <p className="pj-room-url">{url}</p>
        <JoinSteps />
      </div>
    </aside>
  )
}

/** The join slide of its own (put up from the Room join panel): a large code, the link and the steps. */
export function RoomJoinSlide({ url }: { url: string }) {
  return (
    <section className="pj-slide pj-join" aria-labelledby="pj-heading-join">
      <h1 id="pj-heading-join" className="pj-heading">
        {t.projectorJoin}
      </h1>
      <div className="pj-join-body">
        <QrCode text={url} label={t.qrLabel(url)} size={480} />
        <div>
          <p className="pj-join-url">{url}</p>
          <JoinSteps />
        </div>
      </div>
    </section>
  )
}
