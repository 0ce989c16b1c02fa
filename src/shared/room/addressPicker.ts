/**
 * Picks the LAN address the room server listens on. Pure: it takes what `os.networkInterfaces()`
 * returned, so it is tested on recorded outputs from real machines.
 */

/** One entry of `os.networkInterfaces()`, as far as the picker needs it. */
export interface InterfaceAddress {
  address: string
  family: 'IPv4' | 'IPv6' | 4 | 6
  internal: boolean
  mac?: string
  netmask?: string
}

export type NetworkInterfaces = Record<string, InterfaceAddress[] | undefined>

/** Why an address is ranked where it is; the facilitator sees it beside the address. */
export type AddressKind = 'lan' | 'public' | 'virtual' | 'vpn' | 'linkLocal'

export interface AddressCandidate {
  interfaceName: string
  address: string
  kind: AddressKind
}

/** Interfaces made by containers, virtual machines and host-only networks (not the room's Wi-Fi). */
const VIRTUAL_NAME =
  /^(docker|br-|veth|virbr|vboxnet|vmnet|vnic|lxc|lxd|cni|flannel|podman|bridge|vEthernet|VirtualBox|VMware|Hyper-V)/i
/** Tunnels: VPN clients, mesh networks, point-to-point links. */
const VPN_NAME =
  /^(utun|tun|tap|wg|tailscale|zt|ppp|ipsec|gpd|nordlynx|proton|mullvad|ZeroTier|Tailscale|OpenVPN|WireGuard|Cisco|FortiClient|GlobalProtect)/i

const RANK: Record<AddressKind, number> = { lan: 0, public: 1, virtual: 2, vpn: 3, linkLocal: 4 }

function octets(address: string): number[] | null {
  const parts = address.split('.')
  if (parts.length !== 4) return null
  const values = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN))
  return values.every((v) => v >= 0 && v <= 255) ? values : null
}

/** RFC 1918 private ranges: where a room's Wi-Fi hands out addresses. */
export function isPrivateIPv4(address: string): boolean {
  const o = octets(address)
  if (!o) return false
  const [a = 0, b = 0] = o
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
}

function kindOf(name: string, entry: InterfaceAddress): AddressKind {
  const [a = 0, b = 0] = octets(entry.address) ?? []
  if (a === 169 && b === 254) return 'linkLocal'
  if (VPN_NAME.test(name)) return 'vpn'
  // Carrier-grade NAT space is what Tailscale and similar mesh VPNs hand out.
  if (a === 100 && b >= 64 && b <= 127) return 'vpn'
  if (VIRTUAL_NAME.test(name)) return 'virtual'
  // Tunnels have no hardware address.
  if (entry.mac === '00:00:00:00:00:00' && !isPrivateIPv4(entry.address)) return 'vpn'
  return isPrivateIPv4(entry.address) ? 'lan' : 'public'
}

/**
 * Every address a phone in the room could reach, best first: private-range addresses on physical
 * interfaces, then public ones, then virtual (Docker, VMs), VPN and link-local ones. IPv4 only: the
 * URL must be short enough to type and every phone on a Wi-Fi network has IPv4. Loopback is left out.
 */
export function addressCandidates(interfaces: NetworkInterfaces): AddressCandidate[] {
  const found: AddressCandidate[] = []
  for (const [interfaceName, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal || (entry.family !== 'IPv4' && entry.family !== 4)) continue
      if (!octets(entry.address)) continue
      found.push({ interfaceName, address: entry.address, kind: kindOf(interfaceName, entry) })
    }
  }
  // A stable sort keeps the system's interface order within a rank (the primary adapter comes first).
  return found.sort((x, y) => RANK[x.kind] - RANK[y.kind])
}

/**
 * The address to listen on: the facilitator's choice while it still exists, otherwise the best
 * candidate; null when the machine is on no network at all.
 */
export function pickAddress(
  interfaces: NetworkInterfaces,
  chosen: string | null = null
): AddressCandidate | null {
  const candidates = addressCandidates(interfaces)
  return candidates.find((c) => c.address === chosen) ?? candidates[0] ?? null
}
