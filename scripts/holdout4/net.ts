// IP addresses, e-mail addresses and network lookalikes (versions, MACs).
import type { Rng } from "./rng.ts"

export function ipv4(r: Rng): string {
  const first = r.pick([r.int(11, 99), r.int(101, 126), r.int(128, 191), r.int(193, 223), 10, 192, 172])
  if (first === 192) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
  if (first === 172) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}

function hex(r: Rng, max = 0xffff): string {
  return r.int(0, max).toString(16)
}

/** IPv6: full eight groups (sometimes zero-padded, sometimes upper case) or `::`-compressed. */
export function ipv6(r: Rng): string {
  const prefix = r.pick(["2001:db8", "2a02:8108", "2607:f8b0", "2a00:1450", "fe80", "2a01:4f8", "2001:41d0"])
  const head = prefix.split(":")
  const style = r.int(0, 3)
  if (style === 0) {
    const groups = [...head]
    while (groups.length < 8) groups.push(hex(r))
    return groups.map((g) => g.padStart(4, "0")).join(":")
  }
  if (style === 1) {
    const groups = [...head]
    while (groups.length < 8) groups.push(hex(r))
    return groups.join(":").toUpperCase()
  }
  const tail = Array.from({ length: r.int(1, 3) }, () => hex(r))
  return `${head.join(":")}::${tail.join(":")}`
}

export function ip(r: Rng): string {
  return r.chance(0.65) ? ipv4(r) : ipv6(r)
}

const DOMAINS = [
  "gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.fr", "web.de", "gmx.de", "libero.it",
  "ziggo.nl", "telia.se", "wp.pl", "sapo.pt", "mail.eu-west.acme-retail.com", "support.brightwave.io",
  "customers.northgate-energy.co.uk", "proton.me", "t-online.de", "orange.fr", "kpnmail.nl", "o2.pl",
]

function ascii(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/ø/g, "o")
    .replace(/ł/g, "l").replace(/[^A-Za-z0-9]/g, "").toLowerCase()
}

/** An address derived from a name, in many shapes: dots, underscores, digits, plus tags, subdomains. */
export function email(r: Rng, first: string, last: string): string {
  const f = ascii(first) || "user"
  const l = ascii(last) || "mail"
  const local = r.pick([
    `${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}`, `${f}`,
    `${f}.${l}+${r.pick(["orders", "billing", "cx", "2026", "news"])}`, `${f[0]}.${l}-${r.int(70, 99)}`,
  ])
  return `${local}@${r.pick(DOMAINS)}`
}

export function roleEmail(r: Rng, company: string): string {
  return `${r.pick(["support", "billing", "no-reply", "privacy", "care", "team.escalations"])}@${company}`
}

export function version(r: Rng): string {
  return r.pick([
    `v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`,
    `${r.int(10, 17)}.${r.int(0, 9)}.${r.int(1, 9)}`,
    `10.0.${r.int(17000, 22631)}`,
    `${r.int(110, 131)}.0.${r.int(5000, 6999)}.${r.int(10, 199)}`,
    `${r.int(2, 6)}.${r.int(0, 9)}.${r.int(0, 9)}-beta.${r.int(1, 9)}`,
  ])
}

export function mac(r: Rng): string {
  return Array.from({ length: 6 }, () => r.int(0, 255).toString(16).padStart(2, "0").toUpperCase()).join(":")
}
