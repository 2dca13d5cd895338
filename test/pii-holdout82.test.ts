// holdout82 (ten locales; a funeral home and memorial-stone maker, a driving school, a private dental and orthodontic
// clinic's billing desk, a marina's berth office: chats, notes, e-mails, call transcripts, text messages, web forms and
// CRM rows): the hand-written blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the texts (test/holdout82-validators.ts). Modelled on holdout81's test: the shared shape tests, then
// this corpus's own label and lookalike checks (SSNs only in en-US, NI numbers only in en-GB). No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import * as gen from "../scripts/gen-holdout82.ts"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import * as V from "./holdout82-validators.ts"

const { raw, recs, negs, of, negCount } = readCorpus(gen.CORPUS_PATH)
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
const said = (v: string) => /\p{L}{2}/u.test(v)
const written = (v: string) => (v.includes("@") ? v : v.replace(/ (dot|punkt|punto|punt|piste|pont|pisteen) /g, ".").replace(/ (at|kukac|miukumauku|chiocciola|apenstaartje|snabel-a|ät) /g, "@"))
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const cc = (r: Rec) => V.LOCALE_COUNTRY[r.lang]!
const REF_KINDS = ["order-number", "booking-number", "berth-number", "licence-number", "invoice-number", "case-number", "plot-number", "patient-number",
  "policy-number", "customer-number", "member-number", "reference", "plate", "hull-number", "treatment-plan", "serial-number", "permit-number", "contract-number", "mmsi"]
