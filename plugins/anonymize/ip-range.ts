import { ConfigError } from "../../core/errors.ts"

/**
 * IPv4 and IPv6 addresses and CIDR ranges, for source-address allowlists.
 * Written out rather than taken from `node:net` (BlockList) because the
 * Worker bundle may not import it. Every address is a 128-bit number; IPv4
 * sits in `::ffff:0:0/96`, so `10.0.0.1` and `::ffff:10.0.0.1` (what a
 * dual-stack socket reports) are one address and one IPv4 range covers both.
 */

declare module "hono" {
  interface ContextVariableMap {
    /** The client's address as the runtime adapter sees it (server/app.ts `peerAddress`); `undefined` when unknown. */
    peerAddress: string | undefined
  }
}

const ALL = (1n << 128n) - 1n
const V4_MAPPED = 0xffffn << 32n

function parseV4(text: string): bigint | undefined {
  const parts = text.split(".")
  if (parts.length !== 4) return undefined
  let n = 0n
  for (const part of parts) {
    // A leading zero reads as octal to some tools (010 = 8): refused rather than guessed.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined
    n = (n << 8n) | BigInt(part)
  }
  return n
}

/** 16-bit words of colon-separated groups; a dotted IPv4 is allowed as the very last group. */
function words(groups: string[], v4Last: boolean): number[] | undefined {
  const out: number[] = []
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!
    if (v4Last && i === groups.length - 1 && g.includes(".")) {
      const v4 = parseV4(g)
      if (v4 === undefined) return undefined
      out.push(Number(v4 >> 16n), Number(v4 & 0xffffn))
    } else if (/^[0-9a-f]{1,4}$/i.test(g)) out.push(parseInt(g, 16))
    else return undefined
  }
  return out
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split("::")
  if (halves.length > 2) return undefined
  const groups = (s: string) => (s === "" ? [] : s.split(":"))
  let all: number[] | undefined
  if (halves.length === 1) {
    all = words(groups(text), true)
    if (all?.length !== 8) return undefined
  } else {
    const head = words(groups(halves[0]!), false)
    const tail = words(groups(halves[1]!), true)
    if (!head || !tail || head.length + tail.length > 7) return undefined
    all = [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail]
  }
  return all.reduce((n, w) => (n << 16n) | BigInt(w), 0n)
}

/** An address as written in configuration (no zone, no port, no brackets); `v4` when written dotted. */
export function parseIp(text: string): { value: bigint; v4: boolean } | undefined {
  const v4 = parseV4(text)
  if (v4 !== undefined) return { value: V4_MAPPED | v4, v4: true }
  const v6 = text.includes(":") ? parseV6(text) : undefined
  return v6 === undefined ? undefined : { value: v6, v4: false }
}

/**
 * An address as a peer or a proxy reports it: `1.2.3.4`, `1.2.3.4:5678`,
 * `::1`, `[::1]:5678`, `fe80::1%eth0`. `undefined` for anything else
 * (`unknown`, an obfuscated RFC 7239 name, garbage).
 */
export function parseClientAddress(text: string | undefined): bigint | undefined {
  if (!text) return undefined
  let t = text.trim()
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(t)
  if (bracketed) t = bracketed[1]!
  else if (/^[\d.]+:\d{1,5}$/.test(t)) t = t.slice(0, t.indexOf(":"))
  t = t.replace(/%[\w.-]+$/, "")
  return parseIp(t)?.value
}

export interface IpRange {
  base: bigint
  mask: bigint
}

/** One allowlist entry, `10.0.0.0/8`, `2001:db8::/32` or a single address; a reason when it is not one. */
export function parseIpRange(entry: string): IpRange | string {
  const [addr = "", prefix, extra] = entry.split("/")
  if (extra !== undefined) return "has more than one /"
  const ip = parseIp(addr)
  if (!ip) return `is not an IPv4 or IPv6 address${addr.includes("%") ? " (zone ids are not allowed)" : ""}`
  const width = ip.v4 ? 32 : 128
  if (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > width)) return `has a prefix length that is not 0..${width}`
  const bits = (ip.v4 ? 96 : 0) + (prefix === undefined ? width : Number(prefix))
  const mask = ALL ^ ((1n << BigInt(128 - bits)) - 1n)
  // 10.0.0.1/8 is most likely a typo for 10.0.0.1/32 or 10.0.0.0/8: refused rather than widened.
  if ((ip.value & ~mask & ALL) !== 0n) return "has bits set after the prefix (write the network address, e.g. 10.0.0.0/8)"
  return { base: ip.value, mask }
}

/**
 * A comma-separated allowlist, checked entry by entry: the first bad one is
 * refused with its position and text (ranges are not secrets).
 */
export function parseIpRanges(entries: readonly string[], where: string): IpRange[] {
  return entries.map((entry, i) => {
    const range = parseIpRange(entry)
    if (typeof range === "string") {
      throw new ConfigError("config", `${where} entry ${i + 1} (${JSON.stringify(entry.slice(0, 60))}) ${range}: write IPv4 or IPv6 addresses or CIDR ranges, comma-separated`)
    }
    return range
  })
}

/** True when the address (as a peer or proxy reports it) lies in one of the ranges; an unreadable address is never allowed. */
export function ipAllowed(ranges: readonly IpRange[], address: string | undefined): boolean {
  const value = parseClientAddress(address)
  return value !== undefined && ranges.some((r) => (value & r.mask) === r.base)
}
