// One text's context: its region, business, kind and flags, and the resolver
// that turns a placeholder into a piece (drawn once per key, so {ph1} twice is
// the same number).
import { drawPhone, spokenPhone, writePhone, type Drawn } from "./phones.ts"
import { capsName, drawPerson, fullName, nameParts, type Person } from "./persons.ts"
import type { Biz, BizText, Pack } from "./pack.ts"
import type { Rng } from "./prng.ts"
import type { Region } from "./regions.ts"
import { ent, lit, neg, type Piece } from "./render.ts"
import { ascii, cardNumber, iban, ipv4, ipv6, nino, personEmail, ssn } from "./values.ts"
import { NATIDS, badNino, badSsn } from "./natids.ts"
import * as B from "./biznums.ts"
import { amount, timestamp, writeDate, writeTime } from "./when.ts"

/** The region's flag (Wales: its tag sequence) and emoji anyone uses: skin tones, ZWJ sequences, variation selectors. */
export const FLAGS: Record<string, string> = { IE: "🇮🇪", NENG: "🇬🇧", WLS: "🏴󠁧󠁢󠁷󠁬󠁳󠁿", TX: "🇺🇸", FL: "🇺🇸", GH: "🇬🇭", HK: "🇭🇰", BB: "🇧🇧", NZ: "🇳🇿", MX: "🇲🇽", AR: "🇦🇷", BR: "🇧🇷", QC: "🇨🇦", CHF: "🇨🇭", CHD: "🇨🇭", DK: "🇩🇰", NO: "🇳🇴", FI: "🇫🇮", EE: "🇪🇪", SK: "🇸🇰", UA: "🇺🇦", HR: "🇭🇷" }
export const EMOJI = ["👍🏽", "👋🏿", "🙏🏻", "👌🏾", "👨‍👩‍👧", "🧑‍💻", "🐕‍🦺", "👩‍⚕️", "🐈‍⬛", "☎️", "✉️", "❤️", "✔️", "⚠️", "📞", "📱", "🚗", "🐾", "💡", "🎓", "🔑", "🏠"]

export const PETS = ["Bella", "Luna", "Rocky", "Milo", "Coco", "Simba", "Nala", "Toby", "Lola", "Kiki", "Bruno", "Pelusa", "Thor", "Mochi", "Pipoca", "Fripon", "Bamse", "Mirri", "Rex", "Šarko", "Мурчик", "Pätkä", "Nöps"]

const TLD: Record<string, string> = { IE: "ie", NENG: "co.uk", WLS: "co.uk", GH: "com.gh", HK: "com.hk", BB: "bb", NZ: "co.nz", MX: "com.mx", AR: "com.ar", BR: "com.br", QC: "ca", CHF: "ch", CHD: "ch", DK: "dk", NO: "no", FI: "fi", EE: "ee", SK: "sk", UA: "ua", HR: "hr" }

/** How a form or a note names each national id. */
export const NATID_LABEL: Record<string, string> = {
  ppsn: "PPSN", "nhs-number": "NHS no.", "aba-routing": "Routing no.", "ghana-card": "Ghana Card", hkid: "HKID", "bb-nrn": "National Registration No.", ird: "IRD no.",
  curp: "CURP", dni: "DNI", cuit: "CUIT", cpf: "CPF", nas: "NAS", ahv: "AHV", cpr: "CPR", fnr: "Fødselsnr.", hetu: "Hetu", isikukood: "Isikukood",
  "rodne-cislo": "Rodné číslo", rnokpp: "РНОКПП", oib: "OIB",
}

export interface Flags {
  lower: boolean
  emoji: boolean
  nfd: boolean
  negOnly: boolean
}

export class Ctx {
  readonly persons: Person[] = []
  private readonly people = new Map<number, Person>()
  private readonly phones = new Map<number, Drawn>()
  private readonly memo = new Map<string, Piece>()
  emojiUsed = 0

