// holdout36: the blind corpus regenerates byte for byte, and every label and
// lookalike passes validators written apart from the generator.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { CORPUS_PATH, buildAll, buildCorpus } from "../scripts/gen-holdout36.ts"
import { isCard, isIban, ibanShape, ibanMod, isSsn, isNino, isIpAddr, isEmail, LANG_REGIONS, phoneValidIn, spokenDigits, luhn, cardIin, digitsOf, ID_CHECKS } from "./holdout36-validators.ts"

interface Span { start: number; end: number }
interface Ent extends Span { type: string }
interface Neg extends Span { kind: string }
interface Rec { id: string; lang: string; kind: string; text: string; entities: Ent[]; negatives: Neg[] }

const raw = readFileSync(CORPUS_PATH, "utf8")
const recs: Rec[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const built = buildAll()
const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"]
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const val = (r: Rec, s: Span) => r.text.slice(s.start, s.end)
const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: val(r, e) })))
const negs = recs.flatMap((r) => r.negatives.map((n) => ({ r, n, v: val(r, n) })))
const phones = ents.filter((x) => x.e.type === "PHONE")
const persons = ents.filter((x) => x.e.type === "PERSON")

test("regenerates byte for byte", () => {
  expect(buildCorpus()).toBe(raw)
  expect(built.map((b) => b.line).join("\n")).toBe(raw.trimEnd())
})

test("format: ids, kinds, types, order", () => {
  const ids = new Set<string>()
  for (const r of recs) {
    expect(Object.keys(r)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
    expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`))
    expect(ids.has(r.id)).toBe(false)
    ids.add(r.id)
    expect(KINDS).toContain(r.kind)
    for (const e of r.entities) expect(TYPES).toContain(e.type)
    for (const xs of [r.entities, r.negatives]) for (let i = 1; i < xs.length; i++) expect(xs[i]!.start).toBeGreaterThanOrEqual(xs[i - 1]!.end)
  }
  expect(new Set(recs.map((r) => r.kind)).size).toBe(14)
})

const WORD = /[\p{L}\p{N}\p{M}]/u
test("spans: in bounds, trimmed, non-overlapping, on word boundaries, whole surrogate pairs", () => {
  for (const r of recs) {
    const all = [...r.entities.map((e) => ({ ...e, k: e.type })), ...r.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
    all.forEach((s, i) => {
      const v = val(r, s)
      const where = `${r.id} ${s.k} ${JSON.stringify(v)}`
      expect(s.start >= 0 && s.end <= r.text.length && s.start < s.end, where).toBe(true)
      expect(v.trim(), where).toBe(v)
      if (i > 0) expect(all[i - 1]!.end <= s.start, where).toBe(true)
      const before = r.text[s.start - 1] ?? " "
      expect(WORD.test(r.text[s.end] ?? " "), where).toBe(false)
      if (s.k !== "PHONE") expect(WORD.test(before), where).toBe(false)
      else expect(/\d/.test(before), where).toBe(false)
      const c0 = r.text.charCodeAt(s.start)
      const cEnd = r.text.charCodeAt(s.end - 1)
      expect(c0 >= 0xdc00 && c0 <= 0xdfff, where).toBe(false)
      expect(cEnd >= 0xd800 && cEnd <= 0xdbff, where).toBe(false)
    })
  }
})

describe("labels pass their own validators", () => {
  test("CARD: Luhn, IIN and length", () => {
    for (const { r, v } of ents.filter((x) => x.e.type === "CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
  })
  test("IBAN: mod 97 and country length", () => {
    for (const { r, v } of ents.filter((x) => x.e.type === "IBAN")) expect(isIban(v), `${r.id} ${v}`).toBe(true)
  })
  test("US_SSN: area/group/serial, with SSN or social before, or a key", () => {
    for (const { r, e, v } of ents.filter((x) => x.e.type === "US_SSN")) {
      expect(isSsn(v), `${r.id} ${v}`).toBe(true)
      const before = r.text.slice(Math.max(0, e.start - 120), e.start)
      const keyed = /\bssn\b/i.test(r.text.split("\n")[0]!) || /["\s]?ssn["]?\s*[:=]\s*"?$/i.test(before)
      expect(/ssn|social/i.test(before) || keyed, `${r.id} ${v}`).toBe(true)
    }
  })
  test("UK_NINO: prefixes and suffix", () => {
    for (const { r, v } of ents.filter((x) => x.e.type === "UK_NINO")) expect(isNino(v), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP", () => {
    for (const { r, v } of ents.filter((x) => x.e.type === "IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
  })
  test("EMAIL: an address, without <>", () => {
    for (const { r, v } of ents.filter((x) => x.e.type === "EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid per libphonenumber-js/max in the language's regions (spoken digits read back)", () => {
    for (const { r, v } of phones) {
      const regions = LANG_REGIONS[r.lang]!
      const spoken = spokenDigits(v)
      expect(phoneValidIn(spoken ?? v, regions), `${r.id} ${v}`).toBe(true)
      if (!spoken) expect(/^(\+|00|\(|\d)/.test(v) && /\d$/.test(v), `${r.id} ${v}`).toBe(true)
      else expect(r.lang === "en" && r.kind === "transcript", `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, no title", () => {
    for (const { r, v } of persons) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}' -]*[\p{L}\p{M}]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|M\.|Mme|Herr|Frau|Sr\.|Sra\.|г-жа|г-н)\s/.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
})

test("every name part lies inside a PERSON or EMAIL label, or a name-word/date negative (NFC and NFD)", () => {
  expect(built.length).toBe(recs.length)
  built.forEach((b, i) => {
    const r = recs[i]!
    const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word" || n.kind === "date")]
    const hay = r.text.toLowerCase()
    for (const part of b.nameParts) {
      for (const form of new Set([part.normalize("NFC").toLowerCase(), part.normalize("NFD").toLowerCase()])) {
        for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
          expect(ok.some((s) => s.start <= at && at + form.length <= s.end), `${r.id} ${part} at ${at}`).toBe(true)
        }
      }
    }
  })
})

