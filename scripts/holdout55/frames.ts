// The frame of each genre around its sentences, and the picker that takes sentences in turn within a language and pool.
import type { Locale } from "./locales.ts"
import type { Kind, Pack } from "./pack.ts"
import { NAMES } from "./people.ts"
import type { Rng } from "./rng.ts"

/** A name-word sentence suits a locale when each of its words is a name in that locale's lists. */
function nameWordOk(t: string, loc: Locale): boolean {
  const list = NAMES[loc.tag]!
  const names = new Set([...list.m, ...list.f, ...list.fam.flatMap((f) => f.split("/"))].flatMap((n) => n.split(/[ -]/)).map((n) => n.toLowerCase()))
  return [...t.matchAll(/\[\[nw:([^\]]+)\]\]/g)].every((m) => names.has(m[1]!.toLowerCase()))
}

/** Whether a sentence's slots suit the locale (SSNs in the US, NI numbers in Britain, IBANs or domestic accounts). */
export function usable(t: string, loc: Locale): boolean {
  if (/\{(ssn|badssn)\}/.test(t) && loc.tag !== "en-US") return false
  if (/\{(nino|badnino)\}/.test(t) && loc.tag !== "en-GB") return false
  if (/\{(iban|badiban)\}/.test(t) && loc.ibans.length === 0) return false
  if (/\{acct\}/.test(t) && loc.ibans.length > 0) return false
  if (/\{bcode\}/.test(t) && !["US", "CA"].includes(loc.cc)) return false
  return true
}

export class Picker {
  constructor(private readonly counters: Map<string, number>, readonly loc: Locale, readonly r: Rng) {}
  /** The next usable sentence of a pool (its turn shared by all texts of the language). */
  take(pool: readonly string[], key: string, ok: (t: string) => boolean = () => true): string {
    const list = pool.filter((t) => usable(t, this.loc) && ok(t))
    if (list.length === 0) return ""
    const k = `${this.loc.lang} ${key}`
    const n = this.counters.get(k) ?? this.r.int(list.length)
    this.counters.set(k, n + 1 + (this.r.chance(0.2) ? 1 : 0))
    return list[n % list.length]!
  }
}

export interface Frame { template: string; lower: boolean }
const ID = /\{(ssn|nino)\}/
const join = (xs: string[]) => xs.filter(Boolean).join(" ")

/** A customer's sentences: the business's own, general ones, and now and then payment, identity and a name-word. */
function custLines(p: Picker, pack: Pack, biz: string, n: number): string[] {
  const r = p.r
  const out = [r.chance(0.7) ? p.take(pack.biz[biz]!, `biz ${biz}`) : ""]
  for (let i = 0; i < n; i++) out.push(p.take(pack.cust, "cust"))
  if (["en-US", "en-GB"].includes(p.loc.tag) && r.chance(0.85)) out.push(p.take(pack.pay, "id", (t) => ID.test(t)))
  if (r.chance(0.45)) out.push(p.take(pack.pay, "pay", (t) => !ID.test(t)))
  if (r.chance(0.22)) out.push(p.take(pack.nw, "nw", (t) => nameWordOk(t, p.loc)))
  return out.filter(Boolean)
}
const PAY = /\{(card|iban|acct|badcard|badiban)\}/
/** Third-person sentences: general ones, now and then a payment or (in the US and Britain) an identity number. */
const notes = (p: Picker, pack: Pack, n: number) => {
  const plain = (t: string) => !PAY.test(t) && !ID.test(t)
  const out = Array.from({ length: n }, () => p.take(pack.note, "note", plain))
  if (["en-US", "en-GB"].includes(p.loc.tag) && p.r.chance(0.8)) out.push(p.take(pack.note, "nid", (t) => ID.test(t)))
  if (p.r.chance(0.3)) out.push(p.take(pack.note, "npay", (t) => PAY.test(t)))
  if (p.r.chance(0.15)) out.push(p.take(pack.nw, "nw", (t) => nameWordOk(t, p.loc)))
  return out.filter(Boolean)
}
const bares = (p: Picker, pack: Pack, n: number) => Array.from({ length: n }, () => p.take(pack.bare, "bare"))