  constructor(
    readonly rng: Rng,
    readonly region: Region,
    readonly L: Pack,
    readonly biz: Biz,
    readonly kind: string,
    readonly flags: Flags,
    readonly wordNameChance: number,
  ) {}

  get B(): BizText {
    return this.L.biz[this.biz]
  }

  /** The business's mail domain under the region's own top-level domain. */
  get domain(): string {
    return `${this.B.domain.split(".")[0]}.${TLD[this.region.id] ?? "com"}`
  }

  person(n: number): Person {
    let p = this.people.get(n)
    while (!p) {
      const cand = drawPerson(this.rng, this.region, this.wordNameChance)
      const parts = new Set(this.persons.flatMap((x) => nameParts(x).map((s) => s.toLowerCase())))
      if (nameParts(cand).some((s) => parts.has(s.toLowerCase()))) continue
      p = cand
      this.people.set(n, p)
      this.persons.push(p)
    }
    return p
  }

  phone(n: number): Drawn {
    let d = this.phones.get(n)
    if (!d) {
      d = drawPhone(this.rng, this.region)
      this.phones.set(n, d)
    }
    return d
  }

  /** The piece for one placeholder; drawn once per key. */
  get(key: string): Piece {
    if (key === "or") return lit(this.L.or)
    const hit = this.memo.get(key)
    if (hit) return hit
    const piece = this.withEmoji(this.make(key))
    this.memo.set(key, piece)
    return piece
  }

  private withEmoji(p: Piece): Piece {
    if (!this.flags.emoji || !p[0]?.type || !this.rng.chance(this.emojiUsed === 0 ? 1 : 0.25)) return p
    this.emojiUsed++
    const e = this.rng.chance(0.3) ? FLAGS[this.region.id]! : this.rng.pick(EMOJI)
    return [{ t: e + (this.rng.chance(0.6) ? " " : "") }, ...p]
  }

  private lowered(n: number): boolean {
    return this.flags.lower && n <= 2 && ["sms", "note", "transcript", "chat"].includes(this.kind)
  }

  private make(key: string): Piece {
    const m = /^([A-Za-z]+?)(\d*)(?:_(\d+))?$/.exec(key)
    if (!m) throw new Error(`bad key ${key}`)
    const base = m[1]!
    const n = Number(m[2] || "1")
    return this.makePerson(base, n) ?? this.makePhone(base, n) ?? this.makeValue(base, n) ?? this.makeNegative(base)
  }

  private makePerson(base: string, n: number): Piece | undefined {
    if (!["p", "g", "s", "t", "P", "lg", "lp"].includes(base)) return undefined
    const p = this.person(n)
    const low = (s: string) => (this.lowered(n) ? s.toLowerCase() : s)
    switch (base) {
      case "p": return ent("PERSON", low(fullName(p)))
      case "g": return ent("PERSON", low(p.given))
      case "s": return ent("PERSON", p.surname)
      case "t": return lit(this.rng.pick(p.female ? this.L.titles.f : this.L.titles.m))
      case "P": return ent("PERSON", capsName(p))
      case "lg": return ent("PERSON", p.given.toLowerCase())
      default: return ent("PERSON", fullName(p).toLowerCase())
    }
  }

  private makePhone(base: string, n: number): Piece | undefined {
    if (!["ph", "phx", "pht", "phs"].includes(base)) return undefined
    const d = this.phone(n)
    const text = writePhone(this.rng, d, this.region).text
    if (base === "phs") return this.region.lang === "en" && this.rng.chance(0.75) ? ent("PHONE", spokenPhone(this.rng, d)) : ent("PHONE", text)
    if (base === "phx") {
      const ext = this.rng.pick(this.L.ext)
      const num = String(this.rng.int(10, 4999))
      return [{ t: text, type: "PHONE" }, { t: ext === "x" ? ` x${num}` : this.rng.chance(0.3) ? ` (${ext} ${num})` : ` ${ext} ${num}` }]
    }
    if (base === "pht") {
      const after = this.rng.chance(0.7) ? neg("time", writeTime(this.rng, this.region)) : neg("date", writeDate(this.rng, this.region))
      const sep = this.rng.pick([" ", ", ", " - "])
      return [{ t: text, type: "PHONE" }, { t: sep }, ...after]
    }
    return ent("PHONE", text)
  }

