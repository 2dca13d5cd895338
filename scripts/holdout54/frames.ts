// The frame of each genre around its sentences. Sentences are taken in turn within a pool (from an offset that moves
// with the text's number), skipping those the locale cannot fill.
import type { Locale } from "./locales.ts"
import type { Kind, Pack } from "./pack.ts"
import type { Rng } from "./rng.ts"
import type { Scene } from "./scene.ts"

export interface Frame { template: string; lower: boolean }

export class Picker {
  private used = new Set<string>()
  constructor(readonly scene: Scene, readonly bare: boolean, readonly occ: number) {}
  take(pool: readonly string[], salt = 0): string {
    const n = pool.length
    const start = (this.occ * 3 + salt * 5 + this.scene.r.int(3)) % n
    for (let i = 0; i < n; i++) {
      const t = pool[(start + i) % n]!
      if (!this.used.has(t) && this.scene.can(t, this.bare)) {
        this.used.add(t)
        return t
      }
    }
    throw new Error(`no usable sentence in a pool of ${n} (${this.scene.loc.tag})`)
  }
}

/** The body's sentences: customer's or note's, an ID sentence in the US and Britain, sometimes a name-word sentence. */
function body(k: Picker, p: Pack, pool: "cust" | "note" | "bare" | "bareTalk" | "talk" | "vm", n: number, loc: Locale, r: Rng): string[] {
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(k.take(p[pool], i))
  if (pool === "cust" || pool === "note") {
    const x = r.next()
    const extra = x < 0.3 ? /\{(iban|ibanN|card)\}/ : x < 0.4 ? /\{ip\}/ : x < 0.5 ? /\{(rd|luhnx|ibanx|acct)\}/ : undefined
    if (extra && !out.some((t) => extra.test(t))) {
      try {
        out.splice(r.int(out.length + 1), 0, k.take(p[pool].filter((t) => extra.test(t))))
      } catch {
        /* none this locale can use */
      }
    }
  }
  const ids = pool === "note" ? p.idsNote : pool.startsWith("bare") ? undefined : p.ids
  const idRate = pool === "talk" || pool === "vm" ? 0.75 : 0.85
  if (ids && (loc.cc === "US" || loc.cc === "GB") && r.chance(idRate)) out.splice(r.int(out.length + 1), 0, k.take(ids))
  if (pool !== "talk" && r.chance(0.3)) {
    try {
      out.splice(r.int(out.length + 1), 0, k.take(pool === "note" || pool === "bare" ? p.nwNote : p.nw))
    } catch {
      /* no name-word sentence this locale can use */
    }
  }
  return out
}

function chat(k: Picker, p: Pack, loc: Locale, r: Rng): string {
  const b = body(k, p, "cust", r.range(1, 2), loc, r)
  const whats = r.chance(0.3)
  const cTag = whats ? "{C.n}" : r.pick(["{C.g}", "{C.g}", "{L.visitor} ({C.g})", "{C.n}"])
  const aTag = whats ? "{biz}" : r.pick(["{A.g} ({biz})", "{L.agent} {A.g}", "{A.n}", "{A.g}"])
  const aTag2 = whats ? "{biz}" : r.pick(["{A.g}", aTag])
  const stamp = whats ? "{wa}" : "[{clock}]"
  const lines = whats ? [] : r.chance(0.55) ? ["{L.chatStarted} {date} · {biz} · IP {ip}"] : []
  lines.push(`${stamp} ${cTag}: ${k.take(p.hello)}`, `${stamp} ${aTag}: ${k.take(p.agent)}`)
  b.forEach((s, i) => {
    lines.push(`${stamp} ${i === 0 ? cTag : "{C.g}"}: ${s}`)
    if (i === 0 && b.length > 1) lines.push(`${stamp} ${aTag2}: ${k.take(p.agent, 1)}`)
  })
  lines.push(`${stamp} ${aTag2}: ${k.take(p.agent, 2)}`, `${stamp} {C.g}: ${k.take(p.bye).replace(/,$/, "")}`)
  if (!whats && r.chance(0.4)) lines.push(`IP: {ip}`)
  return lines.join("\n")
}

/** A greeting and what follows it: on a new line after a comma or colon (`Hi team,`), else on the same line. */
const after = (greeting: string, rest: string) => `${greeting}${/[,:]$/.test(greeting) ? "\n" : " "}${rest}`

function sms(k: Picker, p: Pack, loc: Locale, r: Rng): string {
  const b = body(k, p, "cust", r.range(1, 2), loc, r)
  if (r.chance(0.3)) return [`{wa} {C.n}: ${after(k.take(p.hello), b.join(" "))}`, `{wa} {biz}: ${after(k.take(p.dear), k.take(p.agent))}`, `{wa} {C.n}: ${k.take(p.bye).replace(/,$/, "")}`].join("\n")
  const glue = p.L.mobile.replace(/\.$/, "")
  const sign = r.pick(["{C.g}", "– {C.n}", `{C.g} ${p.L.mobile} {ph2}`, `{C.n}, ${glue}{ph2}`, `{C.g} ${glue.toLowerCase()}{ph2}`, `{C.g} ({ph})`])
  return `${after(k.take(p.hello), b.join(" "))} ${k.take(p.bye)} ${sign}`
}

