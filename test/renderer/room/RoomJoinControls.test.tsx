import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RoomJoinControls } from '../../../src/renderer/src/screens/room/RoomJoinControls'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider } from '../../../src/renderer/src/store/StoreProvider'
import { ok } from '../../../src/shared/result'
import { ROOM_OFF } from '../../../src/shared/room/status'
import type { RoomPatch, RoomStatus } from '../../../src/shared/room/status'
import { createFakeApi } from '../fakeApi'

afterEach(cleanup)

const ON: RoomStatus = {
  ...ROOM_OFF,
  on: true,
  url: 'http://192.168.1.23:50123/j/abcdefghijklmnopqrstuvwx/',
  address: '192.168.1.23',
  addresses: [
    { interfaceName: 'en0', address: '192.168.1.23', kind: 'lan' },
    { interfaceName: 'utun3', address: '10.8.0.6', kind: 'vpn' }
  ],
  phones: 3,
  moderation: true,
  pending: [{ id: 'p1', text: 'Free returns for a year', departmentId: 'd1', buildsOnId: null }]
}

function renderControls() {
  let status: RoomStatus = ROOM_OFF
  const setRoom = vi.fn((patch: RoomPatch) => {
    status = patch.on === false ? ROOM_OFF : patch.on ? ON : { ...status, ...patch }
    return Promise.resolve(ok(status))
  })
  const moderateRoomIdea = vi.fn(() => Promise.resolve(ok({ ...status, pending: [] })))
  const { api } = createFakeApi({
    setRoom,
    moderateRoomIdea,
    getRoom: () => Promise.resolve(ok(status))
  })
  const store = createAppStore({ api })
  render(
    <AppStoreProvider store={store}>
      <RoomJoinControls />
    </AppStoreProvider>
  )
  return { setRoom, moderateRoomIdea, store }
}

describe('Room join controls (facilitator header)', () => {
  it('Ctrl+Shift+J turns room join on and shows the link, QR code and phone count', async () => {
    const { setRoom } = renderControls()
    await act(async () => {
      fireEvent.keyDown(window, { key: 'J', code: 'KeyJ', ctrlKey: true, shiftKey: true })
      await Promise.resolve()
    })
    expect(setRoom).toHaveBeenCalledWith({ on: true })
    expect(
      await screen.findByRole('img', { name: /QR code to join.*192\.168\.1\.23/ })
    ).toBeTruthy()
    expect(screen.getByText('3 phones connected')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Room join: 3 phones' })).toBeTruthy()
    expect(screen.getByText(ON.url!)).toBeTruthy()
    // The address list says which kind each address is.
    expect(screen.getByRole('option', { name: /10\.8\.0\.6 — utun3 \(VPN\)/ })).toBeTruthy()
  })

  it('approves a waiting phone idea from the moderation inbox', async () => {
    const { moderateRoomIdea } = renderControls()
    fireEvent.click(screen.getByRole('button', { name: 'Room join' }))
    await act(async () => {
      fireEvent.click(screen.getByLabelText('Let the room join from phones'))
      await Promise.resolve()
    })
    fireEvent.click(await screen.findByRole('button', { name: 'Approve: Free returns for a year' }))
    expect(moderateRoomIdea).toHaveBeenCalledWith('p1', 'approve')
  })
})
