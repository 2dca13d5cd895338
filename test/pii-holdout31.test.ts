// holdout31: the corpus regenerates byte for byte, and every label and
// lookalike passes validators written apart from the generator (they read
// only the final text). See test/fixtures/pii-holdout31/README.md.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { CORPUS_PATH, buildAll, buildCorpus } from "../scripts/gen-holdout31.ts"
import * as I from "./holdout31-ids.ts"
import * as V from "./holdout31-validators.ts"

interface Span {
  start: number
  end: number
}
interface Rec {
  id: string
  lang: string
  kind: string
  text: string
  entities: (Span & { type: string })[]
  negatives: (Span & { kind: string })[]
}

const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"]
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const LANGS = ["en", "es", "pt", "fr", "de", "da", "nb", "fi", "et", "sk", "uk", "hr"]
const built = buildAll()
const file = readFileSync(CORPUS_PATH, "utf8")
const recs: Rec[] = file.trimEnd().split("\n").map((l) => JSON.parse(l))
const slice = (r: Rec, s: Span) => r.text.slice(s.start, s.end)
const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, s: slice(r, e) })))
const negs = recs.flatMap((r) => r.negatives.map((n) => ({ r, n, s: slice(r, n) })))

const WORDY = /[\p{L}\p{N}]/u
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
/** The base character before offset `i`, skipping combining marks. */
function baseBefore(text: string, i: number): string {
  let j = i
  while (j > 0 && /\p{M}/u.test(text[j - 1]!)) j--
  return j > 0 ? text[j - 1]! : " "
}
function boundaryOk(text: string, s: Span, phone: boolean): boolean {
  const before = baseBefore(text, s.start)
  const after = text[s.end] ?? " "
  const beforeOk = !WORDY.test(before) || (phone && /\p{L}/u.test(before))
  return beforeOk && !WORDY.test(after) && !/\p{M}/u.test(after)
}

