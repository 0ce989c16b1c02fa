import { describe, expect, it } from 'vitest'
import { addressCandidates, pickAddress } from '../../../src/shared/room/addressPicker'
import type { NetworkInterfaces } from '../../../src/shared/room/addressPicker'

// Recorded `os.networkInterfaces()` outputs (IPv6 entries trimmed to one each; MACs anonymised).
const lo = (address = '127.0.0.1') => ({
  address,
  netmask: '255.0.0.0',
  family: 'IPv4' as const,
  mac: '00:00:00:00:00:00',
  internal: true,
  cidr: `${address}/8`
})
const v4 = (address: string, mac = '3c:22:fb:11:22:33', netmask = '255.255.255.0') => ({
  address,
  netmask,
  family: 'IPv4' as const,
  mac,
  internal: false,
  cidr: `${address}/24`
})
const v6 = (address: string, mac = '3c:22:fb:11:22:33') => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6' as const,
  mac,
  internal: false,
  cidr: `${address}/64`,
  scopeid: 0
})

/** A MacBook on office Wi-Fi with a corporate VPN up and Internet Sharing's bridge. */
const macOnVpn: NetworkInterfaces = {
  lo0: [lo(), { ...v6('::1'), internal: true }],
  en0: [v6('fe80::1c2b:3aff:fe4d:5e6f'), v4('192.168.1.23')],
  utun3: [v4('10.8.0.6', '00:00:00:00:00:00')],
  bridge100: [v4('192.168.2.1', '36:22:fb:11:22:64')],
  awdl0: [v6('fe80::a0b1:c2ff:fed3:e4f5', 'a2:b1:c2:d3:e4:f5')]
}

/** A Linux laptop with Docker and Tailscale; Wi-Fi listed after them. */
const linuxDocker: NetworkInterfaces = {
  lo: [lo()],
  docker0: [v4('172.17.0.1', '02:42:ac:11:00:01', '255.255.0.0')],
  'br-5f2c1a': [v4('172.18.0.1', '02:42:ac:12:00:01', '255.255.0.0')],
  tailscale0: [v4('100.101.102.103', '00:00:00:00:00:00', '255.255.255.255')],
  wlp2s0: [v4('10.20.30.40', '3c:22:fb:aa:bb:cc'), v6('fe80::3e22:fbff:feaa:bbcc')]
}

/** A Windows laptop with WSL's Hyper-V switch, VirtualBox and the room's Ethernet. */
const windowsWsl: NetworkInterfaces = {
  'vEthernet (WSL)': [v4('172.29.224.1', '00:15:5d:01:02:03', '255.255.240.0')],
  'VirtualBox Host-Only Network': [v4('192.168.56.1', '0a:00:27:00:00:0d')],
  Ethernet: [v4('172.16.5.20', 'b4:2e:99:01:02:03', '255.255.0.0')],
  'Wi-Fi': [v4('169.254.12.34', '48:51:c5:01:02:03', '255.255.0.0')],
  'Loopback Pseudo-Interface 1': [lo()]
}

/** A laptop on a network handing out public addresses (a university), and a USB tether. */
const publicCampus: NetworkInterfaces = {
  lo: [lo()],
  eth0: [v4('130.237.5.17')],
  usb0: [v4('169.254.3.3')]
}

/** On no network at all: only loopback and IPv6 link-local. */
const offline: NetworkInterfaces = {
  lo0: [lo()],
  en0: [v6('fe80::1')]
}

describe('address picker on recorded network interfaces', () => {
  it('prefers the private-range Wi-Fi address over a VPN tunnel and a sharing bridge', () => {
    expect(pickAddress(macOnVpn)).toEqual({
      interfaceName: 'en0',
      address: '192.168.1.23',
      kind: 'lan'
    })
    expect(addressCandidates(macOnVpn).map((c) => [c.address, c.kind])).toEqual([
      ['192.168.1.23', 'lan'],
      ['192.168.2.1', 'virtual'],
      ['10.8.0.6', 'vpn']
    ])
  })

  it('skips Docker bridges and Tailscale on Linux even when they come first', () => {
    expect(pickAddress(linuxDocker)?.address).toBe('10.20.30.40')
    const kinds = Object.fromEntries(addressCandidates(linuxDocker).map((c) => [c.address, c.kind]))
    expect(kinds).toEqual({
      '10.20.30.40': 'lan',
      '172.17.0.1': 'virtual',
      '172.18.0.1': 'virtual',
      '100.101.102.103': 'vpn'
    })
  })

  it('on Windows picks Ethernet over the WSL switch, VirtualBox and a link-local Wi-Fi', () => {
    expect(pickAddress(windowsWsl)?.interfaceName).toBe('Ethernet')
    expect(addressCandidates(windowsWsl).at(-1)).toEqual({
      interfaceName: 'Wi-Fi',
      address: '169.254.12.34',
      kind: 'linkLocal'
    })
  })

  it('takes a public address when that is what the network gives, before link-local', () => {
    expect(pickAddress(publicCampus)).toEqual({
      interfaceName: 'eth0',
      address: '130.237.5.17',
      kind: 'public'
    })
  })

  it('never offers loopback or IPv6, and gives null on no network', () => {
    for (const recorded of [macOnVpn, linuxDocker, windowsWsl, publicCampus, offline]) {
      for (const c of addressCandidates(recorded)) {
        expect(c.address).not.toMatch(/^127\.|:/)
      }
    }
    expect(pickAddress(offline)).toBeNull()
  })

  it('keeps the facilitator’s choice while it exists, and falls back when it is gone', () => {
    expect(pickAddress(linuxDocker, '172.17.0.1')?.address).toBe('172.17.0.1')
    expect(pickAddress(linuxDocker, '192.168.99.99')?.address).toBe('10.20.30.40')
  })
})
