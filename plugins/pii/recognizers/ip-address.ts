import { defineRecognizer, labelledValueOf, type Candidate } from "../../../core/index.ts"
import { digitRuns, matchesAt } from "./digit-runs.ts"
import { PHONE_LABELS, PHONE_SIGN, PHONE_WORDS } from "./phone-words.ts"

// IP addresses: v4 as a dotted quad (not a version, not a phone number dotted in pairs), v6 full or compressed.

export const V4_SHAPE = /(?<![\p{L}\p{N}.]|\p{N}\.)\d{1,3}(?:\.\d{1,3}){3}(?![\p{N}]|\.\p{N}|[\p{L}])/uy
// Sticky: tried only where an address can start (see v6Candidates), not at every position of the text.
// Not cut inside a dotted tail (`::ffff:10.0.0.5:8080` read as `::ffff:10`, the rest left in clear).
const V6_SHAPE = /(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d+\.\d+\.\d+\.\d+|[0-9A-Fa-f]{1,4})?(?![\p{L}\p{N}]|:[0-9A-Fa-f]|\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\d))/uy
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)

/**
 * The valid addresses a global scan with V6_SHAPE would find, trying it only at the start of the hex run before each
 * colon: a match starts with up to four hex digits and a colon, and no later position in a hex run passes its
 * lookbehind. A trailing single colon is not the address's; nor is a port after it (withPort).
 */
function* v6Candidates(text: string): Iterable<{ index: number; value: string }> {
  let done = 0
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let start = colon
    while (start > 0 && colon - start <= 4 && isHex(text.charCodeAt(start - 1))) start--
    if (start < done || colon - start > 4) continue
    // A match holds a second colon after at most four hex digits, and no letter, digit, colon or dot is before it.
    let next = colon + 1
    while (next - colon <= 4 && isHex(text.charCodeAt(next))) next++
    if (text.charCodeAt(next) !== 58) continue
    const before = text.charCodeAt(start - 1)
    if (before === 58 || before === 46 || isHex(before) || (before >= 71 && before <= 90) || (before >= 103 && before <= 122)) continue
    V6_SHAPE.lastIndex = start
    const m = V6_SHAPE.exec(text)
    const value = m && (m[0].endsWith(":") && !m[0].endsWith("::") ? m[0].slice(0, -1) : m[0])
    const address = value !== null && ipv6Valid(value) ? value : withPort(text, start)
    // A match not valid is passed over whole, as a global scan would.
    if (m) done = start + m[0].length
    if (address !== undefined) {
      done = Math.max(done, start + address.length)
      yield { index: start, value: address }
    }
  }
}

const V6_PORT = /((?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d+\.\d+\.\d+\.\d+|[0-9A-Fa-f]{1,4})):(\d{1,5})(?![\p{L}\p{N}]|[:.][\p{N}A-Fa-f])/uy
// Groups of two hex digits each, colon apart: a fingerprint, a serial or a MAC, never an address written with a port.
const PAIRS_OF_HEX = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2})+$/

/**
 * An address with a port written after it unbracketed, as logs do (`ip=2a02:932a::9efb:15024`): read without it
 * when only that reading is an address (the port has five digits, or a ninth group) and nothing colon-apart follows
 * the port. A port a valid last group could be (`::9efb:8080`) is no such case: the whole is an address, and it is
 * read so. Nor are hex pairs (`43:51:43:a1:b5:fc:8b:b7:09`, a fingerprint), whatever follows them.
 */
function withPort(text: string, start: number): string | undefined {
  V6_PORT.lastIndex = start
  const m = V6_PORT.exec(text)
  if (!m || Number(m[2]) > 65535 || ipv6Valid(m[0]) || !ipv6Valid(m[1]!) || PAIRS_OF_HEX.test(m[1]!)) return undefined
  return m[1]
}

function colons(s: string): number {
  let n = 0
  for (let i = s.indexOf(":"); i >= 0; i = s.indexOf(":", i + 1)) n++
  return n
}

const octet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
const V4 = new RegExp(`^${octet}(?:\\.${octet}){3}$`)

