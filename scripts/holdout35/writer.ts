// Writes the pieces of one text: people of the text's region, their phones,
// the business's own numbers and the lookalikes, each labeled as it is written.
import { Doc } from "./doc.ts"
import { type Biz, MAKERS } from "./bizids.ts"
import { card, iban, ip, mac, nino, ninoInvalid, ssn, ssnInvalid, IBAN_COUNTRIES } from "./ids.ts"
import { EITHER, FEMALE, familyFits, type Lang } from "./langs.ts"
import type { NameGroup } from "./names-en.ts"
import { phone, spoken, validInAny } from "./phones.ts"
import { type Rng, chance, int, pick } from "./rng.ts"

export interface Person { given: string; family: string }
const EMOJI = ["📞 ", "📱", "☎️ ", "👉 ", "🙏 ", "😊 ", "🚗 ", "🦷 ", "📦 ", "🔧 ", "flag", "👍🏽 "]
const flag = (cc: string) => String.fromCodePoint(...[...cc].map((c) => 0x1f1a5 + c.charCodeAt(0))) + " "
const TRANSLIT: Record<string, string> = Object.fromEntries(
  [..."абвгґдеєжзиіїйклмнопрстуфхцчшщьюяђјљњћџ"].map((c, i) => [c, "a,b,v,h,g,d,e,ie,zh,z,y,i,i,i,k,l,m,n,o,p,r,s,t,u,f,kh,ts,ch,sh,shch,,iu,ia,dj,j,lj,nj,c,dz".split(",")[i]!])
    .concat([..."αβγδεζηθικλμνξοπρσςτυφχψω"].map((c, i) => [c, "a,v,g,d,e,z,i,th,i,k,l,m,n,x,o,p,r,s,s,t,y,f,ch,ps,o".split(",")[i]!])),
)
const FOLD = (s: string) => [...s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")].map((c) => TRANSLIT[c] ?? c).join("").replace(/\p{M}/gu, "").replace(/[łŁ]/g, "l").replace(/[đĐ]/g, "d").replace(/[ıİ]/g, "i").replace(/[ħĦ]/g, "h").replace(/[żŻ]/g, "z").toLowerCase().replace(/[^a-z]/g, "")
const DOMAINS: Record<string, string[]> = {
  en: ["gmail.com", "yahoo.co.uk", "outlook.com", "btinternet.com", "icloud.com"], nl: ["ziggo.nl", "telenet.be", "gmail.com"], pl: ["wp.pl", "o2.pl", "onet.pl"],
  cs: ["seznam.cz", "email.cz"], ro: ["yahoo.ro", "gmail.com"], hr: ["net.hr", "gmail.com"], sr: ["gmail.com", "eunet.rs"], el: ["otenet.gr", "gmail.com"],
  tr: ["hotmail.com", "gmail.com"], fi: ["kolumbus.fi", "gmail.com"], sv: ["telia.com", "gmail.com"], uk: ["ukr.net", "gmail.com"], de: ["gmx.at", "aon.at"],
  fr: ["orange.fr", "free.fr"], es: ["gmail.com", "hotmail.com"], pt: ["uol.com.br", "gmail.com"], it: ["libero.it", "tiscali.it"],
}
const BIZ_MAIL: Record<Biz, string> = { dental: "bookings@brightbite-dental.com", car: "desk@roadready-hire.com", removals: "quotes@boxmove-storage.com", repair: "help@fixpoint-repairs.com" }
const IBAN_OF: Record<string, string> = { GB: "GB", MT: "MT", PK: "PK", NL: "NL", BE: "BE", PL: "PL", CZ: "CZ", RO: "RO", HR: "HR", RS: "RS", GR: "GR", TR: "TR", FI: "FI", SE: "SE", UA: "UA", AT: "AT", FR: "FR", IT: "IT", BR: "BR" }

export class Writer {
  readonly d: Doc
  readonly group: NameGroup
  readonly region: string
  readonly nouns: string[]
  main: Person
  constructor(readonly r: Rng, readonly L: Lang, readonly biz: Biz, readonly kind: string, nfd: boolean, readonly negOnly: boolean, readonly lowerOk: boolean) {
    this.d = new Doc(nfd)
    this.group = pick(r, L.names)
    this.region = this.group.region === "GB" && L.code !== "en" ? "GB" : this.group.region
    this.nouns = L.nouns.split("|")
    this.main = this.newPerson(chance(r, 0.35))
  }
  t(s: string) { this.d.t(s); return this }
  /** A person of the text's region; `sex` "f"/"m" asks for a woman's or a man's name. */
  newPerson(wordy = false, sex?: string): Person {
    const fits = (x: string) => !sex || EITHER.has(x) || FEMALE.has(x) === (sex === "f")
    const words = this.L.words.map(([w]) => w).filter((w) => this.group.given.includes(w))
    const pool = this.group.given.filter(fits)
    let given = wordy && words.length ? pick(this.r, words) : pick(this.r, pool.length ? pool : this.group.given)
    for (let i = 0; i < 5 && this.main && given === this.main.given; i++) given = pick(this.r, pool.length ? pool : this.group.given)
    const families = this.group.family.filter((f) => familyFits(f, FEMALE.has(given)))
    return { given, family: pick(this.r, families.length ? families : this.group.family) }
  }
  /** A relative: the phrase ("my son") and a person whose name fits it. */
  relative(): [string, Person] {
    const raw = pick(this.r, this.L.rel)
    const m = /^([fm]):(.*)$/.exec(raw)
    return [m ? m[2]! : raw, this.newPerson(false, m?.[1])]
  }
  /** Writes a person; `form` full, given, caps (FAMILY Given) or lower. */
  P(p: Person = this.main, form: "full" | "given" | "caps" | "lower" | "auto" = "auto") {
    let f = form
    if (f === "auto") f = this.lowerOk && chance(this.r, 0.25) ? "lower" : chance(this.r, 0.2) ? "given" : "full"
    const v = f === "given" ? p.given : f === "caps" ? `${p.family.toUpperCase()} ${p.given}` : `${p.given} ${p.family}`
    if (f === "caps") this.d.parts(p.given, ...p.family.split(" ").filter((w) => w.length > 3))
    this.d.person(f === "lower" ? v.toLowerCase() : v)
    return this
  }
  emoji(p = 0.3) {
    const e = chance(this.r, p) ? pick(this.r, EMOJI) : ""
    this.d.t(e === "flag" ? flag(this.region) : e)
    return this
  }
  /** A phone of the text's region (spoken aloud when `say`). */
  T(opts: { emoji?: number; say?: boolean; form?: string } = {}) {
    this.emoji(opts.emoji ?? 0)
    this.d.e("PHONE", opts.say ? spoken(this.r, this.region) : phone(this.r, this.region, opts.form))
    return this
  }
  /** A business number: noun, `sep`, value; a null `sep` writes the value alone. */
  N(i?: number, sep: string | null = " ") {
    const makers = MAKERS[this.biz]
    const m = makers[i ?? int(this.r, 0, makers.length - 1)]!
    const noun = typeof m.noun === "number" ? this.nouns[m.noun]! : m.noun
    if (sep !== null) this.d.t(`${noun}${sep}`)
    this.d.n(m.kind, this.safe(() => m.make(this.r, this.region)))
    return this
  }
  noun(i?: number): string {
    const m = MAKERS[this.biz][i ?? int(this.r, 0, MAKERS[this.biz].length - 1)]!
    return typeof m.noun === "number" ? this.nouns[m.noun]! : m.noun
  }
  /** Regenerates a digits-only value until no region of the language reads it as a valid phone. */
  safe(make: () => string): string {
    for (let i = 0; i < 200; i++) {
      const v = make()
      if (!/^[+\d\s().\/-]+$/.test(v) || v.replace(/\D/g, "").length < 6 || !validInAny(v, this.L.regions)) return v
    }
    throw new Error("no safe lookalike")
  }
  email(p: Person = this.main) {
    const g = FOLD(p.given), f = FOLD(p.family)
    const v = g.length < 3 || f.length < 3 || chance(this.r, 0.2) ? BIZ_MAIL[this.biz] : `${pick(this.r, [`${g}.${f}`, `${g}${int(this.r, 1, 99)}`, `${g[0]}${f}`])}@${pick(this.r, DOMAINS[this.L.code]!)}`
    this.d.e("EMAIL", v)
    return this
  }
  /** One of the rarer labeled types, with its label word in front. */
  extra(type: string) {
    const lab = this.L.labels
    if (type === "CARD") this.d.t(`${lab.card} `).e("CARD", card(this.r))
    else if (type === "IBAN") this.d.t(`${lab.iban} `).e("IBAN", iban(this.r, IBAN_OF[this.region] ?? (this.L.code === "en" ? "GB" : pick(this.r, IBAN_COUNTRIES))))
    else if (type === "IP_ADDRESS") this.d.t("IP ").e("IP_ADDRESS", ip(this.r))
    else if (type === "US_SSN") this.d.t("US driver, SSN ").e("US_SSN", ssn(this.r))
    else if (type === "UK_NINO") this.d.t("NI number ").e("UK_NINO", nino(this.r))
    else {
      this.d.t(`${lab.email} `)
      this.email()
    }
    return this
  }
  /** A lookalike of a labeled type, with a word in front. */
  look(kind: string) {
    const lab = this.L.labels
    if (kind === "card-luhn-fail") this.d.t(`${lab.card} `).n(kind, this.safe(() => card(this.r, true)))
    else if (kind === "iban-bad-check") this.d.t(`${lab.iban} `).n(kind, iban(this.r, IBAN_OF[this.region] ?? (this.L.code === "en" ? "GB" : pick(this.r, IBAN_COUNTRIES)), true))
    else if (kind === "ssn-invalid") this.d.t("old SSN ").n(kind, this.safe(() => ssnInvalid(this.r)))
    else if (kind === "nino-invalid") this.d.t("NI number (as typed) ").n(kind, ninoInvalid(this.r))
    else this.d.t("MAC ").n("mac", mac(this.r))
    return this
  }
  /** The phrase that uses a word-name as a word, when the main person bears one. */
  word() {
    const hit = this.L.words.find(([w]) => w === this.main.given)
    if (!hit) return this
    const [pre, w, post] = hit[1].split("*") as [string, string, string]
    this.d.t(pre).n("name-word", w).t(post)
    return this
  }
  /** Fills a template: {P} {G} {T} {R} {N} {K} {or} {rel}. */
  fill(tpl: string, relative?: Person) {
    let rel = relative
    for (const part of tpl.split(/(\{\w+\})/)) {
      if (part === "{P}") this.P()
      else if (part === "{G}") this.P(this.main, "given")
      else if (part === "{T}") this.T({ emoji: 0.25 })
      else if (part === "{R}") this.P(rel ?? this.newPerson(), chance(this.r, 0.6) ? "given" : "full")
      else if (part === "{N}") this.N()
      else if (part === "{H}") this.d.n("time", `${int(this.r, 8, 19)}:${pick(this.r, ["00", "15", "30", "45"])}`)
      else if (part === "{K}") this.t(cap(this.noun()))
      else if (part === "{or}") this.t(this.L.or)
      else if (part === "{rel}") {
        const [phrase, who] = this.relative()
        this.t(phrase)
        rel = who
      }
      else if (part) this.t(part)
    }
    return this
  }
}
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
