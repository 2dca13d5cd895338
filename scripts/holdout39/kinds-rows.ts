// Records: agent notes, CSV exports, log lines, web forms and ticket comments in markdown.
import type { CountryCode } from "libphonenumber-js/max"
import { extraKey, putExtra, type Scene } from "./fills.ts"
import { emailOf, written } from "./people.ts"
import { phone } from "./phones.ts"
import { ip as drawIp } from "./money.ts"
import { amount, date, REF, stamp, version } from "./refs.ts"
import type { Draft } from "./text.ts"
import { bizMail, contact, extras, live, third, topics, word, writer } from "./writer.ts"

export function note(s: Scene, t: Draft): void {
  const w = writer(s, t, ["full", "title", "initial", "upper", "caps-first"])
  t.decoy("date", date(s.rng, s.loc.fmt)).put(" ")
  if (live(w)) { t.put("cust "); w.f.name!(t); t.put(" – ") } else t.put("– ")
  topics(w)
  third(w)
  contact(w)
  extras(w)
  word(w)
  if (live(w) && s.plan.agent) { t.put(" /"); w.f.agent!(t) }
}

const REF_OF: Record<string, string> = { pharmacy: "rx", driving: "test-booking", charity: "donation-ref", marina: "berth" }

export function csv(s: Scene, t: Draft): void {
  const k = s.loc.w.keys
  const split = s.rng.chance(0.5)
  const cols = [split ? `${k.first},${k.last}` : "name", "phone", "email", REF_OF[s.domain]!.replace("-", "_"), "amount"]
  if (s.plan.extras.includes("ip")) cols.push("ip")
  t.put(cols.join(",") + "\n")
  const people = s.plan.negOnly ? [] : [s.plan.main, ...s.plan.crowd]
  people.forEach((p, i) => {
    const quoted = s.rng.chance(0.3)
    const q = quoted ? '"' : ""
    if (split) { t.put(q).name(p.given, p.parts).put(`${q},${q}`).name(p.family, []).put(q) }
    else { const style = s.rng.pick(["full", "caps-first", "upper"] as const); t.put(q); t.name(written(p, style, s.loc), p.parts); t.put(q) }
    t.put(",")
    if (i === 0 ? s.plan.phones > 0 : s.rng.chance(0.7)) t.label("PHONE", phone(s.rng, s.loc.country as CountryCode))
    t.put(",")
    if (i === 0 ? s.plan.email : s.rng.chance(0.5)) t.label("EMAIL", emailOf(s.rng, p, s.loc.hosts))
    t.put(",").decoy(REF_OF[s.domain]!, REF[REF_OF[s.domain]!]!(s.rng, s.loc)).put(",")
    const aq = s.loc.fmt.dec === "," ? '"' : ""
    t.put(aq).decoy("amount", amountOf(s)).put(aq)
    if (s.plan.extras.includes("ip")) t.put(",").label("IP_ADDRESS", ipOf(s))
    t.put("\n")
  })
  const w = writer(s, t, ["full"])
  t.put(`# ${k.note}: `)
  topics(w)
  if (s.plan.other) third(w)
  extras({ ...w, s: { ...s, plan: { ...s.plan, extras: s.plan.extras.filter((x) => x !== "ip") } } })
  word(w)
}

const amountOf = (s: Scene) => amount(s.rng, { ...s.loc.fmt, thou: "" })
const ipOf = (s: Scene) => drawIp(s.rng)

export function log(s: Scene, t: Draft): void {
  const w = writer(s, t, ["full", "lower"])
  const line = (level: string, ev: string) => { t.decoy("timestamp", stamp(s.rng)).put(` ${level} ${s.domain}.${ev} `) }
  line("INFO", "session"); t.put("app=")
  t.decoy("version", version(s.rng)).put(" ")
  if (s.plan.extras.includes("ip")) { t.put("ip="); t.label("IP_ADDRESS", ipOf(s)); t.put(" ") }
  t.put("\n")
  if (live(w)) { line("INFO", "customer"); t.put('name="'); w.f.name!(t); t.put('"') ; if (s.plan.phones) { t.put(" phone="); w.f.phone!(t) } if (s.plan.email) { t.put(" email="); w.f.email!(t) } t.put("\n") }
  line("DEBUG", "note"); t.put('msg="'); topics(w); t.put('"\n')
  if (live(w) && s.plan.other) { line("INFO", "party"); t.put('msg="'); third(w, ""); t.put('"\n') }
  const xs = s.plan.extras.filter((x) => x !== "ip")
  if (xs.length) { line("WARN", "masking_missed"); xs.forEach((x, i) => { if (i) t.put(" "); t.put(`${extraKey(s, x).toLowerCase().replace(/[ .]+/g, "_")}="`); putExtra(s, t, x); t.put('"') }); t.put("\n") }
  if (s.plan.word) { line("INFO", "free_text"); t.put('msg="'); word(w, ""); t.put('"\n') }
}

export function form(s: Scene, t: Draft): void {
  const k = s.loc.w.keys
  const w = writer(s, t, ["caps-first", "full", "upper"])
  t.put(`== ${s.loc.biz[s.domain][0]} ==\n`)
  if (live(w)) {
    t.put(`${k.name}: `); w.f.name!(t)
    t.put(`\n${k.phone}: `); if (s.plan.phones) w.f.phone!(t); else t.put("-")
    if (s.plan.email) { t.put(`\n${k.email}: `); w.f.email!(t) }
  }
  t.put(`\n${k.date}: `).decoy("date", date(s.rng, s.loc.fmt))
  t.put(`\nPostcode: `); w.f.post!(t)
  for (const x of s.plan.extras) { t.put(`\n${extraKey(s, x)}: `); putExtra(s, t, x) }
  t.put(`\n${k.note}: `); topics(w); third(w); word(w)
  if (live(w) && s.plan.phones === 2) { t.put(`\n${k.phone} 2: `); w.f.phone2!(t) }
}

export function ticket(s: Scene, t: Draft): void {
  const w = writer(s, t, ["full", "initial", "given"])
  t.put(`### #${s.rng.int(1200, 9800)} · ${s.loc.biz[s.domain][0]}\n`)
  if (live(w)) { t.put("**Customer:** "); w.f.name!(t); t.put("\n") }
  if (live(w) && s.plan.agent) { t.put("@"); w.f.agent!(t); t.put(" please check:\n") }
  t.put("- "); topics(w, "\n- ")
  if (live(w) && s.plan.other) { t.put("\n-"); third(w) }
  if (live(w) && (s.plan.phones || s.plan.email)) { t.put("\n> "); contact(w, "") }
  if (s.plan.extras.length) { t.put("\n\n`"); extras(w, "", "` `", "`") }
  if (s.plan.word) { t.put("\n\n_"); word(w, ""); t.put("_") }
  bizMail(w, "\n\n")
}
