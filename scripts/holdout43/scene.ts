// One text's cast and its helpers: each writes a labeled value (or a lookalike) into the draft.
import type { Draft } from "./draft.ts"
import { DOMAINS, NAME_WORDS, NUMBERS, type Domain } from "./domains.ts"
import type { Locale } from "./locales.ts"
import { drawPhone, writePhone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { card, emailOf, iban, ip, luhnInvalid, nino, ninoInvalid, ssn, ssnInvalid } from "./values.ts"

export interface Person { given: string; family: string }
export type NameForm = "full" | "given" | "family-first" | "caps" | "lower" | "initial" | "lower-given" | "family" | "family-caps"

export class Scene {
  people: Person[]
  constructor(public r: Rng, public loc: Locale, public dom: Domain, public d: Draft) {
    const gs = [...loc.given].sort(() => r.next() - 0.5), fs = [...loc.family].sort(() => r.next() - 0.5)
    this.people = [0, 1, 2].map((i) => ({ given: gs[i]!, family: fs[i]! }))
  }
  get w() { return this.loc.w }
  /** The business's own subject in the text's language. */
  get topic() { return this.loc.w.topic[DOMAINS.indexOf(this.dom)]! }
  t(s: string) { this.d.t(s); return this }
  /** Person i's name written in a form; family-name-first locales and capitals in sheets. */
  P(i: number, form: NameForm = "full") {
    const { given: g, family: f } = this.people[i]!
    const v = form === "given" ? g : form === "family" ? f : form === "family-caps" ? f.toLocaleUpperCase(this.loc.intl) : form === "lower-given" ? g.toLocaleLowerCase(this.loc.intl) : form === "family-first" ? `${f.toLocaleUpperCase(this.loc.intl)} ${g}`
      : form === "caps" ? `${g} ${f}`.toLocaleUpperCase(this.loc.intl) : form === "lower" ? `${g} ${f}`.toLocaleLowerCase(this.loc.intl)
      : form === "initial" ? `${g[0]}. ${f}` : `${g} ${f}`
    const parts = form === "given" || form === "lower-given" ? g.split(/[ -]/) : form === "family" || form === "family-caps" ? f.split(/[ -]/) : [...g.split(/[ -]/), ...f.split(/[ -]/)]
    this.d.p(v, form === "initial" ? f.split(/[ -]/) : parts)
    return this
  }
  tel(style?: string) { this.d.e("PHONE", writePhone(this.r, drawPhone(this.r, this.loc.cc), style)); return this }
  mail(i: number) { const p = this.people[i]!; this.d.e("EMAIL", emailOf(this.r, this.loc, p.given, p.family)); return this }
  desk() { this.d.e("EMAIL", `${this.r.pick(["bookings", "info", "kontakt", "desk", "hello"])}@${this.dom}-${this.loc.cc.toLowerCase()}.example.org`); return this }
  card() { this.d.e("CARD", card(this.r)); return this }
  iban() { if (this.loc.iban) this.d.e("IBAN", iban(this.r, this.loc.iban)); else this.d.n("luhn-invalid", luhnInvalid(this.r)); return this }
  ip() { this.d.e("IP_ADDRESS", ip(this.r)); return this }
  /** The national identifier of the locale, if it has one (SSN in Texas and Louisiana, NINO in Scotland and Wales). */
  natId() {
    if (this.loc.ssn) this.t("SSN ").d.e("US_SSN", ssn(this.r))
    else if (this.loc.nino) this.t("NI number ").d.e("UK_NINO", nino(this.r))
    return this
  }
  /** A business number with its label word, or a shared lookalike. */
  num() {
    const [kind, label, v] = this.r.pick(NUMBERS[this.dom])(this.r)
    this.t(`${label} `).d.n(kind, v)
    return this
  }
  word() {
    const [word, phrase] = this.r.pick(NAME_WORDS[this.dom])
    const [a, b] = phrase.split("{}") as [string, string]
    if (this.loc.english) this.t(a).d.n("name-word", word), this.t(b)
    else this.t("„").d.n("name-word", word), this.t("”")
    return this
  }
  date() { this.d.n("date", dateIn(this.r, this.loc)); return this }
  time() { const h = 7 + this.r.int(13), m = this.r.pick(["00", "15", "30", "45"]); this.d.n("time", this.loc.english && this.r.chance(0.4) ? `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? "pm" : "am"}` : this.loc.intl.startsWith("fr") ? `${h}h${m}` : `${h}:${m}`); return this }
  range() { const h = 7 + this.r.int(12); this.d.n("time-range", `${String(h).padStart(2, "0")}:00${this.r.pick(["–", "-", " - "])}${String(h + 1).padStart(2, "0")}:30`); return this }
  dur() { this.d.n("duration", this.r.pick(["45 min", "30 min", "1 h 30 min", "2 hours", "90 mins", "1h 15m"])); return this }
  amount() { this.d.n("amount", new Intl.NumberFormat(this.loc.intl, { style: "currency", currency: this.loc.currency }).format(5 + this.r.int(90000) / 100)); return this }
  version() { this.d.n("version", `${this.r.pick(["v", ""])}${1 + this.r.int(9)}.${this.r.int(20)}.${this.r.int(10)}`); return this }
  postcode() { this.d.n("postcode", this.r.pick(this.loc.postcodes)); return this }
  badIban() { this.d.n("iban-checksum", iban(this.r, this.loc.iban ?? this.r.pick(["GB", "FR", "ES"]), false)); return this }
  badCard() { this.d.n("luhn-invalid", luhnInvalid(this.r)); return this }
  badSsn() { this.d.n(this.loc.nino ? "nino-invalid" : "ssn-invalid", this.loc.nino ? ninoInvalid(this.r) : ssnInvalid(this.r)); return this }
  /** A few lookalikes in a row, joined by the separator given. */
  extras(n: number, sep = " · ") {
    const fns = [() => this.num(), () => this.date(), () => this.time(), () => this.amount(), () => this.word(), () => this.range(), () => this.dur(), () => this.num()]
    for (let i = 0; i < n; i++) { if (i) this.t(sep); this.r.pick(fns)() }
    return this
  }
}

const DAY0 = Date.UTC(2026, 0, 1)
export function dateIn(r: Rng, loc: Locale): string {
  const dt = new Date(DAY0 + r.int(365) * 864e5)
  const style = r.pick(["short", "medium", "long", "iso", "dots"] as const)
  if (style === "iso") return dt.toISOString().slice(0, 10)
  if (style === "dots") return `${String(dt.getUTCDate()).padStart(2, "0")}.${String(dt.getUTCMonth() + 1).padStart(2, "0")}.2026`
  return new Intl.DateTimeFormat(loc.intl, { dateStyle: style, timeZone: "UTC" }).format(dt)
}
export { DOMAINS }
