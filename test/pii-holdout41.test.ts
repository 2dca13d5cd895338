// holdout41: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout41.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, nationalOk, phoneValidIn, realDate, unspoken,
} from "./holdout41-validators.ts"

const { raw, recs, val, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)

const SHAPE: Record<string, (v: string) => boolean> = {
  "boiler-serial": (v) => /^(\d{2}[A-Z]\d{6}|WB\d{4} \d{5}|SN-\d{3}\/\d{4}\/\d{2}|\d{4}-\d{3}-\d{4})$/.test(v),
  "boiler-model": (v) => /^[A-Za-z][A-Za-z ]+ \d{2}(i|C|-4| kW|R)$/.test(v),
  "engineer-reg": (v) => /^(\d{7}|GS-\d{6}|ENG\/\d{5}|OFTEC C\d{5}|\d{3} \d{4})$/.test(v),
  "job-ref": (v) => /^(JOB-2[4-6]-\d{5}|CO\/\d{4}\/[A-Z]|J2[4-6]\d{5}|2[4-6]\/\d{5}|\d{3}-\d{3}-\d{3})$/.test(v),
  pressure: (v) => /^[0-2][.,]\d bar$/.test(v),
  "frame-number": (v) => /^([A-Z]{3}\d{3}[A-Z]\d{4}[A-Z]|BSX-\d{5}|FN \d{4} \d{6}|\d{2}[A-Z]{2}\d{6})$/.test(v),
  "dock-id": (v) => /^(D-\d{4}|ST\d{3}\/\d{2}|\d{1,2}[ABC]|DK-\d{2}-\d{1,2})$/.test(v),
  "workshop-ref": (v) => /^(WS-\d{4}|REP\/2[4-6]\/\d{4}|W\d{6}|\d{4} \d{4})$/.test(v),
  "membership-ref": (v) => /^(MEM-\d{6}|FR-2[4-6]-\d{4}|M\d{7}|\d{3}-\d{3}-\d{4})$/.test(v),
  "gift-aid-ref": (v) => /^(GA-\d{7}|GAD\/\d{2}\/\d{4}|GA\d{4}[A-Z]{2}|\d{4} \d{3} \d{3})$/.test(v),
  accession: (v) => /^((19|20)\d\d\.\d{1,3}\.\d{1,2}[ab]?|L\.20\d\d\.\d{1,2}|E\.\d{3}-(19|20)\d\d)$/.test(v),
  "candidate-number": (v) => /^(\d{4}|\d{5}\/\d{4})$/.test(v),
  "centre-number": (v) => /^(\d{5}|[A-Z]{2}\d{3})$/.test(v),
  grade: (v) => /^(A\*|A|B\+|C|7|9|4\+|Merit|Distinction)$/.test(v),
  score: (v) => /^(\d{2}\/80|\d{2}%|\d[.,]5\/5|\d{2,3}\/180)$/.test(v),
  date: realDate,
  time: (v) => /^\d{1,2}[:.]\d{2}( ?(am|pm|AM|PM))?$/.test(v),
  "time-range": (v) => /^\d{1,2}[:.]\d{2} ?[–-] ?\d{1,2}[:.]\d{2}( ?(am|pm|AM|PM))?$/.test(v),
  duration: (v) => /^\d{1,2}( ?\p{L}+\.?)( ?\d{1,2} ?\p{L}+\.?)?$/u.test(v),
  version: (v) => /^\d\.\d{1,2}\.\d{1,2}$/.test(v),
  timestamp: (v) => /^2026-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?(Z|[+-]\d\d:\d\d)$/.test(v) && !Number.isNaN(Date.parse(v)),
  amount: (v) => /\d/.test(v) && /(£|GBP|\$|AUD|R|ZAR|KSh|Ksh|KES|₦|N|NGN|SGD|USD|kr|SEK|€|euroa|eurot|zł|PLN|Kč|CZK|lei|RON|EUR|₽|руб|TL|₺|euro|CHF|Fr\.|Euro|euros|pesos|CLP|COP|R\$)/.test(v),
  postcode: (v) => /^([A-Z]{1,2}\d{1,2} \d[A-Z]{2}|\d{3} \d{2}|\d{4,7}|\d{2}-\d{3}|\d{5}-\d{3})$/.test(v),
}

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: /[\p{L}\p{N}]/u })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
  })
  test("IBAN: length, mod 97, Belgium's and Spain's national check, a country the locale's texts bank in", () => {
    const banks: Record<string, string> = { AU: "GB", ZA: "GB", KE: "GB", NG: "GB", SG: "GB", CL: "ES", CO: "ES" }
    for (const { r, v } of of("IBAN")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      expect(isIban(v) && nationalOk(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2), `${r.id} ${v}`).toBe(banks[cc] ?? cc)
    }
  })
  test("US_SSN: area, group and serial rules, with SSN written just before", () => {
    for (const { r, e, v } of of("US_SSN")) {
      expect(isSsn(v), `${r.id} ${v}`).toBe(true)
      expect(/ssn/i.test(before(r, e, 12)), `${r.id} ${v}`).toBe(true)
    }
  })
  test("UK_NINO: allowed prefixes and suffix", () => {
    for (const { r, v } of of("UK_NINO")) expect(isNino(v), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
  })
  test("EMAIL: an address, without <>", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid in the locale's country; a voicemail's once read back, a wa.me link's with its +", () => {
    for (const { r, e, v } of of("PHONE")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      const read = r.kind === "voicemail" ? unspoken(v) : before(r, e, 6) === "wa.me/" ? `+${v}` : v
      expect(phoneValidIn(read, [cc]), `${r.id} ${v}`).toBe(true)
      expect(/^(\+|\(|\d|[a-z])/.test(v) && /(\d|[a-z])$/.test(v), `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, space, initials' dots; no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'. -]*[\p{L}\p{M}]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|herr|fru|herra|rouva|hr|pr|pan|pani|paní|dl|dna|g|gđa|κ|κα|г-н|г-жа|Sn|sig|sig\.ra|Sr|Sra|dhr|mevr|Herr|Frau)\.?\s/.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
})

test("every whole-word use of a name part lies inside a PERSON or EMAIL label or a name-word negative", () => {
  expect(built.length).toBe(recs.length)
  const lower = (s: string) => s.split("").map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join("")
  built.forEach((b, i) => {
    const r = recs[i]!
    const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word")]
    const hay = lower(r.text)
    for (const part of b.parts.filter((p) => p.length >= 3).map(lower)) {
      for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
        if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
        expect(ok.some((s) => s.start <= at && at + part.length <= s.end), `${r.id} ${part} at ${at}`).toBe(true)
      }
    }
  })
})

describe("lookalikes", () => {
  test("pass their own shape, and fail the check of what they look like", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      const d = digitsOf(v)
      if (n.kind === "luhn-invalid") expect(/^\d{4}([ -]?\d{4}){3}$/.test(v) && issuer(d) && !luhn(d), where).toBe(true)
      else if (n.kind === "iban-checksum") expect(ibanShape(v) && ibanRemainder(v) !== 1, where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v), where).toBe(true)
      else if (n.kind !== "name-word") expect(SHAPE[n.kind]?.(v) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; no business number is a valid phone in any country of the corpus, nor a Luhn pass", () => {
    const everyday = new Set(["date", "time", "time-range", "timestamp", "amount", "version", "name-word", "postcode", "duration", "ssn-invalid", "nino-invalid", "pressure", "score", "grade"])
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (everyday.has(n.kind)) continue
      if (/^[\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digitsOf(v).length >= 12 && n.kind !== "luhn-invalid") expect(luhn(digitsOf(v)), where).toBe(false)
    }
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types", () => {
    expect(recs.length).toBeGreaterThanOrEqual(450)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(26)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(12)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.domain, (biz.get(b.domain) ?? 0) + 1)
    expect([...biz.keys()].sort()).toEqual(["bikes", "boiler", "museum", "tutoring"])
    for (const n of biz.values()) expect(n).toBeGreaterThanOrEqual(100)
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
  })
  test("each hard negative the brief lists, 20 or more (invalid SSNs and NINOs 3 or more), and 40 texts with no PII at all", () => {
    for (const k of Object.keys(SHAPE).concat(["luhn-invalid", "iban-checksum", "name-word"])) expect(negCount(k), k).toBeGreaterThanOrEqual(20)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBeGreaterThanOrEqual(40)
  })
  test("names: lower case, surname first in capitals, Greek and Cyrillic, particles, hyphens, initials, third parties", () => {
    const persons = of("PERSON").map((x) => x.v)
    expect(persons.filter((v) => v === v.toLocaleLowerCase() && /\p{Ll}/u.test(v)).length).toBeGreaterThanOrEqual(60)
    expect(persons.filter((v) => /^[\p{Lu}'-]{2,}( [\p{Lu}'-]+)* \p{Lu}\p{Ll}/u.test(v)).length).toBeGreaterThanOrEqual(30)
    expect(persons.filter((v) => /\p{Script=Greek}/u.test(v)).length).toBeGreaterThanOrEqual(20)
    expect(persons.filter((v) => /\p{Script=Cyrillic}/u.test(v)).length).toBeGreaterThanOrEqual(20)
    for (const re of [/\bvan der\b/i, /\bdu\b/i, /\bap\b/, /Van den/, /\bDe\b/, /\bda\b|\bdos\b/, /\p{L}-\p{L}/u, /^\p{Lu}\. /u, /^\p{Lu}\.\p{Lu}\. /u, /O'/])
      expect(persons.some((v) => re.test(v)), String(re)).toBe(true)
    const role = /(Engineer|Mechanic|Curator|tutor|rider|Montören|Mekanikern|Intendenten|Läraren|Asentaja|Mekaanikko|Amanuenssi|Opettaja|Tehnik|Mehaanik|Kuraator|Õpetaja|Serwisant|Mechanik|Kurator|Korepetytor|Technik|Kurátor|Lektor|Мастер|Механик|Куратор|Репетитор|Instalatorul|Mecanicul|Curatorul|Profesorul|Serviser|Mehaničar|Kustos|Instruktor|τεχνικός|μηχανικός|επιμελήτρια|καθηγητής|Teknisyen|Tamirci|Küratör|Öğretmen|tecnico|meccanico|curatrice|técnico|mecánico|conservadora|profesor|curadora|Technieker|Mecanicien|Conservator|Bijlesgever|Monteur|Mechaniker|Kuratorin|Nachhilfelehrer|Installateur|mecânico|professor|Eng\.\/Staff|membership desk|night team)/
    const cued = ents.filter(({ r, e }) => e.type === "PERSON" && role.test(before(r, e, 30)))
    expect(cued.length).toBeGreaterThanOrEqual(100)
  })
  test("the brief's words as ordinary words, places or business names, and as names", () => {
    const words = new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.toLowerCase()))
    const list = ["grace", "hope", "rose", "will", "may", "bill", "faith", "joy", "sunny", "dawn", "frank", "mark", "victoria", "florence", "paris"]
    for (const w of list) expect(words.has(w), `${w} as a word`).toBe(true)
    const names = new Set(of("PERSON").flatMap((x) => x.v.toLowerCase().split(" ")))
    expect(list.filter((w) => names.has(w)).length).toBeGreaterThanOrEqual(10)
  })
  test("emoji right before a span in 80+ texts; accented, Greek or Cyrillic text before a span in 150+", () => {
    const emo = /[\p{Extended_Pictographic}\u{FE0F}] ?$/u
    expect(recs.filter((r) => r.entities.some((e) => emo.test(before(r, e, 4)))).length).toBeGreaterThanOrEqual(80)
    expect(recs.filter((r) => r.entities.some((e) => /[^\x00-\x7f]/.test(r.text.slice(0, e.start)) && /\p{L}/u.test(r.text.slice(0, e.start)))).length).toBeGreaterThanOrEqual(150)
  })
  test("phones in the ways people write them", () => {
    const count = (f: (v: string, r: Rec, e: Span) => boolean) => of("PHONE").filter(({ v, r, e }) => f(v, r, e)).length
    const forms: Array<[string, (v: string, r: Rec, e: Span) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["(", (v) => v.startsWith("(")], ["(0)", (v) => v.includes("(0)")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => /\d-\d/.test(v)], ["slashes", (v) => /\d\/\d/.test(v)], ["compact", (v) => /^\+?\d{8,}$/.test(v)],
      ["said", (v) => /^[a-z]/.test(v)], ["paused", (v, r) => r.kind === "voicemail" && /^[+\d]/.test(v)], ["line break", (v) => v.includes("\n")],
      ["tel:", (_, r, e) => before(r, e, 4) === "tel:"], ["wa.me", (_, r, e) => before(r, e, 6) === "wa.me/"],
      ["in brackets after a name", (_, r, e) => before(r, e, 2) === " (" && r.entities.some((o) => o.type === "PERSON" && o.end === e.start - 2)],
      ["two on one line", (_, r, e) => r.entities.some((o) => o.type === "PHONE" && o.start > e.end && o.start - e.end < 12)],
      ["extension after", (_, r, e) => /^,? (ext\.|x|doorkies|ankn\.|alanro|sisenumber|wewn\.|linka|доб\.|interior|lokal|εσωτ\.|dahili|int\.|intern|DW|anexo|ramal) \d/.test(r.text.slice(e.end, e.end + 16))],
      ["No./Nr. before", (_, r, e) => /(No\.|Nr\.|nr\.?|nro|č\.|№|br\.|αρ\.|No:|n\.|n\.º|N°|nº) $/.test(before(r, e, 6))],
    ]
    for (const [label, f] of forms) expect(count(f), label).toBeGreaterThanOrEqual(5)
    expect(recs.filter((r) => r.kind === "voicemail" && r.entities.some((e) => e.type === "PHONE")).length).toBeGreaterThanOrEqual(25)
  })
})
