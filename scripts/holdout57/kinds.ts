// The frame of each genre: web chats and WhatsApp exports, SMS, CRM notes, callback lists, e-mails with a quoted
// reply and a signature, call summaries, speech-to-text transcripts (lower case, no punctuation, numbers said) and
// voicemails (the number written in the header and said in the body). Every tenth text is bare: lookalikes only.
import { unpunct, type Seg } from "./draft.ts"
import type { Picker } from "./frames.ts"
import { lineDate, time } from "./looks.ts"
import type { Kind, Pack } from "./pack.ts"
import type { Scene } from "./scene.ts"

export interface FrameIn { s: Scene; p: Picker; pk: Pack; bare: boolean }
export interface Frame { segs: Seg[]; lower: boolean }
const NL = "\n"

/** Lines joined by newlines, each rendered. */
const lines = (s: Scene, ts: string[]): Seg[] => ts.flatMap((t, i) => [...(i ? [NL] : []), ...s.render(t)])
/** A run of clock times, minutes apart, in the text's one style. */
function clocks(s: Scene, n: number): string[] {
  let h = s.r.range(8, 19)
  let m = s.r.int(50)
  return Array.from({ length: n }, () => {
    m += s.r.range(0, 3)
    if (m > 59) { m -= 60; h = (h + 1) % 24 }
    return time(s.r, s.clock, h, m)
  })
}
const T = (v: string): Seg => ({ v, n: "time" })
const D = (v: string): Seg => ({ v, n: "date" })

function chat({ s, p, pk, bare }: FrameIn): Frame {
  const wa = s.r.chance(0.35)
  const day = lineDate(s.loc, new Date(Date.UTC(2026, s.r.int(12), s.r.range(1, 28))))
  const [v, a] = bare ? [pk.ui.visitor, wa ? "{biz}" : pk.ui.agent] : [wa ? "{C.n}" : s.r.chance(0.5) ? "{C.g}" : pk.ui.visitor, wa ? "{biz}" : "{A.g} ({biz})"]
  const nw = bare ? p.nameWord() : undefined
  const body: [string, string][] = bare
    ? [[v, p.take("bare")], [a, p.take("ask")], [v, p.take("biz")], ...(nw ? [[v, nw] as [string, string]] : []), [a, p.take("bare")]]
    : [[v, p.take("cust")], [a, p.take("ask")], [v, p.take("biz")], [a, p.take("agent")], ...p.extras().flatMap((x, i): [string, string][] => [...(i ? [[a, p.take("ask")] as [string, string]] : []), [v, x]])]
  const ts = clocks(s, body.length)
  const out: Seg[] = []
  body.forEach(([who, t], i) => {
    if (i) out.push(NL)
    out.push("[", ...(wa ? [D(day), ", "] : []), T(ts[i]!), "] ", ...s.render(who), ": ", ...s.render(t))
  })
  return { segs: out, lower: false }
}

function sms({ s, p, pk, bare }: FrameIn): Frame {
  if (bare) return { segs: lines(s, [`{biz}: ${p.take("bare")} ${p.take("biz")}`, ...[p.nameWord()].filter((x): x is string => !!x)]), lower: false }
  const ex = p.extras()
  const sign = s.r.pick(["{C.g}", `${s.r.pick(pk.ui.bye)} {C.g} {ph2}`, "{C.g} {phg}", "{C.n}"])
  if (s.r.chance(0.5)) return { segs: lines(s, [`${p.take("cust")} ${p.take("biz")}`, ...ex, sign]), lower: false }
  return { segs: lines(s, [`{biz}: ${p.take("agent")}`, `${p.take("cust")} ${ex.join(" ")}`, sign]), lower: false }
}

function note({ s, p, pk, bare }: FrameIn): Frame {
  const f = pk.ui.fields
  if (bare) return { segs: lines(s, [`${pk.ui.crm} · {date} {time}`, `${f.ref}: {r1}`, `${p.take("bare")} ${p.take("biz")}`, p.take("bare")]), lower: false }
  const head = s.r.chance(0.5) ? [`${pk.ui.crm} · {A.n} · {date} {time}`, `${f.name}: {C.F}`, `${f.phone}: {ph}`] : [`${pk.ui.crm} – {A.i} – {date}`]
  return { segs: lines(s, [...head, `${p.take("note")} ${pk.ui.says} "${p.take("biz")}"`, p.take("note"), ...p.extras()]), lower: false }
}