describe("lookalikes", () => {
  test("pass their own checks", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      const d = digitsOf(v)
      if (n.kind === "card-luhn-fail") expect(d.length === 16 && cardIin(d) && !luhn(d), where).toBe(true)
      if (n.kind === "iban-bad-check") expect(ibanShape(v) && ibanMod(v) !== 1, where).toBe(true)
      if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]$/.test(v) && !isNino(v), where).toBe(true)
      if (n.kind === "mac") expect(/^([0-9A-F]{2}[:-]){5}[0-9A-F]{2}$/.test(v), where).toBe(true)
      if (n.kind === "microchip") expect(d.length, where).toBe(15)
      const check = ID_CHECKS[n.kind]
      if (check) expect(check(v), where).toBe(true)
    }
  })
  test("are not accidentally a labeled type", () => {
    const formatted = new Set(["date", "time", "timestamp", "amount", "meter-reading", "weight", "name-word", "dose"])
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (!formatted.has(n.kind) && /^[+\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, LANG_REGIONS[r.lang]!), where).toBe(false)
    }
  })
  test("each business brings its own numbers, phone-shaped ones among them", () => {
    const kinds = new Set(negs.map((x) => x.n.kind))
    for (const k of ["client-number", "care-plan", "key-safe", "nhs-number", "batch", "dose", "pnr", "flight", "bag-tag", "file-ref", "seat", "weight", "mpan", "mprn", "panel-serial", "inverter-model", "meter-reading", "job-number", "grant-ref", "member-number", "barcode", "class-code", "locker", "dd-mandate", "door-pin"]) expect(kinds.has(k), k).toBe(true)
    const phoneShaped = negs.filter((x) => ["nhs-number", "job-number", "bag-tag", "member-number", "mprn"].includes(x.n.kind))
    expect(phoneShaped.length).toBeGreaterThanOrEqual(100)
  })
})