  private makeValue(base: string, n: number): Piece | undefined {
    const r = this.region
    switch (base) {
      case "em": {
        const p = this.person(n)
        if (n === 3 || n === 4) return ent("EMAIL", `${ascii(p.given.split(" ")[0]!)}.${ascii(p.surname.replace(/ /g, ""))}@${this.domain}`)
        return ent("EMAIL", personEmail(this.rng, p.given, p.surname, r.domains))
      }
      case "bem": return ent("EMAIL", `${this.rng.pick(["info", "desk", "claims", "billing", "help", "admissions", "kontakt", "contacto"])}@${this.domain}`)
      case "card": return ent("CARD", cardNumber(this.rng))
      case "iban": return r.iban ? ent("IBAN", iban(this.rng, r.iban)) : ent("CARD", cardNumber(this.rng))
      case "ssn": return ent("US_SSN", ssn(this.rng))
      case "nino": return ent("UK_NINO", nino(this.rng))
      case "ip": return ent("IP_ADDRESS", this.rng.chance(0.7) ? ipv4(this.rng) : ipv6(this.rng))
      default: return undefined
    }
  }

  private natKind(): string {
    return this.region.id === "AR" ? this.rng.pick(["dni", "cuit"]) : this.region.natid
  }

  private makeNegative(base: string): Piece {
    if (base === "natidL") {
      const k = this.natKind()
      return [{ t: `${NATID_LABEL[k] ?? this.L.lab.id}: ` }, { t: NATIDS[k]!(this.rng), neg: k }]
    }
    const r = this.region
    const g = this.rng
    const simple: Record<string, () => [string, string]> = {
      chip: () => ["microchip", B.microchip(g, r)], pol: () => ["pet-policy", B.petPolicy(g, r)], claim: () => ["claim-no", B.claimNo(g)],
      plate: () => ["plate", B.plate(g, r)], agr: () => ["rental-agreement", B.rentalAgreement(g)], vin: () => ["vin", B.vin(g)],
      meter: () => ["meter-no", B.meterNo(g)], read: () => ["meter-reading", B.meterReading(g)], acct: () => ["account-no", B.accountNo(g)],
      supply: () => { const s = B.supplyNo(g, r); return [s.kind, s.text] }, sid: () => ["student-id", B.studentId(g)], app: () => ["application-no", B.applicationNo(g)],
      ucas: () => (r.country === "GB" ? ["ucas-id", B.ucasId(g)] : ["application-no", B.applicationNo(g)]), room: () => ["room-code", B.roomCode(g)],
      date: () => ["date", writeDate(g, r)], dt: () => ["date", writeDate(g, r)], time: () => ["time", writeTime(g, r)], tm: () => ["time", writeTime(g, r)],
      ts: () => ["timestamp", timestamp(g)], amt: () => ["amount", amount(g, r)], ver: () => ["version", B.version(g)],
      badcard: () => ["card-luhn-fail", cardNumber(g, true, true)], badiban: () => ["iban-bad-check", iban(g, r.iban ?? "GB", true)],
      badssn: () => ["ssn-invalid", badSsn(g)], badnino: () => ["nino-invalid", badNino(g)],
      natid: () => { const k = this.natKind(); return [k, NATIDS[k]!(g)] },
      pet: () => ["pet-name", g.pick(PETS)], biz: () => ["business", g.pick(this.B.names)],
    }
    const f = simple[base]
    if (!f) throw new Error(`no placeholder ${base}`)
    const [kind, text] = f()
    return neg(kind, text)
  }
}