function callback({ s, p, pk, bare }: FrameIn): Frame {
  const head = [`${pk.ui.cbTitle} – {date}`, pk.ui.cbHead]
  if (bare) return { segs: lines(s, [...head, `— | — | {time} | {topic} ({r1})`, p.take("bare"), p.take("biz")]), lower: false }
  const rows = [`{C.n} | {ph} | {time} | {topic}`, `{T.F} | {tph} | {time} | {topic} ({r1})`]
  return { segs: lines(s, [...head, ...rows, p.take("note"), ...p.extras()]), lower: false }
}

function email({ s, p, pk, bare }: FrameIn): Frame {
  const subj = `${pk.ui.subject}: ${pk.ui.re} {topic} ({r1})`
  if (bare) {
    const nw = p.nameWord()
    return { segs: lines(s, [subj, "", pk.ui.team, "", `${p.take("bare")} ${p.take("biz")}`, ...(nw ? [nw] : []), "", `> ${pk.ui.wroteBare}`, `> ${p.take("bare")}`]), lower: false }
  }
  const sig = s.r.pick([["{C.n}", "{ph}"], ["{C.n}", `${pk.ui.tel} {ph}`], [`{C.n} {ph}`], ["{C.g}"]])
  const quote = [pk.ui.wrote, s.r.pick(pk.ui.dear), p.take("agent"), "{A.n}", `${pk.ui.sig}, {biz}`, `{bph} ${pk.ui.ext} ${s.r.range(200, 489)}`]
  const body = [subj, "", s.r.pick(pk.ui.hi), "", `${p.take("cust")} ${p.take("biz")}`, ...p.extras(), "", s.r.pick(pk.ui.regards), ...sig, "", ...quote.map((q) => `> ${q}`)]
  return { segs: lines(s, body), lower: false }
}

function summary({ s, p, pk, bare }: FrameIn): Frame {
  const ui = pk.ui
  if (bare) return { segs: lines(s, [`${ui.summary} – {biz} – {date}`, `${ui.reason}: ${p.take("biz")}`, `- ${p.take("bare")}`, `- ${p.take("bare")}`]), lower: false }
  const caller = s.r.pick([`${ui.caller}: {C.n} ({ph})`, `${ui.caller}: {C.F}, {ph}`, `${ui.caller}: {C.tn}`])
  return {
    segs: lines(s, [`${ui.summary} – {biz} – {date}`, caller, `${ui.callback}: {ph2}`, `${ui.reason}: ${p.take("biz")}`, `- ${p.take("note")}`,
      ...p.extras().map((x) => `- ${x}`), `- ${ui.action}: ${p.take("agent")}`]),
    lower: false,
  }
}

function transcript({ s, p, pk, bare }: FrameIn): Frame {
  const ui = pk.ui
  const turns = bare
    ? [[ui.agentT, ui.speakingBare], [ui.callerT, p.take("bare")], [ui.agentT, p.take("ask")], [ui.callerT, p.take("biz")], [ui.callerT, p.take("saidbiz")]]
    : [[ui.agentT, ui.speaking], [ui.callerT, p.take("said")], [ui.agentT, p.take("ask")], [ui.callerT, p.take("biz")], [ui.agentT, p.take("ask")],
      [ui.callerT, p.take("said")], ...p.extras().map((x) => [ui.callerT, x]), [ui.callerT, p.take("saidbiz")]]
  let sec = s.r.range(1, 4)
  const out: Seg[] = []
  turns.forEach(([who, t], i) => {
    const stamp = `[00:${String(Math.floor(sec / 60)).padStart(2, "0")}:${String(sec % 60).padStart(2, "0")}] ${who}: `
    const said = unpunct(s.render(t!))
    const last = said[said.length - 1]
    if (typeof last === "string") said[said.length - 1] = last.trimEnd()
    out.push(...(i ? [NL] : []), stamp, ...said)
    sec += s.r.range(4, 14)
  })
  return { segs: out, lower: true }
}

function voicemail({ s, p, pk, bare }: FrameIn): Frame {
  const ui = pk.ui
  if (bare) return { segs: lines(s, [`${ui.vmHidden} · {date} {time}`, `${p.take("bare")} ${p.take("biz")} ${s.r.pick(ui.bye)}`]), lower: false }
  const ex = p.extras().filter((x) => !/\{(card|iban|ip|ip6|badcard|badiban|acct|routing|ssn|nino|badssn|badnino)\}/.test(x))
  const body = [p.take("said"), p.take("saidbiz"), ...ex, s.r.pick(ui.bye)]
  return { segs: lines(s, [`${ui.vm} {ph} · {date} {time}`, body.join(" ")]), lower: false }
}

export const FRAMES: Record<Kind, (f: FrameIn) => Frame> = { chat, sms, note, callback, email, summary, transcript, voicemail }
