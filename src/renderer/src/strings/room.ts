import { formatNumber, plural } from '../../../shared/i18n/plural'
import type { AddressKind } from '../../../shared/room/addressPicker'

/** Room join: the facilitator's panel and what the projector shows. */
export const roomStrings = {
  toggle: 'Room join',
  toggleOn: (phones: number) =>
    plural('en', phones, { one: 'Room join: # phone', other: 'Room join: # phones' }),
  panelLabel: 'Room join: ideas and votes from phones',
  intro:
    'Let people in the room send ideas and dot votes from their phones over this Wi-Fi. No internet, no accounts. Nothing listens on the network while this is off.',
  on: 'Let the room join from phones',
  address: 'Address phones use',
  addressKind: {
    lan: 'this network',
    public: 'public address',
    virtual: 'virtual network (VMs, containers)',
    vpn: 'VPN',
    linkLocal: 'no network (link-local)'
  } satisfies Record<AddressKind, string>,
  link: 'Link for phones',
  phones: (n: number) => plural('en', n, { one: '# phone connected', other: '# phones connected' }),
  locked: 'Lock the room (no new phones)',
  moderation: 'Moderation inbox: approve ideas before the room sees them',
  askNames: 'Ask for names (anonymous otherwise)',
  inbox: (n: number) => `Waiting for approval (${formatNumber('en', n)})`,
  inboxEmpty: 'No ideas waiting.',
  approve: 'Approve',
  reject: 'Hide',
  approveLabel: (text: string) => `Approve: ${text}`,
  rejectLabel: (text: string) => `Hide: ${text}`,
  firewall:
    'The first time, your computer may ask whether Northstar may accept incoming connections: allow it on private networks, or phones cannot connect.',
  close: 'Close',
  fromRoom: 'from the room',
  qrLabel: (url: string) => `QR code to join from a phone: ${url}`,
  projectorJoin: 'Join from your phone',
  /** The three short steps on the projector's corner card and join slide. */
  joinSteps: [
    'Join this room’s Wi-Fi.',
    'Scan the code, or type the address.',
    'Pick your department and send ideas.'
  ],
  joinSlide: 'Show the join slide on the projector',
  hideIdea: 'Hide from projector',
  showIdea: 'Show on projector',
  hidden: 'hidden from the projector'
}