/** The lookalikes that hold a person's name or a name-like word (a labeled person's name part may stand inside them). */
const NAME_BEARING = ["name-word", "boat-name", "street", "company", "product"]
const isRef = (v: string) => (/\d/.test(v) && /^[\p{L}\d#][\p{L}\d ./#:-]*[\p{L}\d]$/u.test(v)) || /^\d$/.test(v)
const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  date: (v, r) => V.isDateText(v, r.lang),
  time: (v) => V.isTime(v),
  timestamp: (v) => V.isTimestamp(v),
  amount: (v) => V.isAmount(v),
  version: (v) => V.isVersion(v),
  postcode: (v, r) => V.POSTCODE[r.lang]!.test(v),
  street: (v) => V.isStreet(v),
  company: (v) => V.isCompany(v),
  "boat-name": (v) => V.isBoatName(v),
  product: (v) => V.isProduct(v),
  measure: (v) => V.isMeasure(v),
  "masked-card": (v) => /^([*xX•]{2,4}[ -]?){1,3}\d{4}$/.test(v),
  "card-expiry": (v) => /^(0[1-9]|1[0-2]) ?\/ ?(\d\d|20\d\d)$/.test(v),
  "name-word": (v) => V.NAME_WORDS.includes(lower(v)),
  "luhn-invalid": (v) => /^\d{4}([ -]?\d{4}){3}$/.test(v) && !!V.issuer(V.digitsOf(v)) && !V.luhn(V.digitsOf(v)),
  "iban-checksum": (v, r) => V.ibanShape(v) && V.ibanRemainder(v) !== 1 && V.IBAN_NEAR[r.lang]!.includes(v.slice(0, 2)),
  "ssn-invalid": (v, r) => /^\d{3}-\d{2}-\d{4}$/.test(v) && !V.isSsn(v) && r.lang === "en-US",
  "nino-invalid": (v, r) => /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !V.isNino(v) && r.lang === "en-GB",
  ...Object.fromEntries(REF_KINDS.map((k) => [k, (v: string) => isRef(v)])),
}
const PARTICLES = new Set("van von der den de da di del della dos das do la le el du des y e i af zu ten ter".split(" "))
const partsOf = (r: Rec) => [...new Set(r.entities.filter((e) => e.type === "PERSON").flatMap((e) =>
  lower(r.text.slice(e.start, e.end)).split(/[\s,.]+/).filter(Boolean).flatMap((w) => [w, ...w.split("-")]).filter((w) => [...w].length >= 3 && !PARTICLES.has(w))))]

corpusShapeTests({ raw, recs, rebuild: () => gen.buildAll().map((b) => b.line).join("\n") + "\n", kinds: gen.KINDS, locales: Object.keys(V.LOCALE_COUNTRY), beforePhone: /[\p{N}\p{M}]/u })

test("the test imports no recognizer", () => {
  for (const f of ["test/pii-holdout82.test.ts", "test/holdout82-validators.ts"]) {
    expect(/from\s+["'][^"']*(plugins|core|cli|server|node|bench)\//.test(readFileSync(f, "utf8")), f).toBe(false)
  }
})

describe("labels pass their own validators", () => {
  test("CARD: Luhn and a real issuer prefix (one said in words read back), three issuers at least", () => {
    const digits = (r: Rec, v: string) => (said(v) ? V.unspoken(v, r.lang) : v)
    for (const { r, v } of of("CARD")) expect(V.isCard(digits(r, v)), `${r.id} ${v} (${digits(r, v)})`).toBe(true)
    expect(new Set(of("CARD").map(({ r, v }) => V.issuer(V.digitsOf(digits(r, v))))).size).toBeGreaterThanOrEqual(3)
    expect(of("CARD").some(({ v }) => said(v))).toBe(true)
  })
  test("IBAN: registry length, mod 97, Belgian, Italian and Hungarian national checks, the locale's country or a neighbour's", () => {
    for (const { r, v } of of("IBAN")) {
      expect(V.isIban(v) && V.nationalCheck(v), `${r.id} ${v}`).toBe(true)
      expect(V.IBAN_NEAR[r.lang], `${r.id} ${v}`).toContain(v.slice(0, 2))
    }
  })
  test("US_SSN after its cue only in en-US, UK_NINO after its cue only in en-GB", () => {
    for (const { r, e, v } of of("US_SSN")) expect(V.isSsn(v) && /\b(ssn|social security)/i.test(before(r, e, 200)) && r.lang === "en-US", `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(V.isNino(v) && /\b(ni|nino|national insurance)\b/i.test(before(r, e, 90)) && r.lang === "en-GB", `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: both families, documentation or private ranges", () => {
    for (const { r, v } of of("IP_ADDRESS")) {
      expect(V.isIpAddr(v) && /^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|10\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.|2001:db8:|fd[0-9a-f]{2}:)/i.test(v), `${r.id} ${v}`).toBe(true)
    }
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(3)
  })
  test("EMAIL: well formed (a spelled-out one read back), on documentation domains", () => {
    for (const { r, v } of of("EMAIL")) expect(V.isEmail(written(v)) && /(^|[@.])example(\.[a-z]{2,3})*$/i.test(written(v).split("@")[1]!), `${r.id} ${v}`).toBe(true)
    expect(of("EMAIL").filter(({ v }) => !v.includes("@")).length).toBeGreaterThanOrEqual(3)
  })
  test("PHONE: valid in the locale's country or by its + or 00 prefix; one said in words read back; said in eight locales at least", () => {
    for (const { r, v } of of("PHONE")) {
      const read = said(v) ? V.unspoken(v, r.lang) : v
      expect(V.phoneValidIn(read, [cc(r)]), `${r.id} ${v} (${read})`).toBe(true)
      expect(/^(\+|\(|\d|\p{L})/u.test(v) && /(\d|\p{L})$/u.test(v), `${r.id} ${v}`).toBe(true)
    }
    expect(of("PHONE").filter(({ v }) => said(v)).length).toBeGreaterThanOrEqual(15)
    expect(new Set(of("PHONE").filter(({ v }) => said(v)).map(({ r }) => r.lang)).size).toBeGreaterThanOrEqual(8)
  })
  test("PERSON: letters, marks, apostrophe, hyphen, period, space; no form of address inside", () => {
    for (const { r, v } of of("PERSON")) expect(V.isPersonText(v) && !V.TITLE[r.lang.slice(0, 2)]!.test(v) && !V.TITLE_AFTER.test(v), `${r.id} ${v}`).toBe(true)
  })
  test("no labeled value is reused in another text", () => {
    const seen = new Map<string, string>()
    for (const { r, e, v } of [...of("PHONE"), ...of("CARD"), ...of("IBAN"), ...of("EMAIL"), ...of("US_SSN"), ...of("UK_NINO"), ...of("IP_ADDRESS")]) {
      const k = e.type === "EMAIL" || e.type === "IP_ADDRESS" ? lower(written(v)) : said(v) ? V.unspoken(v, r.lang) : V.digitsOf(v) + v.replace(/[^A-Za-z]/g, "")
      const key = e.type + ":" + (e.type === "PHONE" ? k.replace(/^\+\d\d|^0/, "").slice(-8) : k)
      expect(seen.get(key) ?? r.id, `${r.id} ${v}`).toBe(r.id)
      seen.set(key, r.id)
    }
  })
})

test("every whole-word use of a labeled person's name part lies inside a PERSON or EMAIL label or a name-bearing lookalike", () => {
  for (const r of recs) {
    const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => NAME_BEARING.includes(n.kind))]
    const hay = lower(r.text)
    for (const part of partsOf(r)) {
      for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
        if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
        expect(ok.some((s) => s.start <= at && at + part.length <= s.end), `${r.id} ${part} at ${at}`).toBe(true)
      }
    }
    for (const n of r.negatives.filter((x) => x.kind === "name-word")) expect(partsOf(r), r.id).not.toContain(lower(r.text.slice(n.start, n.end)))
  }
})

describe("lookalikes", () => {
  test("each is of a known kind and passes its shape", () => {
    for (const { r, n, v } of negs) expect(!!SHAPE[n.kind] && SHAPE[n.kind]!(v, r), `${r.id} ${n.kind} ${v}`).toBe(true)
  })
  test("none is a labeled type; digit references are no valid phone in their country", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(V.isCard(v) || V.isIban(v) || V.isSsn(v) || V.isNino(v) || V.isIpAddr(v) || V.isEmail(v), where).toBe(false)
      if (REF_KINDS.includes(n.kind) && /^[\d ./+-]+$/.test(v) && V.digitsOf(v).length >= 6) expect(V.phoneValidIn(v, [cc(r)]) || V.phoneValidIn(V.digitsOf(v), [cc(r)]), where).toBe(false)
    }
  })
  test("each locale's name-words come from its own language", () => {
    for (const { r, n, v } of negs) if (n.kind === "name-word") expect(V.nameWordsOf(r.lang), `${r.id} ${v}`).toContain(lower(v))
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, types, shares", () => {
    expect(recs.length).toBe(150)
    expect(gen.LOCALES.length).toBe(10)
    for (const l of gen.LOCALES) {
      expect(l.per, l.tag).toBe(15)
      for (const k of gen.KINDS) expect(recs.filter((r) => r.lang === l.tag && r.kind === k).length, `${l.tag} ${k}`).toBeGreaterThanOrEqual(1)
    }
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(5)
    const all = TYPES.reduce((s, t) => s + of(t).length, 0)
    expect(of("PERSON").length / all).toBeLessThanOrEqual(0.45)
    expect(of("PHONE").length / all).toBeGreaterThanOrEqual(0.2)
    expect(recs.filter((r) => r.negatives.length > 0).length / recs.length).toBeGreaterThan(0.8)
  })
  test("emoji and accented text before spans, inflected names", () => {
    expect(recs.filter((r) => [...r.entities].some((e) => /\p{Extended_Pictographic}\uFE0F? ?$/u.test(r.text.slice(Math.max(0, e.start - 3), e.start)))).length).toBeGreaterThanOrEqual(5)
    expect(of("PERSON").filter(({ v }) => /[^\x00-\x7f]/.test(v)).length).toBeGreaterThanOrEqual(30)
    expect(of("PERSON").filter(({ r }) => r.lang === "fi-FI" || r.lang === "hu-HU").length).toBeGreaterThanOrEqual(20)
  })
  test("hard negatives of the kinds the brief asks for", () => {
    for (const k of ["booking-number", "berth-number", "licence-number", "invoice-number", "amount", "date", "time", "version", "postcode", "street",
      "company", "boat-name", "name-word", "luhn-invalid", "iban-checksum", "masked-card", "measure", "product"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    for (const l of gen.LOCALES) for (const k of ["name-word", "amount", "date"]) expect(negs.filter((x) => x.r.lang === l.tag && x.n.kind === k).length, `${l.tag} ${k}`).toBeGreaterThanOrEqual(1)
  })
})