function note(k: Picker, p: Pack, loc: Locale, r: Rng): string {
  const b = body(k, p, "note", r.range(1, 3), loc, r)
  switch (r.int(3)) {
    case 0: return [`{C.F} | {L.phone}: {ph} | {L.email}: {em}`, ...b, `– {A.i}`].join("\n")
    case 1: return `{C.U} – ${b.join(" ")} /{A.g}`
    default: return [`{L.customer}: {C.n}`, `{L.phone}: {ph}`, r.chance(0.5) ? `{L.email}: {em}` : `{Pcw}: {pc}`, `{L.ref}: {r1}`, `{L.note}: ${b.join(" ")}`, `{A.g}`].join("\n")
  }
}

function callback(k: Picker, p: Pack, loc: Locale, r: Rng): string {
  const b = body(k, p, "note", r.range(1, 2), loc, r)
  if (r.chance(0.5)) return `CB | {date} {time} | ${r.pick(["{C.F}", "{C.U}", "{C.n}", "{C.t}"])} | {ph} | {r1} | {L.reason}: {issue}${b.length > 1 ? ` | ${b[1]}` : ""} | {A.i}`
  return [`{L.callback}: {C.t}, {ph}${r.chance(0.4) ? " / {ph2}" : ""} – {L.bestTime} {time}`, ...b, `{L.ref} {r1}. – {A.g}`].join("\n")
}

function email(k: Picker, p: Pack, loc: Locale, r: Rng): string {
  if (r.chance(0.5)) {
    const b = body(k, p, "cust", r.range(1, 3), loc, r)
    const head = r.chance(0.6) ? [`{L.from}: {C.n} <{em}>`, `{L.to}: {bem}`] : []
    const sig = r.pick(["{C.n}\n{L.mobile} {ph}", "{C.g}\n{ph}", "{C.n}\n{L.phone}: {ph} | {em}", "{C.i}\n{L.mobile}: {ph}"])
    return [...head, `{L.subject}: {L.re} {r1}`, "", k.take(p.hello), "", b.join(" "), "", k.take(p.bye), sig, "", `> ${k.take(p.quote)}`, `> ${k.take(p.agent)}`].join("\n")
  }
  const b = [k.take(p.agent), k.take(p.agent, 1)]
  const sig = ["{A.n}", "{biz}", `{L.phone} {bph} {ext}`, "{aem}"]
  return [`{L.subject}: {r1}`, "", k.take(p.dear), "", b.join(" "), "", k.take(p.bye), ...sig, "", `> ${k.take(p.cust)}`].join("\n")
}

function summary(k: Picker, p: Pack, loc: Locale, r: Rng): string {
  const b = body(k, p, "note", r.range(2, 3), loc, r)
  const who = r.pick(["{C.n}", "{C.t}", "{C.F}"])
  const lines = [`{L.summary} – {L.agent}: {A.n}`, `• {L.customer}: ${who}, {ph}`, `• {L.issue}: {issue}`, ...b.slice(0, -1).map((s) => `• ${s}`), `• {L.next}: ${b[b.length - 1]}`]
  return lines.join("\n")
}

function transcript(k: Picker, p: Pack, loc: Locale, r: Rng): string {
  const talk = body(k, p, "talk", r.range(3, 4), loc, r)
  let t = r.range(1, 3)
  const stamp = () => `[00:${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}]`
  const lines = [`${stamp()} {L.agent}: ${k.take(p.open)}`]
  talk.forEach((s, i) => {
    t += r.range(4, 14)
    lines.push(`${stamp()} {L.caller}: ${r.chance(0.4) ? r.pick(p.fill) + " " : ""}${s}`)
    if (i < talk.length - 1 && r.chance(0.6)) {
      t += r.range(3, 9)
      lines.push(`${stamp()} {L.agent}: ${k.take(p.agent, i + 3)}`)
    }
  })
  return lines.join("\n")
}

function voicemail(k: Picker, p: Pack, loc: Locale, r: Rng): string {
  const b = [k.take(p.vmHi), ...body(k, p, "vm", r.range(1, 2), loc, r)]
  return `{L.voicemail} · {L.from} {ph} · {date} {time} · {L.duration} {dur}\n"${b.join(" ")}"`
}

function bare(kind: Kind, k: Picker, p: Pack, loc: Locale, r: Rng): string {
  const b = body(k, p, kind === "transcript" || kind === "voicemail" ? "bareTalk" : "bare", 2, loc, r)
  switch (kind) {
    case "chat": return [`[{clock}] {L.visitor}: ${b[0]}`, `[{clock}] {L.agent}: ${b.slice(1).join(" ")}`].join("\n")
    case "sms": return b.join(" ")
    case "note": return b.join("\n")
    case "callback": return `CB | {date} {time} | {r1} | {L.reason}: {issue} | ${b.join(" ")}`
    case "email": return [`{L.subject}: {r1}`, "", b.join(" "), "", k.take(p.bye)].join("\n")
    case "summary": return [`{L.summary}`, ...b.map((s) => `• ${s}`)].join("\n")
    case "transcript": return [`[00:00:02] {L.agent}: {biz}.`, `[00:00:05] {L.caller}: ${b.join(" ")}`].join("\n")
    case "voicemail": return `{L.voicemail} · {date} {time} · {L.duration} {dur}\n"${b.join(" ")}"`
  }
}

const MAKERS: Record<Kind, (k: Picker, p: Pack, loc: Locale, r: Rng) => string> = { chat, sms, note, callback, email, summary, transcript, voicemail }

export function frame(kind: Kind, k: Picker, p: Pack, loc: Locale, r: Rng, isBare: boolean): Frame {
  const template = isBare ? bare(kind, k, p, loc, r) : MAKERS[kind](k, p, loc, r)
  return { template, lower: kind === "transcript" }
}