function chat(p: Picker, pack: Pack, biz: string, bare: boolean): string {
  const w = pack.w
  const r = p.r
  if (bare) return `[{clock}] ${w.visitor}: ${bares(p, pack, 1)[0]}\n[{clock}] ${w.agent}: ${bares(p, pack, 1)[0]}`
  const c = custLines(p, pack, biz, 1)
  const a = [p.take(pack.agent, "agent"), p.take(pack.agent, "agent")]
  const style = r.int(3)
  const lines: string[] = []
  if (style === 0) {
    lines.push(`${w.chatStart} {date}, {time} · IP {ip} · App {ver}`)
    lines.push(`[{clock}] {C.g}: ${c[0]}`, `[{clock}] {A.g} ({bshort}): ${a[0]}`)
    for (const x of c.slice(1)) lines.push(`[{clock}] {C.g}: ${x}`)
    lines.push(`[{clock}] {A.g} ({bshort}): ${a[1]}`)
  } else if (style === 1) {
    lines.push(`IP: {ip}`, `${w.visitor} ({C.n}): ${c[0]}`, `${w.agent} {A.g}: ${a[0]}`, `${w.visitor} ({C.g}): ${join(c.slice(1))}`, `${w.agent} {A.g}: ${a[1]}`)
  } else {
    lines.push(`[{wadate}, {clock}] {C.n}: ${c[0]}`, `[{wadate}, {clock}] {bshort}: ${a[0]}`)
    if (c.length > 1) lines.push(`[{wadate}, {clock}] {C.n}: ${join(c.slice(1))}`)
  }
  return lines.join("\n")
}

function sms(p: Picker, pack: Pack, biz: string, bare: boolean): string {
  const w = pack.w
  const r = p.r
  if (bare) return join(bares(p, pack, 2))
  const c = custLines(p, pack, biz, 1)
  const sig = r.pick([`\n{C.g}`, ` – {C.n}`, `\n{C.n}\n${r.pick(w.mob)}${r.pick([" ", "", ": "])}{ph3}`, ` {C.g} ${r.pick(w.mob)}{ph3}`])
  if (r.chance(0.3)) return `[{wadate}, {clock}] {C.n}: ${join(c)}\n[{wadate}, {clock}] {bshort}: ${p.take(pack.agent, "agent")}`
  return `${w.smsHi ?? `${w.hi} {A.g},`}\n${join(c)}${sig}`
}

function note(p: Picker, pack: Pack, bare: boolean): string {
  const w = pack.w
  if (bare) return `${w.note}: ${join(bares(p, pack, 2))}`
  const body = join(notes(p, pack, 2))
  switch (p.r.int(4)) {
    case 0: return `{C.F} | ${w.tel} {ph} | ${w.email} {cmail}\n${body}\n– {A.i}`
    case 1: return `${w.name}: {C.n}\n${w.tel}: {ph}\n${w.email}: {cmail}\n${p.r.chance(0.5) ? "IP: {ip}\n" : ""}${w.note}: ${body}`
    case 2: return `{C.U} – ${body} /{A.g}`
    default: return `${body}\n{A.g}`
  }
}

function callback(p: Picker, pack: Pack, bare: boolean): string {
  const w = pack.w
  const r = p.r
  if (bare) return `${w.callback} | ${w.unknown} | ${w.best} {time} | ${bares(p, pack, 1)[0]}`
  switch (r.int(3)) {
    case 0: return `${w.callback} | {C.F} | {ph} | ${w.best} {time} | {r1} | {A.g}`
    case 1: return `${w.name} | ${w.tel} | ${w.best} | ${w.note}\n{C.F} | {ph} | {time} | ${r.pick(w.topics)}\n{T.n} | {tph} | {time} | ${r.pick(w.topics)}\n{C.U} | {ph2} | {date} | ${r.pick(w.topics)}`
    default: return `${w.callback}: ${join(notes(p, pack, 1))} ${p.take(pack.note, "cbnote", (t) => /\{ph2\}/.test(t))}`
  }
}

