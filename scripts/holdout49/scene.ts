// One text being written: its locale, its business, its draws, and helpers that write a value and its label at once.
import { bankAccount, type Biz } from "./biz.ts"
import type { Draft } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { latin } from "./names.ts"
import type { Rng } from "./rng.ts"
import * as V from "./values.ts"

export { BIZ } from "./biz.ts"
export interface Person { given: string; family: string; gl: string; fl: string }
export type NameForm = "gf" | "f,g" | "FG" | "g" | "lower" | "fg"
const PARTICLES = new Set(["van", "der", "den", "de", "da", "dos", "das", "do", "di", "mac", "le", "la"])

export class Scene {
  readonly p: Locale["pack"]
  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly d: Draft) {
    this.p = loc.pack
  }
  get en() {
    return this.loc.tag.startsWith("en")
  }
  t(s: string) {
    this.d.t(s)
    return this
  }
  ent(type: string, v: string) {
    this.d.e(type, v)
    return this
  }
  neg(kind: string, v: string) {
    this.d.n(kind, v)
    return this
  }
  private used = new Set<string>()
  person(): Person {
    const { names } = this.loc
    const fem = this.r.chance(0.5)
    let gi = this.r.pick(fem ? names.gf : names.gm)
    let fi = this.r.int(0, names.fm.length - 1)
    while (this.used.has(gi) || this.used.has(names.fm[fi]!)) {
      gi = this.r.pick(fem ? names.gf : names.gm)
      fi = this.r.int(0, names.fm.length - 1)
    }
    this.used.add(gi).add(names.fm[fi]!)
    let fam = (fem && names.ff ? names.ff : names.fm)[fi]!
    if (names.twoSurnames && this.r.chance(0.6)) {
      const other = this.r.pick(names.fm.filter((x) => x !== names.fm[fi]))
      fam = `${fam.split(":")[0]} ${other}`
    }
    const [given, gl] = gi.includes(":") ? gi.split(":") as [string, string] : [gi, latin(gi)]
    const [family, fl] = fam.includes(":") ? fam.split(":") as [string, string] : [fam, latin(fam.split(" ")[0]!)]
    for (const part of `${given} ${family}`.split(/[\s-]+/)) if (!PARTICLES.has(part.toLowerCase())) this.d.parts.push(part)
    return { given, family, gl, fl }
  }
  /** A PERSON label in one written form. */
  name(x: Person, form: NameForm = "gf") {
    const v = {
      gf: `${x.given} ${x.family}`, "f,g": `${x.family}, ${x.given}`, FG: `${x.family.toLocaleUpperCase(this.loc.tag)} ${x.given}`,
      g: x.given, lower: `${x.given} ${x.family}`.toLocaleLowerCase(this.loc.tag), fg: `${x.family} ${x.given}`,
    }[form]
    this.d.e("PERSON", v)
    return this
  }
  emailOf(x: Person): string {
    const r = this.r
    const local = r.pick([`${x.gl}.${x.fl}`, `${x.gl}${x.fl}`, `${x.gl[0]}.${x.fl}`, `${x.fl}.${x.gl}`, `${x.gl}_${x.fl}${r.int(1, 99)}`, `${x.gl}${r.int(70, 99)}`])
    return `${local}@${r.pick(this.loc.domains)}`
  }
  email(x: Person) {
    this.d.e("EMAIL", this.emailOf(x))
    return this
  }
  phone(v?: string) {
    this.d.e("PHONE", v ?? V.phone(this.r, this.loc.cc))
    return this
  }
  /** A phone number said: the language's digit words, some left as digits, groups apart ("oh" and "double" in English). */
  said() {
    const r = this.r
    const national = V.phoneDigits(r, this.loc.cc)
    const words = this.p.digits.split(" ")
    const out: string[] = []
    for (let i = 0; i < national.length; i++) {
      const c = national[i]!
      if (this.en && c === national[i + 1] && r.chance(0.4)) {
        out.push(`double ${words[+c]}`)
        i++
      } else out.push(this.en && c === "0" && r.chance(0.5) ? "oh" : i > 0 && r.chance(0.2) ? c : words[+c]!)
      if (i < national.length - 1 && r.chance(0.25)) out.push(r.pick([",", "...", ""]))
    }
    const text = out.join(" ").replace(/ ,/g, ",").replace(/ \.\.\./g, "...").replace(/\s+/g, " ")
    this.d.e("PHONE", text.replace(/[,.\s]+$/, ""))
    return this
  }
  card() {
    this.d.e("CARD", V.card(this.r))
    return this
  }
  iban() {
    if (this.loc.iban) this.d.e("IBAN", V.iban(this.r, this.loc.cc))
    else this.d.n("bank-account", bankAccount(this.r, this.loc.cc))
    return this
  }
  ip() {
    this.d.e("IP_ADDRESS", V.ip(this.r))
    return this
  }
  /** A number of this business: `kind` or any of its kinds. */
  num(kind?: string) {
    const k = kind ?? this.r.pick(Object.keys(this.biz.nums))
    this.d.n(k, this.biz.nums[k]!.draw(this.r))
    return this
  }
  numKey(kind: string) {
    return this.biz.nums[kind]!.key
  }
  kinds() {
    return Object.keys(this.biz.nums)
  }
  date(style?: "short" | "medium" | "long" | "iso") {
    this.d.n("date", V.date(this.r, this.loc.tag, style))
    return this
  }
  time() {
    this.d.n("time", V.time(this.r))
    return this
  }
  private minute = -1
  /** A time later than the last one this text's clock gave (chat lines, log lines). */
  clock() {
    this.minute = this.minute < 0 ? this.r.int(7 * 60, 17 * 60) : Math.min(this.minute + this.r.int(1, 25), 23 * 60 + 59)
    this.d.n("time", `${String(Math.floor(this.minute / 60)).padStart(2, "0")}:${String(this.minute % 60).padStart(2, "0")}`)
    return this
  }
  amount() {
    this.d.n("amount", V.amount(this.r, this.loc.tag, this.loc.cur))
    return this
  }
  /** Run a template of the language pack: text between placeholders is plain, each placeholder writes its value. */
  say(tpl: string, fill: Record<string, () => unknown> = {}) {
    const std: Record<string, () => unknown> = {
      phone: () => this.phone(), ref: () => this.num(), iban: () => this.iban(), card: () => this.card(),
      date: () => this.date(), time: () => this.time(), amount: () => this.amount(),
      masked: () => this.d.n("masked-card", V.masked(this.r)), exp: () => this.d.n("card-expiry", V.expiry(this.r)),
    }
    for (const piece of tpl.split(/(\{\w+\})/)) {
      const m = /^\{(\w+)\}$/.exec(piece)
      if (m) (fill[m[1]!] ?? std[m[1]!]!)()
      else this.d.t(piece)
    }
    return this
  }
  /** A customer's message: a few of the language's sentences, the reference always, `x`'s e-mail when asked. */
  ask(x: Person, n = 3) {
    const p = this.p
    const pool: Array<() => unknown> = [
      () => this.say(p.callback), () => this.say(p.mail, { email: () => this.email(x) }), () => this.say(p.refund), () => this.say(p.card),
      () => this.declined(), () => this.badIban(), () => this.say(p.when), () => this.say(p.total), () => this.say(p.masked), () => this.nameWord(),
    ]
    if (this.hasId) pool.push(() => this.nationalId(), () => this.nationalId(), () => this.nationalId(true))
    const picks: Array<() => unknown> = [() => this.say(p.ref)]
    while (picks.length < n + 1) {
      const f = this.r.pick(pool)
      if (!picks.includes(f)) picks.push(f)
    }
    picks.forEach((f, i) => {
      if (i > 0) this.t(this.r.pick([". ", ", ", "; "]))
      f()
    })
    return this.t(".")
  }
  /** A sentence with a given name used as an ordinary word. */
  nameWord() {
    const [tpl, w] = this.r.pick(this.p.words)
    return this.say(tpl, { w: () => this.d.n("name-word", w) })
  }
  declined() {
    return this.say(this.p.declined, { bad: () => this.d.n("luhn-invalid", V.badCard(this.r)) })
  }
  badIban() {
    if (!this.loc.iban) return this.declined()
    return this.say(this.p.badIban, { bad: () => this.d.n("iban-checksum", V.badIban(this.r, this.loc.cc)) })
  }
  /** The national id of the locale: an SSN in the US, an NI number in England (valid, or barred when `bad`). */
  nationalId(bad = false) {
    if (this.loc.tag === "en-US") this.t("SSN ")[bad ? "neg" : "ent"](bad ? "ssn-invalid" : "US_SSN", bad ? V.badSsn(this.r) : V.ssn(this.r))
    else if (this.loc.tag === "en-GB") this.t("NI number ")[bad ? "neg" : "ent"](bad ? "nino-invalid" : "UK_NINO", bad ? V.badNino(this.r) : V.nino(this.r))
    return this
  }
  get hasId() {
    return this.loc.tag === "en-US" || this.loc.tag === "en-GB"
  }
}