describe("holdout31: file and format", () => {
  test("regenerates byte for byte", () => {
    expect(buildCorpus()).toBe(file)
    expect(buildAll().map((b) => b.line).join("\n") + "\n").toBe(file)
  })

  test("ids, langs, kinds and types", () => {
    expect(new Set(recs.map((r) => r.id)).size).toBe(recs.length)
    for (const r of recs) {
      expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`))
      expect(LANGS).toContain(r.lang)
      expect(KINDS).toContain(r.kind)
      for (const e of r.entities) expect(TYPES).toContain(e.type)
    }
  })

  test("spans in bounds, trimmed, in order, not overlapping, on word boundaries, whole code points", () => {
    for (const r of recs) {
      const all = [...r.entities.map((e) => ({ ...e, phone: e.type === "PHONE" })), ...r.negatives.map((n) => ({ ...n, phone: false }))].sort((a, b) => a.start - b.start)
      for (const list of [r.entities, r.negatives]) for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end)
      for (let i = 0; i < all.length; i++) {
        const s = all[i]!
        const t = slice(r, s)
        expect(s.start >= 0 && s.end <= r.text.length && s.start < s.end).toBe(true)
        expect(t).toBe(t.trim())
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(all[i - 1]!.end)
        for (const o of [s.start, s.end]) expect(isHigh(r.text.charCodeAt(o - 1)) && o > 0).toBe(false)
        if (!boundaryOk(r.text, s, s.phone)) throw new Error(`${r.id}: span [${t}] not on word boundaries`)
      }
    }
  })

  test("json texts parse; csv rows have as many cells as the header", () => {
    for (const r of recs.filter((x) => x.kind === "json")) expect(() => JSON.parse(r.text)).not.toThrow()
    for (const r of recs.filter((x) => x.kind === "csv")) {
      const widths = r.text.split("\n").map((row) => row.match(/("[^"]*"|[^,]*)(,|$)/g)!.filter((c) => c !== "").length)
      expect(new Set(widths).size).toBe(1)
    }
  })

  test("buildAll agrees with the file: negatives-only texts hold no entity", () => {
    expect(built.length).toBe(recs.length)
    built.forEach((b, i) => {
      expect(recs[i]!.text).toBe(recs[i]!.text.normalize(b.flags.nfd ? "NFD" : "NFC"))
      expect(JSON.parse(b.line).id).toBe(recs[i]!.id)
      expect(recs[i]!.entities.length === 0).toBe(b.negOnly)
    })
  })
})

describe("holdout31: every label is what it says", () => {
  test("cards, IBANs, SSNs, NINOs, IPs, emails", () => {
    for (const { r, e, s } of ents) {
      const ok = { CARD: V.cardOk, IBAN: V.ibanOk, US_SSN: V.ssnOk, UK_NINO: V.ninoOk, IP_ADDRESS: V.ipOk, EMAIL: V.emailOk }[e.type as "CARD"]
      if (ok && !ok(s)) throw new Error(`${r.id}: ${e.type} [${s}] fails its validator`)
    }
  })

  test("an SSN has its cue (SSN/social within 120 characters before, or a CSV header / JSON, YAML or log key)", () => {
    for (const { r, e } of ents.filter((x) => x.e.type === "US_SSN")) {
      const before = r.text.slice(Math.max(0, e.start - 120), e.start)
      const keyed = ["csv"].includes(r.kind) ? /ssn|social/i.test(r.text.split("\n")[0]!) : ["json", "yaml", "log"].includes(r.kind) && /(ssn|social)[^\n]{0,6}$/i.test(before)
      expect(/\b(SSN|social)/i.test(before) || keyed).toBe(true)
      expect(r.lang).toBe("en")
    }
  })

  test("phones are valid for the text's regions (libphonenumber-js/max) and keep extensions out", () => {
    for (const { r, s } of ents.filter((x) => x.e.type === "PHONE")) {
      if (!V.phoneValidIn(s, r.lang)) throw new Error(`${r.id}: phone [${s}] not valid for ${r.lang}`)
      expect(/ext|x\d|poste|ramal|lokal|intern|дод/i.test(s)).toBe(false)
      expect(/^[+0-9(a-z]/.test(s) && /[0-9a-z]$/.test(s)).toBe(true)
    }
  })

  test("SSNs only in Texas and Florida texts, NINOs only for UK people (Northern England, Wales)", () => {
    built.forEach((b, i) => {
      const types = new Set(recs[i]!.entities.map((e) => e.type))
      if (types.has("US_SSN")) expect(["TX", "FL"]).toContain(b.region)
      if (types.has("UK_NINO")) expect(["NENG", "WLS"]).toContain(b.region)
    })
  })

  test("persons are names: letters, no digits, no @", () => {
    for (const { r, s } of ents.filter((x) => x.e.type === "PERSON")) if (!/^\p{L}[\p{L}\p{M}' .-]*$/u.test(s)) throw new Error(`${r.id}: PERSON [${s}]`)
  })

  test("every name part lies inside a PERSON or EMAIL label, or a name-word or date negative (case-insensitive, NFC and NFD)", () => {
    built.forEach((b, i) => {
      const r = recs[i]!
      const hay = r.text.toLowerCase()
      expect(hay.length).toBe(r.text.length)
      const cover = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word" || n.kind === "date")]
      for (const part of b.nameParts)
        for (const form of ["NFC", "NFD"]) {
          const needle = part.normalize(form).toLowerCase()
          for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
            const whole = !/[\p{L}\p{M}\p{N}]/u.test(hay[at - 1] ?? " ") && !/[\p{L}\p{M}\p{N}]/u.test(hay[at + needle.length] ?? " ")
            if (whole && !cover.some((c) => c.start <= at && at + needle.length <= c.end)) throw new Error(`${r.id}: name part "${part}" at ${at} is not inside a label`)
          }
        }
    })
  })
})

const WORD_NAMES = ["May", "Will", "Bill", "Mark", "Rose", "Grace", "Hope", "Joy", "Dawn", "Sunny", "Rich", "Guy", "Art", "Frank", "Wade", "Chase", "Summer", "Luz", "Dolores", "Rosario", "Soledad", "Graça", "Glória", "Sol", "Liv", "Onni", "Tuuli", "Віра", "Надія", "Любов", "Nada", "Zora", "Viera"]
const low = (s: string) => s.normalize("NFC").toLowerCase()

/** Each lookalike kind's own check, on the span's text. */
const OWN: Record<string, (s: string, lang: string) => boolean> = {
  microchip: (s) => /^\d{3}([ -]?\d{3,4}){3,4}$/.test(s) && V.digitsOf(s).length === 15,
  "pet-policy": (s) => /^(PET-[A-Z]{2}-\d{8}|PP\d{3} \d{4} \d{2}|VP\/\d{4}\/\d{5})$/.test(s),
  "claim-no": (s) => /^(CLM-\d{4}-\d{6}|C\d{9}|\d{4}\/\d{5})$/.test(s),
  plate: (s) => s.length >= 4 && s.length <= 12 && /\p{L}/u.test(s) && /\d/.test(s),
  "rental-agreement": (s) => /^(RA |R)?[\d -]+$/.test(s) && V.digitsOf(s).length === 10,
  vin: I.vinOk,
  "meter-no": (s) => /^[A-Z0-9 ]+$/.test(s) && s.replace(/ /g, "").length >= 8 && s.replace(/ /g, "").length <= 11,
  "meter-reading": (s) => /^\d{2,6}( \d{3})?(\.\d)?$/.test(s),
  "account-no": (s) => /^[\d -]+$/.test(s) && V.digitsOf(s).length >= 10 && V.digitsOf(s).length <= 12,
  mprn: (s) => /^10/.test(V.digitsOf(s)) && V.digitsOf(s).length === 11,
  mpan: I.mpanOk,
  gsrn: I.gsrnOk,
  "supply-no": (s) => /^[A-Z]{2}\d{12}$/.test(s),
  "student-id": (s) => /^(S\d{10}|\d{8}|u\d{7}|\d{2}-\d{5}-\d{2})$/.test(s),
  "application-no": (s) => /^(APP-\d{2}-\d{6}|\d{4}-ADM-\d{5}|A\d{8})$/.test(s),
  "ucas-id": (s) => /^\d{3}-\d{3}-\d{4}$/.test(s),
  "room-code": (s) => /^[A-Z]{1,2}\d?[-/]\d{1,3}(\.\d{2}|\/\d{2})?$/.test(s),
  date: (s, lang) => V.dateOk(s, lang),
  time: (s) => V.timeOk(s),
  timestamp: V.timestampOk,
  amount: V.amountOk,
  version: V.versionOk,
  "card-luhn-fail": (s) => /^\d[\d -]*\d$/.test(s) && V.iinOk(V.digitsOf(s)) && !V.luhnOk(V.digitsOf(s)),
  "iban-bad-check": (s) => V.ibanShape(s) && V.ibanMod(s) !== 1,
  "ssn-invalid": (s) => !!V.ssnParts(s) && !V.ssnOk(s),
  "nino-invalid": (s) => !!V.ninoShape(s) && !V.ninoOk(s),
  ppsn: I.ppsnOk, "nhs-number": I.nhsOk, "aba-routing": I.abaOk, "ghana-card": (s) => /^GHA-\d{9}-\d$/.test(s), hkid: I.hkidOk,
  "bb-nrn": (s) => /^\d{6}-\d{4}$/.test(s) && Number(s.slice(2, 4)) >= 1 && Number(s.slice(2, 4)) <= 12, ird: I.irdOk, curp: I.curpOk, dni: I.dniOk,
  cuit: I.cuitOk, cpf: I.cpfOk, nas: I.nasOk, ahv: I.ahvOk, cpr: I.cprOk, fnr: I.fnrOk, hetu: I.hetuOk, isikukood: I.isikukoodOk,
  "rodne-cislo": I.rodneOk, rnokpp: I.rnokppOk, oib: I.oibOk,
  "name-word": (s) => WORD_NAMES.some((w) => low(w) === low(s)),
  "pet-name": (s) => /^\p{Lu}\p{Ll}+$/u.test(s.normalize("NFC")),
  business: (s) => /\p{L}{3}/u.test(s) && !/@/.test(s),
}
const LOOSE = new Set(["date", "time", "timestamp", "amount", "version", "name-word", "pet-name", "business"])

describe("holdout31: lookalikes", () => {
  test("every negative passes its own check", () => {
    for (const { r, n, s } of negs) {
      const own = OWN[n.kind]
      if (!own) throw new Error(`${r.id}: no check for negative kind ${n.kind}`)
      if (!own(s.normalize("NFC"), r.lang)) throw new Error(`${r.id}: ${n.kind} [${s}] fails its own check`)
    }
  })

  test("no negative is accidentally a labeled type", () => {
    for (const { r, n, s } of negs) {
      const d = V.digitsOf(s)
      const bad = (what: string) => new Error(`${r.id}: ${n.kind} [${s}] is a valid ${what}`)
      if (n.kind !== "card-luhn-fail" && /^\d[\d -]*\d$/.test(s) && d.length >= 13 && d.length <= 19 && V.luhnOk(d) && V.iinOk(d)) throw bad("card")
      if (V.ibanOk(s) || V.ipOk(s) || V.emailOk(s) || V.ssnOk(s) || V.ninoOk(s)) throw bad("IBAN, IP, email, SSN or NINO")
      if (!LOOSE.has(n.kind) && d.length >= 5 && /^[\d\s().+\-/]+$/.test(s) && V.phoneValidIn(s, r.lang)) throw bad("phone")
    }
  })
})

const emojiBefore = (r: Rec, s: Span) => /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E007F}]$/u.test(r.text.slice(Math.max(0, s.start - 12), s.start).replace(/ $/, ""))
const markBefore = (r: Rec, s: Span) => r.text === r.text.normalize("NFD") && /\p{M}/u.test(r.text.slice(0, s.start))

describe("holdout31: counts and diversity", () => {
  const by = (t: string) => ents.filter((x) => x.e.type === t)
  test("texts, types, PHONE share, PERSON, lower-case persons", () => {
    expect(recs.length).toBeGreaterThanOrEqual(440)
    expect(recs.length).toBeLessThanOrEqual(500)
    for (const t of TYPES) expect(by(t).length).toBeGreaterThanOrEqual(20)
    const share = by("PHONE").length / ents.length
    expect(share).toBeGreaterThanOrEqual(0.27)
    expect(share).toBeLessThanOrEqual(0.36)
    expect(by("PERSON").length).toBeGreaterThanOrEqual(1000)
    expect(by("PERSON").filter((x) => /\p{Ll}/u.test(x.s) && !/\p{Lu}/u.test(x.s)).length).toBeGreaterThanOrEqual(40)
  })

  test("kinds, languages, regions, businesses, negatives-only texts", () => {
    expect(new Set(recs.map((r) => r.kind)).size).toBe(14)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(12)
    const en = recs.filter((r) => r.lang === "en").length / recs.length
    expect(en > 0.45 && en < 0.55).toBe(true)
    expect(new Set(built.map((b) => b.region)).size).toBe(22)
    for (const biz of ["vet", "car", "util", "uni"]) expect(Math.abs(built.filter((b) => b.biz === biz).length - 120)).toBeLessThanOrEqual(10)
    const negOnly = recs.filter((r) => r.entities.length === 0).length
    expect(negOnly >= 50 && negOnly <= 70).toBe(true)
  })

  test("emoji before spans in >= 80 texts; NFD combining marks before spans in >= 30", () => {
    expect(recs.filter((r) => [...r.entities, ...r.negatives].some((s) => emojiBefore(r, s))).length).toBeGreaterThanOrEqual(80)
    expect(recs.filter((r) => r.lang !== "en" && r.entities.some((s) => markBefore(r, s))).length).toBeGreaterThanOrEqual(30)
  })

  test("phones in many forms", () => {
    const phones = ents.filter((x) => x.e.type === "PHONE")
    const count = (f: (x: (typeof phones)[number]) => boolean) => phones.filter(f).length
    expect(count((x) => x.s.startsWith("+"))).toBeGreaterThanOrEqual(100)
    expect(count((x) => x.s.startsWith("00"))).toBeGreaterThanOrEqual(10)
    expect(count((x) => x.s.startsWith("("))).toBeGreaterThanOrEqual(10)
    expect(count((x) => /^0\d/.test(x.s))).toBeGreaterThanOrEqual(100)
    expect(count((x) => x.s.includes("(0)"))).toBeGreaterThanOrEqual(5)
    expect(count((x) => /^\d+$/.test(x.s) || /^\+\d+$/.test(x.s))).toBeGreaterThanOrEqual(20)
    expect(count((x) => /\d\/\d/.test(x.s))).toBeGreaterThanOrEqual(3)
    expect(count((x) => /\d\.\d/.test(x.s))).toBeGreaterThanOrEqual(5)
    expect(count((x) => !!V.spokenDigits(x.s))).toBeGreaterThanOrEqual(10)
    expect(count((x) => /[\p{L}:]$/u.test(x.r.text.slice(0, x.e.start)))).toBeGreaterThanOrEqual(5)
    expect(count((x) => /^ ?(\(|x)?(ext|x|poste|ramal|lokal|intern|Durchwahl|alanumero|lisanumber|klapka|kl\.|дод|kućni|lok)/i.test(x.r.text.slice(x.e.end, x.e.end + 12)))).toBeGreaterThanOrEqual(5)
    expect(negs.filter((x) => x.n.kind === "time" && x.r.entities.some((e) => e.type === "PHONE" && x.n.start - e.end <= 3 && x.n.start > e.end && !x.r.text.slice(e.end, x.n.start).includes("\n"))).length).toBeGreaterThanOrEqual(5)
    const ors = ents.filter((x) => x.e.type === "PHONE" && x.r.entities.some((e) => e.type === "PHONE" && e.start > x.e.end && / (or|o|ou|oder|eller|tai|või|alebo|або|ili) $/.test(x.r.text.slice(x.e.end, e.start))))
    expect(ors.length).toBeGreaterThanOrEqual(10)
    expect(new Set(phones.filter((x) => x.r.kind === "csv" || x.r.kind === "table").map((x) => x.r.id)).size).toBeGreaterThanOrEqual(20)
  })

  test("lookalikes: >= 20 Luhn failures, >= 20 bad IBANs, national ids of every region, business numbers", () => {
    const kinds = (k: string) => negs.filter((x) => x.n.kind === k).length
    expect(kinds("card-luhn-fail")).toBeGreaterThanOrEqual(20)
    expect(kinds("iban-bad-check")).toBeGreaterThanOrEqual(20)
    for (const k of ["ssn-invalid", "nino-invalid", "ppsn", "nhs-number", "hkid", "ird", "curp", "cuit", "cpf", "nas", "ahv", "cpr", "fnr", "hetu", "isikukood", "rodne-cislo", "rnokpp", "oib"]) expect(kinds(k)).toBeGreaterThanOrEqual(1)
    for (const k of ["microchip", "pet-policy", "plate", "rental-agreement", "vin", "meter-no", "meter-reading", "account-no", "student-id", "application-no", "room-code", "date", "time", "timestamp", "amount", "version"]) expect(kinds(k)).toBeGreaterThanOrEqual(20)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBeGreaterThanOrEqual(50)
  })

  test("names that are words are used both as names and as words", () => {
    for (const w of WORD_NAMES) {
      const asName = ents.some((x) => x.e.type === "PERSON" && x.s.normalize("NFC").toLowerCase().split(/\s+/).includes(low(w)))
      const asWord = negs.some((x) => x.n.kind === "name-word" && low(x.s) === low(w))
      if (!asName || !asWord) throw new Error(`${w}: as a name ${asName}, as a word ${asWord}`)
    }
  })
})
