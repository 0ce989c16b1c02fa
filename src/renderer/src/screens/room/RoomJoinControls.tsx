import { useEffect, useState } from 'react'
import { useKeymap } from '../../keymap/useKeymap'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { QrCode } from '../../components/QrCode'
import { RoomInbox } from './RoomInbox'
import '../../styles/room.css'

const t = strings.room

/**
 * The header's Room join button and its panel: on/off, the address phones use, the link and QR code,
 * phones connected, lock, moderation inbox and names.
 */
export function RoomJoinControls() {
  const room = useAppStore((s) => s.room)
  const setRoom = useAppStore((s) => s.setRoom)
  const [open, setOpen] = useState(false)
  // Ctrl/Cmd+Shift+J (the keymap's room scope): room join on or off; the panel opens when it turns on.
  useKeymap(
    'room',
    {
      toggleRoomJoin: () => {
        const turnOn = !room.on
        if (turnOn) setOpen(true)
        void setRoom({ on: turnOn })
      }
    },
    { ignoreRepeat: true }
  )

  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="room-join-panel"
        aria-keyshortcuts="Control+Shift+J"
        className={room.on ? 'room-on' : undefined}
        onClick={() => setOpen(!open)}
      >
        {room.on ? t.toggleOn(room.phones) : t.toggle}
      </button>
      {open && <RoomJoinPanel onClose={() => setOpen(false)} />}
    </>
  )
}

function RoomJoinPanel({ onClose }: { onClose: () => void }) {
  const room = useAppStore((s) => s.room)
  const setRoom = useAppStore((s) => s.setRoom)
  const loadRoom = useAppStore((s) => s.loadRoom)
  useEffect(() => void loadRoom(), [loadRoom])

  return (
    <section id="room-join-panel" className="room-panel" aria-label={t.panelLabel}>
      <p className="muted">{t.intro}</p>
      <label className="room-check">
        <input
          type="checkbox"
          checked={room.on}
          onChange={(e) => void setRoom({ on: e.target.checked })}
        />
        {t.on}
      </label>
      {room.problem && (
        <p role="alert" className="error">
          {strings.errors.reason(room.problem)}
        </p>
      )}
      {room.addresses.length > 1 && (
        <label className="room-field">
          {t.address}
          <select
            value={room.address ?? room.addresses[0]?.address ?? ''}
            onChange={(e) => void setRoom({ address: e.target.value })}
          >
            {room.addresses.map((a) => (
              <option key={`${a.interfaceName}-${a.address}`} value={a.address}>
                {a.address} — {a.interfaceName} ({t.addressKind[a.kind]})
              </option>
            ))}
          </select>
        </label>
      )}
      {room.on && room.url && (
        <div className="room-link">
          <QrCode text={room.url} label={t.qrLabel(room.url)} size={160} />
          <div>
            <p>
              {t.link}: <code className="room-url">{room.url}</code>
            </p>
            <p role="status">{t.phones(room.phones)}</p>
            <p className="muted">{t.firewall}</p>
          </div>
        </div>
      )}
      <label className="room-check">
        <input
          type="checkbox"
          checked={room.joinSlide}
          disabled={!room.on || room.locked}
          onChange={(e) => void setRoom({ joinSlide: e.target.checked })}
        />
        {t.joinSlide}
      </label>
      <label className="room-check">
        <input
          type="checkbox"
          checked={room.locked}
          disabled={!room.on}
          onChange={(e) => void setRoom({ locked: e.target.checked })}
        />
        {t.locked}
      </label>
      <label className="room-check">
        <input
          type="checkbox"
          checked={room.moderation}
          onChange={(e) => void setRoom({ moderation: e.target.checked })}
        />
        {t.moderation}
      </label>
      <label className="room-check">
        <input
          type="checkbox"
          checked={room.askNames}
          onChange={(e) => void setRoom({ askNames: e.target.checked })}
        />
        {t.askNames}
      </label>
      {(room.moderation || room.pending.length > 0) && <RoomInbox />}
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </section>
  )
}
