// The tenth held-out corpus: reproducible, and every label checked by rules
// written here, apart from the generator's own code.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { type CountryCode, isValidPhoneNumber } from "libphonenumber-js/max"
import { CORPUS_PATH, corpusText } from "../scripts/gen-holdout10.ts"

interface Span {
  start: number
  end: number
}
interface Line {
  id: string
  lang: string
  kind: string
  text: string
  entities: (Span & { type: string })[]
  negatives: (Span & { kind: string })[]
}

const raw = readFileSync(CORPUS_PATH, "utf8")
const lines: Line[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const slice = (l: Line, s: Span) => l.text.slice(s.start, s.end)

const luhnOk = (digits: string) => {
  let sum = 0
  ;[...digits].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 ? 2 : 1)
    sum += d > 9 ? d - 9 : d
  })
  return sum % 10 === 0
}
const brandOk = (d: string) =>
  (/^4/.test(d) && [13, 16, 19].includes(d.length)) ||
  (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(d) && d.length === 16) ||
  (/^3[47]/.test(d) && d.length === 15) ||
  (/^(6011|64[4-9]|65)/.test(d) && d.length >= 16 && d.length <= 19) ||
  (/^35(2[89]|[3-8]\d)/.test(d) && d.length === 16)
const IBAN_LEN: Record<string, number> = { CH: 21, LI: 21, DE: 22, FR: 27, GB: 22, ES: 24, NL: 18, IT: 27, AT: 20 }
const ibanRem = (s: string) => {
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  return [...moved].reduce((r, ch) => (r * 10 + Number(ch)) % 97, 0)
}
const ssnOk = (s: string) => {
  const m = /^(\d{3})([ -]?)(\d{2})\2(\d{4})$/.exec(s)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && m[3] !== "00" && m[4] !== "0000"
}
const ninoOk = (s: string) => {
  const m = /^([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])$/.exec(s)
  if (!m) return false
  const p = m[1]!
  return !/[DFIQUV]/.test(p[0]!) && !/[DFIOQUV]/.test(p[1]!) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)
}
const REGIONS: CountryCode[] = ["US", "CA", "CH", "GB"]
const phoneOk = (s: string) => {
  if (!/^[+0-9(]/.test(s) || !/\d$/.test(s)) return false
  const intl = s.startsWith("00") ? `+${s.slice(2)}` : s
  if (intl.startsWith("+")) return isValidPhoneNumber(intl)
  return REGIONS.some((r) => isValidPhoneNumber(s, r))
}
const NAME_WORDS = ["may", "will", "bill", "mark", "rose", "grace", "hope", "faith", "joy", "chase", "summer", "april", "june"]

const CHECK: Record<string, (s: string) => boolean> = {
  CARD: (s) => /^\d[\d -]+\d$/.test(s) && luhnOk(s.replace(/\D/g, "")) && brandOk(s.replace(/\D/g, "")),
  IBAN: (s) => {
    const c = s.replace(/ /g, "")
    return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length && ibanRem(c) === 1
  },
  US_SSN: ssnOk,
  UK_NINO: ninoOk,
  PHONE: phoneOk,
  IP_ADDRESS: (s) => isIP(s) !== 0,
  EMAIL: (s) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(s) && !s.endsWith("."),
  PERSON: (s) => /^\p{L}[\p{L}\p{M}' -]*\p{L}$/u.test(s) && !/^(Mr|Mrs|Ms|Dr|Mme|M|Sr|Sra|Frau|Herr)[. ]/.test(s),
}

describe("pii-holdout10 corpus", () => {
  test("the generator reproduces corpus.jsonl byte for byte", () => {
    expect(corpusText() === raw).toBe(true)
  })

  test("lines have exactly the documented fields, unique ids, known langs and kinds", () => {
    const ids = new Set<string>()
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
      expect(["en", "es", "fr", "de"]).toContain(l.lang)
      expect(l.id).toMatch(new RegExp(`^${l.lang}-${l.kind}-\\d{4}$`))
      ids.add(l.id)
    }
    expect(ids.size).toBe(lines.length)
    expect(lines.length).toBeGreaterThanOrEqual(400)
  })

  test("every span is inside its text, trimmed, in order, and never overlaps another", () => {
    for (const l of lines) {
      const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        expect(0 <= s.start && s.start < s.end && s.end <= l.text.length).toBe(true)
        expect(slice(l, s)).toBe(slice(l, s).trim())
        if (i > 0) expect(all[i - 1]!.end <= s.start).toBe(true)
      }
      const starts = l.entities.map((e) => e.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  test("every entity holds a value that passes its type's rules", () => {
    const bad: string[] = []
    for (const l of lines) for (const e of l.entities) if (!CHECK[e.type]?.(slice(l, e))) bad.push(`${l.id} ${e.type} ${slice(l, e)}`)
    expect(bad).toEqual([])
  })

  test("checksum lookalikes fail their checksum, and the other lookalikes are what they say", () => {
    const bad: string[] = []
    for (const l of lines) {
      for (const n of l.negatives) {
        const v = slice(l, n)
        const digits = v.replace(/\D/g, "")
        const ok =
          n.kind === "luhn-invalid" ? digits.length >= 13 && !luhnOk(digits)
          : n.kind === "iban-checksum" ? IBAN_LEN[v.slice(0, 2)] === v.replace(/ /g, "").length && ibanRem(v.replace(/ /g, "")) !== 1
          : n.kind === "ssn-invalid" ? /^\d{3}-\d{2}-\d{4}$/.test(v) && !ssnOk(v)
          : n.kind === "sin" ? /^\d{3} \d{3} \d{3}$/.test(v) && luhnOk(digits) && !ssnOk(v)
          : n.kind === "last-four" ? /^\d{4}$/.test(v)
          : n.kind === "name-word" ? NAME_WORDS.includes(v.toLowerCase())
          : n.kind === "vanity-number" ? /[A-Z]{2}/.test(v) && !phoneOk(v)
          : true
        if (!ok) bad.push(`${l.id} ${n.kind} ${v}`)
      }
    }
    expect(bad).toEqual([])
  })

  test("no long digit run and no address is left without a label or a negative", () => {
    const missed: string[] = []
    for (const l of lines) {
      const spans = [...l.entities, ...l.negatives]
      const covered = (s: number, e: number) => spans.some((x) => x.start < e && s < x.end)
      for (const m of l.text.matchAll(/\d(?:[\d.\-/]|[ ](?=\d))*\d/g)) {
        if (m[0].replace(/\D/g, "").length >= 7 && !covered(m.index, m.index + m[0].length)) missed.push(`${l.id} ${m[0]}`)
      }
      for (const m of l.text.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)) {
        if (!l.entities.some((e) => e.type === "EMAIL" && e.start === m.index)) missed.push(`${l.id} ${m[0]}`)
      }
    }
    expect(missed).toEqual([])
  })

  test("the corpus holds what the brief asks for", () => {
    const types = new Map<string, number>()
    const kinds = new Set<string>()
    let astral = 0
    let lowerPerson = 0
    for (const l of lines) {
      for (const e of l.entities) types.set(e.type, (types.get(e.type) ?? 0) + 1)
      for (const n of l.negatives) kinds.add(n.kind)
      if (l.entities.some((e) => /[\u{10000}-\u{10FFFF}]|\u0301|\u0308/u.test(l.text.slice(0, e.start)))) astral++
      lowerPerson += l.entities.filter((e) => e.type === "PERSON" && /^\p{Ll}/u.test(slice(l, e))).length
    }
    for (const t of ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]) expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(10)
    for (const k of ["luhn-invalid", "iban-checksum", "ssn-invalid", "sin", "last-four", "name-word", "vanity-number", "ndc", "rx-number", "driver-licence", "plate", "zip", "postal-code"])
      expect(kinds).toContain(k)
    expect(astral).toBeGreaterThanOrEqual(40)
    expect(lowerPerson).toBeGreaterThanOrEqual(20)
    expect(lines.filter((l) => l.lang === "en" || l.lang === "es").length / lines.length).toBeGreaterThan(0.6)
  })
})