describe("counts and diversity", () => {
  const count = (t: string) => ents.filter((x) => x.e.type === t).length
  const negCount = (k: string) => negs.filter((x) => x.n.kind === k).length
  test("texts, types, PHONE share, PERSON", () => {
    expect(recs.length).toBeGreaterThanOrEqual(440)
    expect(recs.length).toBeLessThanOrEqual(500)
    for (const t of TYPES) expect(count(t), t).toBeGreaterThanOrEqual(20)
    const share = count("PHONE") / ents.length
    expect(share).toBeGreaterThanOrEqual(0.27)
    expect(share).toBeLessThanOrEqual(0.36)
    expect(count("PERSON")).toBeGreaterThanOrEqual(1000)
  })
  test("lower-case persons, negatives-only texts, lookalike counts", () => {
    const lower = persons.filter((x) => x.v === x.v.toLowerCase()).length
    expect(lower).toBeGreaterThanOrEqual(40)
    const negOnly = recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length
    expect(negOnly).toBeGreaterThanOrEqual(50)
    expect(negOnly).toBeLessThanOrEqual(70)
    expect(built.filter((b) => b.negativesOnly).length).toBe(negOnly)
    expect(negCount("card-luhn-fail")).toBeGreaterThanOrEqual(20)
    expect(negCount("iban-bad-check")).toBeGreaterThanOrEqual(20)
    expect(negCount("name-word")).toBeGreaterThanOrEqual(20)
    expect(negCount("microchip")).toBeGreaterThanOrEqual(10)
  })
  test("emoji before spans in 80+ texts; NFD with combining marks before a span in 30+", () => {
    const emo = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{1F3FB}-\u{1F3FF}] ?$/u
    const withEmoji = recs.filter((r) => r.entities.some((e) => emo.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length
    expect(withEmoji).toBeGreaterThanOrEqual(80)
    const nfd = recs.filter((r) => r.lang !== "en" && r.text !== r.text.normalize("NFC") && r.entities.some((e) => /\p{M}/u.test(r.text.slice(0, e.start)))).length
    expect(nfd).toBeGreaterThanOrEqual(30)
  })
  test("languages: 17+, about half English", () => {
    expect(new Set(recs.map((r) => r.lang)).size).toBeGreaterThanOrEqual(17)
    const en = recs.filter((r) => r.lang === "en").length / recs.length
    expect(en).toBeGreaterThanOrEqual(0.4)
    expect(en).toBeLessThanOrEqual(0.6)
  })
  test("phone forms", () => {
    const forms: Array<[string, (v: string) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["bracket", (v) => v.includes("(")], ["slash", (v) => v.includes("/")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => v.includes("-")], ["compact", (v) => /^\+?\d{7,}$/.test(v)], ["(0)", (v) => v.includes("(0)")],
      ["spoken", (v) => spokenDigits(v) !== null], ["Russian 8 (xxx)", (v) => /^8 \(\d{3}\) /.test(v)], ["Nordic 8 digits", (v) => /^(\d\d \d\d \d\d \d\d|\d{3} \d\d \d{3}|\d{8})$/.test(v)],
      ["spoken double/triple", (v) => /\b(double|triple) /.test(v)],
    ]
    for (const [name, f] of forms) expect(phones.some((x) => f(x.v)), name).toBe(true)
    expect(phones.some(({ r, e }) => /\p{L}/u.test(r.text[e.start - 1] ?? ""))).toBe(true)
    expect(phones.some(({ r, e }) => (r.text[e.start - 1] ?? "") === ":")).toBe(true)
    const orWords = ["or", "eller", "alebo", "vagy", "ali", "или", "arba", "vai", "ou", "o", "oder", "oppure", "edo", "ose", "jew"]
    const joined = recs.filter((r) => r.entities.some((e, i) => {
      const next = r.entities[i + 1]
      return e.type === "PHONE" && next?.type === "PHONE" && orWords.includes(r.text.slice(e.end, next.start).trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))
    }))
    expect(joined.length).toBeGreaterThanOrEqual(20)
  })
  test("speaker tags, cc lines, voicemail openings, em-dash headings", () => {
    const at = (r: Rec, re: RegExp) => [...r.text.matchAll(re)].map((m) => m.index! + m[1]!.length)
    const personAt = (r: Rec, i: number) => r.entities.some((e) => e.type === "PERSON" && e.start === i)
    const tags = recs.filter((r) => at(r, /(^|\n|\] )(?:Agent|Operátor|Оператор|Operatorius|Operators|Agente|Medarbejder|Saksbehandler|Ügyintéző|Operater|Assistente|Sachbearbeiter|Operatore|Langilea|Operatori|Aġent) (?=\S+ \S+:)/gu).some((i) => personAt(r, i + r.text.slice(i).indexOf(" ") + 1)))
    expect(tags.length).toBeGreaterThanOrEqual(20)
    expect(recs.filter((r) => at(r, /(\ncc )/g).some((i) => personAt(r, i))).length).toBeGreaterThanOrEqual(10)
    expect(recs.filter((r) => r.kind === "voicemail" && r.lang === "en" && at(r, /^(Hi it's )/g).some((i) => personAt(r, i))).length).toBeGreaterThanOrEqual(10)
    const dash = recs.map((r) => ({ r, i: r.text.indexOf(" — ") })).filter(({ i }) => i > 0 && i < 60)
    expect(dash.filter(({ r, i }) => !r.entities.some((e) => e.start < r.text.indexOf("\n"))).length).toBeGreaterThanOrEqual(50)
    expect(dash.filter(({ r, i }) => personAt(r, i + 3)).length).toBeGreaterThanOrEqual(10)
  })
  test("word-names as names, and the same words as words", () => {
    const wordNames = ["Hope", "Grace", "Will", "Mark", "Rose", "Sky", "Summer", "Storm", "Patience", "Mercy", "Sol", "Lærke", "Rūta", "Laima", "Viera", "Nada", "Virág", "Glória", "Dolores", "Soledad", "Rocío", "Constance", "Aimé", "Montserrat", "Вера", "Любовь", "Надежда", "Радост"]
    const asNames = new Set(persons.flatMap((x) => x.v.normalize("NFC").split(" ")).filter((w) => wordNames.includes(w)))
    expect(asNames.size).toBeGreaterThanOrEqual(15)
    const asWords = new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.normalize("NFC").toLowerCase()))
    expect([...asNames].filter((w) => asWords.has(w.toLowerCase())).length).toBeGreaterThanOrEqual(10)
  })
})