function email(p: Picker, pack: Pack, biz: string, bare: boolean): string {
  const w = pack.w
  const r = p.r
  if (bare) return `${w.subject}: ${r.pick(w.subj)}\n\n${join(bares(p, pack, 2))}\n\n${r.pick(w.regards)}`
  if (r.chance(0.5)) {
    const c = custLines(p, pack, biz, 2)
    const form = r.chance(0.4) ? "[web form · IP {ip}]\n" : ""
    return `${form}${w.subject}: ${r.pick(w.subj)}\n\n${w.saluteA ?? `${w.dear} {A.g},`}\n\n${join(c)}\n\n${r.pick(w.regards)}\n{C.n}\n{ph}\n\n> ${w.wrote.replace("{when}", "{date}").replace("{who}", "{A.n} <{amail}>")}\n> ${p.take(pack.agent, "agent")}`
  }
  const a = [p.take(pack.agent, "agent"), p.take(pack.agent, "agent")]
  return `${w.subject}: ${w.re} ${r.pick(w.subj)}\n\n${w.saluteC ?? `${w.dear} {C.t},`}\n\n${join(a)}\n\n${r.pick(w.regards)}\n{A.n}\n{biz}\n{bph} {ext}\n{amail}\n\n> ${custLines(p, pack, biz, 1)[0]}`
}

function summary(p: Picker, pack: Pack, bare: boolean): string {
  const w = pack.w
  if (bare) return `${w.summary}\n- ${bares(p, pack, 2).join("\n- ")}`
  return `${w.summary} – {A.n}\n- ${w.caller}: {C.n} ({ph})\n- ${notes(p, pack, 2).join("\n- ")}\n- ${w.next}: ${p.take(pack.note, "next")}`
}

function transcript(p: Picker, pack: Pack, bare: boolean): string {
  const w = pack.w
  const r = p.r
  const um = () => r.pick(w.um)
  const [ag, ca] = [w.agent.toLowerCase(), w.caller.toLowerCase()]
  if (bare) return `[00:00:02] ${ag}: ${bares(p, pack, 1)[0]}\n[00:00:09] ${ca}: ${um()} ${bares(p, pack, 1)[0]}`
  const said = () => p.take(pack.said, "said", (t) => !ID.test(t))
  const lines = [`[00:00:02] ${ag}: ${w.speaking}`, `[00:00:06] ${ca}: ${um()} ${said()}`]
  lines.push(`[00:00:14] ${ag}: ${p.take(pack.sagent, "sagent")}`, `[00:00:19] ${ca}: ${r.pick(w.spell)} ${said()}`)
  if (r.chance(0.6)) lines.push(`[00:00:31] ${ag}: ${p.take(pack.sagent, "sagent")}`, `[00:00:37] ${ca}: ${um()} ${p.take(pack.said, "said", (t) => !ID.test(t))}`)
  if (["en-US", "en-GB"].includes(p.loc.tag) && r.chance(0.6)) lines.push(`[00:00:52] ${ca}: ${p.take(pack.said, "sid", (t) => ID.test(t))}`)
  return lines.join("\n")
}

function voicemail(p: Picker, pack: Pack, bare: boolean): string {
  const w = pack.w
  if (bare) return `${w.voicemail} · ${w.from} ${w.unknown} · {date} {time}\n"${join(bares(p, pack, 2))}"`
  const hasPhs = (t: string) => /\{phs/.test(t)
  const body = [p.take(pack.vm, "vm", (t) => !hasPhs(t)), p.take(pack.vm, "vmph", hasPhs)]
  return `${w.voicemail} · ${w.from} {ph} · {date} {time}\n"${join(p.r.chance(0.5) ? body : body.reverse())}"`
}

export function frame(kind: Kind, p: Picker, pack: Pack, biz: string, bare: boolean): Frame {
  switch (kind) {
    case "chat": return { template: chat(p, pack, biz, bare), lower: false }
    case "sms": return { template: sms(p, pack, biz, bare), lower: false }
    case "note": return { template: note(p, pack, bare), lower: false }
    case "callback": return { template: callback(p, pack, bare), lower: false }
    case "email": return { template: email(p, pack, biz, bare), lower: false }
    case "summary": return { template: summary(p, pack, bare), lower: false }
    case "transcript": return { template: transcript(p, pack, bare), lower: true }
    case "voicemail": return { template: voicemail(p, pack, bare), lower: false }
  }
}
