// The frame of each genre: chat, SMS, note, callback table, e-mail, call summary, transcript, voicemail.
import { neg, plain, type Seg } from "./draft.ts"
import type { Pack, Picker } from "./pack.ts"
import type { Kind, Scene } from "./scene.ts"
import { dateText } from "./slots.ts"

export const KINDS: Kind[] = ["chat", "sms", "note", "callback", "email", "summary", "transcript", "voicemail"]
export interface Ctx { s: Scene; p: Picker; pk: Pack; bare: boolean }
export interface Frame { segs: Seg[]; lower: boolean }
const P = plain
const NL = P("\n")

/** The SSN or NI number sentence: three texts in four in the US and Britain (not spoken genres). */
function tax(c: Ctx): Seg[] {
  const tag = c.s.loc.tag
  if (c.bare || !(tag === "en-US" || tag === "en-GB") || !c.s.r.chance(0.75)) return []
  return [P(" "), ...c.p.take(tag === "en-US" ? "ssn" : "nino")]
}
/** An extra sentence, most often one with a card, an IBAN (or domestic bank details), an IP address or a mistyped card. */
function extra(c: Ctx): Seg[] {
  let want = c.s.r.pick(["{card}", "{iban}", "{ip}", "{masked}", "{badcard}", "{iban}", "{ip}", "{iban}", "{ip}", ""])
  if (want === "{iban}" && !c.s.can("iban")) want = "{bankline}"
  return c.p.take("extra", (t) => t.includes(want) || !c.s.can(want.slice(1, -1) || "x"))
}
/** A bare sentence, now and then a name-word one (a bare text names nobody, so any name-word fits). */
const bareOrNw = (c: Ctx) => c.p.take(c.s.r.chance(0.35) ? "nw" : "bare")
/** Clock times in one style per chat. */
function clocks(c: Ctx) {
  const r = c.s.r
  let min = (8 + r.int(10)) * 60 + r.int(60)
  const twelve = c.s.lang === "en" && c.s.loc.cc !== "IE" && r.chance(0.5)
  return () => {
    min += 1 + r.int(3)
    const h = Math.floor(min / 60)
    const m = String(min % 60).padStart(2, "0")
    return twelve ? `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? "PM" : "AM"}` : `${String(h).padStart(2, "0")}:${m}`
  }
}
function chat(c: Ctx): Frame {
  const { s, p } = c
  const tick = clocks(c)
  const wa = s.r.chance(0.35)
  const day = wa ? new Intl.DateTimeFormat(s.loc.tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(2026, s.r.int(12), 1 + s.r.int(28)))) : ""
  const out: Seg[] = []
  const say = (who: Seg[], body: Seg[]) => out.push(...(wa ? [P("["), neg("date", day), P(", "), neg("time", tick()), P("] ")] : [P("["), neg("time", tick()), P("] ")]), ...who, P(": "), ...body, NL)
  const cust = (): Seg[] => (c.bare ? [P(p.label("visitor")[0]!.t)] : wa ? s.person("C", "n") : s.r.chance(0.5) ? s.person("C", "g") : p.label("visitor"))
  const agent = (): Seg[] => (c.bare || wa ? [P(s.biz.name)] : [...s.person("A", "g"), P(` (${s.biz.name})`)])
  if (c.bare) {
    say(cust(), p.take("bare"))
    say(agent(), p.take("bare"))
    say(cust(), bareOrNw(c))
    return { segs: out, lower: false }
  }
  say(cust(), p.take("open"))
  say(agent(), p.take("ask"))
  say(cust(), [...p.take("id"), ...tax(c)])
  say(cust(), extra(c))
  if (s.r.chance(0.3)) say(cust(), extra(c))
  if (s.r.chance(0.3)) say(cust(), p.take("nw"))
  say(agent(), p.take("info"))
  return { segs: out, lower: false }
}
function sms(c: Ctx): Frame {
  const { s, p } = c
  if (c.bare) return { segs: [P(`${s.biz.name}: `), ...bareOrNw(c), P(" "), ...p.label("sms")], lower: false }
  if (s.r.chance(0.5)) {
    const sign = s.r.pick([() => [P("\n– "), ...s.person("C", "g")], () => [P("\n"), ...s.person("C", "n"), P(" "), ...s.phoneSegs("ph", "w")], () => [P("\n"), ...s.person("C", "g"), P(" mob."), ...s.phoneSegs("ph", "g")]])
    return { segs: [...p.take("open"), P(" "), ...p.take(s.r.chance(0.5) ? "extra" : "nw"), ...tax(c), ...sign()], lower: false }
  }
  return { segs: [P(`${s.biz.name}: `), ...p.take("bare"), P(" "), ...p.label("sms"), P("\n\n> "), ...p.take("id"), P(" "), ...extra(c), ...tax(c)], lower: false }
}
function note(c: Ctx): Frame {
  const { s, p } = c
  const L = (k: string) => p.label(k)
  if (c.bare) return { segs: [...L("note"), P(" · "), ...s.slot("date"), NL, P("- "), ...p.take("bare"), NL, P("- "), ...bareOrNw(c)], lower: false }
  const how = s.r.int(3)
  if (how === 0) {
    return { segs: [P("name="), ...s.person("C", "n"), P("; phone="), ...s.phoneSegs("ph", "w"), P("; email="), ...s.person("C", "e"), P(`; ref=`), ...s.slot("bo"), P("; agent="), ...s.person("A", "i"), NL, ...p.take("note"), ...tax(c)], lower: false }
  }
  const head = [...L("agentNote"), P(": "), ...s.person("A", s.r.pick(["n", "i", "g"])), P(" | "), ...s.slot("date"), P(" "), ...s.slot("time"), NL]
  if (how === 1) return { segs: [...head, ...L("customer"), P(": "), ...s.person("C", "F"), NL, ...L("phone"), P(": "), ...s.phoneSegs("ph", "w"), NL, ...p.take("note"), P(" "), ...p.take("note"), ...tax(c), NL, ...L("says"), P(' "'), ...p.take("open"), P('"')], lower: false }
  return { segs: [...head, P("• "), ...p.take("note"), NL, P("• "), ...p.take("note"), NL, P("• "), ...extra(c), ...tax(c)], lower: false }
}
function callback(c: Ctx): Frame {
  const { s, p } = c
  const L = (k: string) => p.label(k)[0]!.t
  const out: Seg[] = [P(`| ${L("name")} | ${L("number")} | ${L("time")} | ${L("reason")} |\n|---|---|---|---|\n`)]
  const rows = c.bare ? 2 : 2 + s.r.int(2)
  const who = ["C", "T", "K"]
  for (let i = 0; i < rows; i++) {
    const name = c.bare ? [P("—")] : s.person(who[i]!, s.r.pick(["n", "F", "t", "n", "i", "U"]))
    const num = c.bare ? [P("—")] : s.phoneSegs(["ph", "tph", "kph"][i]!, "w")
    out.push(P("| "), ...name, P(" | "), ...num, P(" | "), ...s.slot("time"), P(" | "), ...p.take("reasons"), P(" |\n"))
  }
  if (!c.bare && s.r.chance(0.5)) out.push(NL, ...p.take("note"))
  return { segs: out, lower: false }
}
function email(c: Ctx): Frame {
  const { s, p } = c
  const L = (k: string) => p.label(k)
  const subj = [...L("subject"), P(": "), ...L("re"), P(` ${s.biz.nouns[s.lang]![0]} (`), ...s.slot("bo"), P(")\n")]
  if (c.bare) return { segs: [...subj, NL, ...p.take("bare"), P(" "), ...bareOrNw(c), P(`\n\n${s.biz.name}`)], lower: false }
  const fwd = s.r.chance(0.3) ? [...L("fwd"), NL, ...L("from"), P(": "), ...s.person("C", "n"), P(" <"), ...s.person("C", "e"), P(">\n"), ...L("date"), P(": "), ...s.slot("date"), NL, ...L("to"), P(": "), ...s.slot("bmail"), NL] : []
  const body = [...L("hi"), P("\n\n"), ...p.take("open"), P(" "), ...extra(c), ...tax(c), ...(s.r.chance(0.3) ? [P(" "), ...p.take("nw")] : []), P("\n\n"), ...L("regards"), NL, ...s.person("C", s.r.pick(["n", "g"])), NL]
  const sign = s.r.chance(0.5) ? s.phoneSegs("ph", "w") : [...p.label("mobile"), P(" "), ...s.phoneSegs("ph", "i")]
  const quoted = [P("\n\n"), ...L("wrote"), P("\n> "), ...p.take("info"), P("\n> "), ...s.person("A", "n"), P(" | "), ...L("role"), P(` | ${s.biz.name}\n> `), ...s.slot("bph"), P(` ${p.label("ext")[0]!.t} ${100 + s.r.int(800)}`)]
  return { segs: [...fwd, ...subj, NL, ...body, ...sign, ...quoted], lower: false }
}
function summary(c: Ctx): Frame {
  const { s, p } = c
  const L = (k: string) => p.label(k)
  const head = [...L("summary"), P(" – "), ...s.slot("date"), NL]
  if (c.bare) return { segs: [...head, ...L("reason"), P(": "), ...p.take("reasons"), NL, P("- "), ...p.take("bare"), NL, P("- "), ...bareOrNw(c)], lower: false }
  return {
    segs: [...head, ...L("caller"), P(": "), ...s.person("C", s.r.pick(["tn", "n", "F"])), NL, ...L("callback"), P(": "), ...s.phoneSegs("ph", s.r.chance(0.2) ? "fix" : "w"), NL, ...L("reason"), P(": "), ...p.take("reasons"), NL,
      P("- "), ...p.take("note"), NL, P("- "), ...p.take(s.r.chance(0.5) ? "extra" : "note"), ...tax(c), NL, ...L("action"), P(": "), ...p.take("info")],
    lower: false,
  }
}
const unpunct = (segs: Seg[]) => segs.map((x) => (x.ent || x.neg ? x : P(x.t.replace(/[.,;:!?()"]/g, "").replace(/ {2,}/g, " "))))
function transcript(c: Ctx): Frame {
  const { s, p } = c
  let sec = 1 + s.r.int(3)
  const out: Seg[] = []
  const line = (who: string, body: Seg[]) => { sec += 3 + s.r.int(9); out.push(P(`[00:${String(Math.floor(sec / 60)).padStart(2, "0")}:${String(sec % 60).padStart(2, "0")}] ${who}: `), ...unpunct(body), NL) }
  const [ag, ca] = [p.label("agentT")[0]!.t, p.label("callerT")[0]!.t]
  if (c.bare) {
    line(ag, [...s.slot("bizs"), P(" "), ...p.label("hello")])
    for (let i = 0; i < 3; i++) line(i % 2 ? ag : ca, p.take("bare"))
    return { segs: out, lower: true }
  }
  const has = (...xs: string[]) => (t: string) => xs.some((x) => t.includes(x))
  line(ag, p.label("speaking"))
  line(ca, p.take("tr", has("{C.n}")))
  if (s.r.chance(0.5)) line(ca, p.take("tr", has("{bn}", "{amount}", "{bi}")))
  line(ag, p.label("tra2"))
  line(ca, p.take("tr", has("{C.s}")))
  line(ag, p.label("tra1"))
  line(ca, p.take("tr", has(s.r.chance(0.6) ? "{phs}" : "{phsfix}")))
  if (s.r.chance(0.5)) line(ca, p.take("tr", has("{tphs}")))
  line(ag, p.label("tra3"))
  return { segs: out, lower: true }
}
function voicemail(c: Ctx): Frame {
  const { s, p } = c
  const L = (k: string) => p.label(k)
  if (c.bare) return { segs: [...L("vm"), P(" — "), ...L("anon"), P(" · "), ...s.slot("date"), P(" "), ...s.slot("time"), P('\n"'), ...p.take("bare"), P(" "), ...bareOrNw(c), P('"')], lower: false }
  return { segs: [...L("vm"), P(" "), ...s.phoneSegs("ph", "w"), P(" · "), ...s.slot("date"), P(" "), ...s.slot("time"), P('\n"'), ...p.take("vm"), P('"')], lower: false }
}
export const FRAMES: Record<Kind, (c: Ctx) => Frame> = { chat, sms, note, callback, email, summary, transcript, voicemail }
export { dateText }