function ipv6Valid(s: string): boolean {
  // Uncompressed and without a dotted tail, an address has exactly 7 colons: a time (`10:30:00`) is refused here.
  if (!s.includes("::") && !s.includes(".") && colons(s) !== 7) return false
  const tail = s.match(/:(\d+\.\d+\.\d+\.\d+)$/)
  if (tail && !V4.test(tail[1]!)) return false
  const body = tail ? s.slice(0, -tail[1]!.length) + "0:0" : s
  const halves = body.split("::")
  if (halves.length > 2) return false
  const groups = halves.flatMap((h) => (h === "" ? [] : h.split(":")))
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false
  if (halves.length === 1) return groups.length === 8
  // A compressed address with two groups that are plain decimals (`14::05`) is more likely something else.
  return groups.length <= 7 && (groups.length >= 2 || s.startsWith("::")) && groups.some((g) => /[a-fA-F]/.test(g) || g.length >= 3 || groups.length >= 3)
}

const PAIRS = /^\d\d\.\d\d\.\d\d\.\d\d$/
// Poland's and Spain's national groupings written with dots (`12.223.93.56`, `938.31.48.83`): no Polish number opens
// with 10 or 11, no Spanish one with 1 or 2, as the private ranges do (`reach host 10.128.15.22`, `172.16.10.10`).
const NATIONAL_DOTTED = /^(?:(?!1[01])\d\d\.\d{3}|[6-9]\d\d\.\d\d)\.\d\d\.\d\d$/
const WORD_SPACE_BEFORE = /\p{L}[ \t]$/u
// A capitalised word right before (a name), then a line holding another number grouped as a phone's (`80 89 70 62`,
// `+47 40 03 27 15`): a list of whom to call.
const NAME_RIGHT_BEFORE = /(?:^|[\s,;:|(])\p{Lu}[\p{Ll}\p{M}'’-]+[,:]?[ \t]+$/u
const PHONE_GROUPS = /(?<![\d.])(?:(?:\+|00)\d{1,3}[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){2,4}(?![\d.])/
const EXTENSION_AFTER = /^[ \t]*\(?(?:ext|extn|tlf|lokal|durchwahl|poste)\.?[ \t]*\d/i
// An IP named, alone or in a key (`IP`, `client_ip`, `ipv4_addr`), or a word for what has one (`hostname`, `server`); not
// `client` or `host` alone, a chat's speakers as often (`Client: Bel 02.200.15.79`).
const IP_NAMED = /(?<![a-z])(?:ip(?:v4)?|hostname|server|gateway|router|subnet|netmask|dns)(?![a-z])/i

/**
 * Whether four dotted pairs are a phone number written so: after a phone's sign, before an extension, under a phone's
 * column, or listed after a name (not where an IP is named before them, `ipNamed`).
 */
function pairsPhone(text: string, start: number, end: number, ipNamed: boolean): boolean {
  if (PHONE_SIGN.test(text.slice(Math.max(0, start - 6), start)) || EXTENSION_AFTER.test(text.slice(end, end + 12))) return true
  const label = labelledValueOf(text, start, end)?.label
  if (label !== undefined) return PHONE_LABELS.test(label)
  if (ipNamed || !NAME_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false
  const lineStart = text.lastIndexOf("\n", start - 1) + 1
  const lineEnd = text.indexOf("\n", end)
  // Or ending the line a name opens them on (`naboen min Tone Solberg, 98.84.83.28`): whom to call, if a phone reads them.
  if (end === (lineEnd < 0 ? text.length : lineEnd)) return true
  return PHONE_GROUPS.test(text.slice(lineStart, start)) || PHONE_GROUPS.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))
}

/**
 * Whether a prefix length right after an address makes it a network block, not a host (`10.20.0.0/16`, `2001:db8::/32`):
 * every bit past the prefix is zero, and the prefix leaves more than two addresses. A block names a range many hosts
 * share, a firewall's or a route's, no one's device; an address with its prefix and host bits set is one interface
 * (`inet 192.168.4.17/24`), and stays found.
 */
function networkBlock(text: string, end: number, bits: number[], width: number): boolean {
  const m = /^\/(\d{1,3})(?!\d)/.exec(text.slice(end, end + 5))
  if (!m) return false
  const prefix = Number(m[1])
  if (prefix > width - 2) return false
  // The bits past the prefix, group by group (v4: octets of 8 bits; v6: groups of 16).
  const size = width / bits.length
  return bits.every((group, i) => {
    const hostBits = Math.min(size, Math.max(0, (i + 1) * size - prefix))
    return hostBits === 0 || group % 2 ** hostBits === 0
  })
}
// The groups of a v6 address, `::` filled with zeros (ipv6Valid has passed it; a dotted tail read as two groups).
function v6Groups(value: string): number[] {
  const tail = /:(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(value)
  const body = tail ? `${value.slice(0, tail.index)}:${(Number(tail[1]) * 256 + Number(tail[2])).toString(16)}:${(Number(tail[3]) * 256 + Number(tail[4])).toString(16)}` : value
  const [head = "", rest] = body.split("::")
  const left = head ? head.split(":") : []
  const right = rest ? rest.split(":") : []
  const groups = rest === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
  return groups.map((g) => parseInt(g, 16))
}

/** IPv4 (dotted quad, not inside a longer dotted run such as a version) and IPv6, full or `::`-compressed. */
export const ipAddress = defineRecognizer({
  type: "IP_ADDRESS",
  name: "ip-address",
  score: 0.9,
  // An IPv6 address may be hex letters and colons only (`fe::ab`).
  requires: /[\d:]/,
  find(text) {
    const out: Candidate[] = []
    for (const m of matchesAt(V4_SHAPE, text, digitRuns(text).dotted)) {
      // `v1.2.3.4`, `version 1.2.3.4`, `build 1.2.3.4` are versions.
      if (!V4.test(m[0]) || /(?:\bv|version\s|build\s)$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue
      if (networkBlock(text, m.index + m[0].length, m[0].split(".").map(Number), 32)) continue
      // Poland's or Spain's groupings right after a call word in running text are a phone (`proszę dzwonić pod
      // 12.223.93.56`); not after a key, a link or an IP's name (`src=203.81.89.29`, `"client_ip":"10.239.14.78"`).
      if (NATIONAL_DOTTED.test(m[0]) && WORD_SPACE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && PHONE_WORDS.test(text, Math.max(0, m.index - 20), m.index) && !IP_NAMED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
      if (PAIRS.test(m[0])) {
        // Four pairs after a phone word are a Danish or Norwegian number written with dots (`ring mig på 27.27.63.44`),
        // unless the address is named nearer (`on the phone, on wifi. my IP shows as 10.51.13.11`).
        const ipNamed = IP_NAMED.test(text.slice(Math.max(0, m.index - 30), m.index))
        if (!ipNamed && PHONE_WORDS.test(text, Math.max(0, m.index - 40), m.index)) continue
        // After a phone's sign, under a phone column, or after a name in a line that lists other phone numbers they are
        // more likely a phone number (`leverandør ☎ 90.70.28.29`, `Jørgen 63.20.86.41, Bent 80 89 70 62`): kept at a
        // score a phone's finding of the same span outranks, so that the value is reported as one or the other.
        if (pairsPhone(text, m.index, m.index + m[0].length, ipNamed)) {
          out.push({ start: m.index, end: m.index + m[0].length, score: 0.55 })
          continue
        }
      }
      // A country's calling code right before is a phone number dotted after it (`+46 72.181.16.63`, `0047 41.22.33.44`).
      if (/(?:^|[^\p{L}\p{N}.])(?:\+|00)\d{1,3} $/u.test(text.slice(Math.max(0, m.index - 7), m.index))) continue
      out.push({ start: m.index, end: m.index + m[0].length })
    }
    if (!text.includes(":")) return out
    for (const { index, value } of v6Candidates(text)) {
      if (!networkBlock(text, index + value.length, v6Groups(value), 128)) out.push({ start: index, end: index + value.length })
    }
    return out
  },
})
