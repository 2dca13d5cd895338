// The eight genres' frames: chats, SMS and WhatsApp, notes, callbacks, e-mails, summaries, transcripts, voicemails.
import { bareLines, bizLine, cust, extras, note, bare as unpunct, type Ctx, type Frame } from "./frames.ts"
import type { Kind } from "./pack.ts"

const F = (template: string, lower = false): Frame => ({ template, lower })
const lines = (xs: string[]) => xs.filter(Boolean).join("\n")

function chat(c: Ctx): Frame {
  const { s, pk } = c
  const w = pk.w
  const v = s.r.int(3)
  if (c.bare) {
    const [a, b, d] = bareLines(c, 3)
    return F(lines([`[{clk}] ${w.visitor}: ${a}`, `[{clk}] {bizs}: ${b}`, d ? `[{clk}] ${w.visitor}: ${d}` : ""]))
  }
  const body = [cust(c), cust(c, true), ...extras(c)]
  if (v === 0) {
    const ag = `{A:g} ({bizs})`
    const me = s.r.chance(0.5) ? "{C:g}" : "{C:n}"
    const head = s.r.chance(0.5) ? `Chat {case} · IP {ip} · App {ver}\n` : ""
    return F(head + lines([`[{clk}] ${ag}: ${pk.a.hi}`, `[{clk}] ${me}: ${body[0]}`, `[{clk}] ${ag}: ${pk.a.ask}`, ...body.slice(1).map((b) => `[{clk}] ${me}: ${b}`), `[{clk}] ${ag}: ${pk.a.got} ${pk.a.callUs}`]))
  }
  if (v === 1) {
    return F(lines([`IP: {ip}`, `${w.visitor} ({C:n}): ${body[0]}`, `${w.agent} {A:g}: ${pk.a.ask}`, ...body.slice(1).map((b) => `${w.visitor} ({C:n}): ${b}`), `${w.agent} {A:g}: ${pk.a.got}`]))
  }
  const wa = (who: string, t: string) => `[{wdate}, {clk}] ${who}: ${t}`
  return F(lines([wa("{C:n}", body[0]!), wa("{bizs}", pk.a.ask), ...body.slice(1).map((b) => wa("{C:n}", b)), wa("{bizs}", `${pk.a.got} {A:g}`)]))
}

function sms(c: Ctx): Frame {
  const { s, pk } = c
  const w = pk.w
  if (c.bare) return F(`{bizs}: ${bareLines(c, 2).join(" ")}`)
  const v = s.r.int(3)
  const mob = s.loc.words?.mob ?? w.mob
  const sig = s.r.chance(0.5) ? `${mob}{ph2}` : s.r.pick([`${mob} {ph2}`, `${mob}: {ph2}`])
  if (v === 0) return F(`${pk.sms.hi} ${bizLine(c)} ${pk.sms.reply}\n\n${[cust(c, true), ...extras(c, 1)].join(" ")}\n{C:g}\n${sig}`)
  if (v === 1) {
    const wa = (who: string, t: string) => `[{wdate}, {clk}] ${who}: ${t}`
    return F(lines([wa("{bizs}", `${pk.sms.hi} ${bizLine(c)}`), wa("{C:g}", cust(c, true)), ...extras(c, 1).map((x) => wa("{C:g}", x)), wa("{bizs}", pk.a.got)]))
  }
  return F(`${[cust(c), cust(c, true), ...extras(c, 1)].join(" ")} – {C:n}`)
}

function noteK(c: Ctx): Frame {
  const { s, pk } = c
  const w = pk.w
  if (c.bare) return F(`${w.note} {date}: ${bareLines(c, 3).join(" ")}`)
  const v = s.r.int(3)
  const more = [note(c), ...extras(c)]
  if (v === 0) return F(`{C:F} | ${w.tel} {ph} | ${w.email} {em}\n${[note(c, true), ...more].join(" ")}\n– {A:i}`)
  if (v === 1) return F(lines([`${w.name}: {C:n}`, `${w.tel}: {ph}`, `${w.email}: {em}`, s.r.chance(0.35) ? "IP: {ip}" : "", `${w.note}: ${more.join(" ")}`, "{A:g}"]))
  return F(`{C:U} – {what}\n${lines([note(c, true), ...more])}\n/{A:g}`)
}

function callback(c: Ctx): Frame {
  const { s, pk } = c
  const w = pk.w
  if (c.bare) return F(`${w.cb} | {case} | {time} | ${bareLines(c, 2).join(" ")}`)
  const v = s.r.int(3)
  if (v === 0) return F(`${w.cb} | {C:n} | {ph} | ${w.best} {time} | {bizs}\n${[note(c), ...extras(c, 1)].join(" ")}`)
  if (v === 1) return F(lines([`${w.name} | ${w.tel} | ${w.best} | ${w.note}`, `{C:n} | {ph} | {time} | {r1}`, `{T:n} | {tph} | {time} | {x}`, `{K:n} | {kph} | {time} | {r2}`, ...extras(c, 1)]))
  return F(`${w.cb}: ${pk.cb} ${[note(c), ...extras(c, 1)].join(" ")}`)
}

function email(c: Ctx): Frame {
  const { s, pk } = c
  const w = pk.w
  const subj = `${w.subj}: ${s.r.pick(pk.mail.subj)}`
  if (c.bare) return F(`${w.subj}: ${pk.mail.subj[2]}\n\n${lines(bareLines(c, 3))}\n\n{bizs}`)
  const v = s.r.int(3)
  if (v === 0) return F(`${subj}\n\n${pk.mail.dear ? `${w.hello},` : `${w.hello} {A:g},`}\n\n${[cust(c), ...extras(c)].join(" ")}\n${cust(c, true)}\n\n${w.regards}\n{C:n}\n${w.tel} {ph}\n\n${pk.mail.quoteA}\n> ${pk.a.got}`)
  if (v === 1) {
    const ext = `${w.ext} ${s.r.range(11, 489)}`
    return F(`${subj}\n\n${pk.mail.dear ?? `${w.dear} {C:t},`}\n\n${bizLine(c)} ${pk.a.mailUs}\n\n${w.regards}\n{A:n}\n{biz}\n${w.tel} {bph} ${ext}\n{aem}\n\n${pk.mail.quoteC}\n> ${cust(c, true)}`)
  }
  return F(lines([`${w.name}: {C:n}`, `${w.email}: {em}`, `${w.tel}: {ph}`, "IP: {ip}", `${w.note}: ${[cust(c), ...extras(c)].join(" ")}`]))
}

function summary(c: Ctx): Frame {
  const w = c.pk.w
  if (c.bare) return F(lines(bareLines(c, 3).map((x) => `- ${x}`)))
  const ex = extras(c, 1)
  return F(lines([`- ${w.caller}: {C:n} ({ph})`, `- ${w.issue}: ${note(c)}`, ex.length ? `- ${w.action}: "${ex.join(" ")}"` : "", `- ${w.agent}: {A:n}`, `- ${w.next}: ${note(c, true)}`]))
}

function transcript(c: Ctx): Frame {
  const { s, pk } = c
  const t = pk.tr
  const fill = () => (s.r.chance(0.5) ? `${s.r.pick(t.fillers)} ` : "")
  if (c.bare) return F(lines(bareLines(c, 2).map((x, i) => `{off} ${i % 2 ? t.agent : t.caller}: ${fill()}${unpunct(x)}`)), true)
  const num = s.r.chance(0.35) ? t.numfix : t.num
  const second = s.r.chance(0.4) ? ` ${fill()}${t.second}` : ""
  const ex = s.r.chance(0.5) ? [`{off} ${t.agent}: ${unpunct(bizLine(c))}`] : []
  return F(lines([`{off} ${t.agent}: ${t.open}`, `{off} ${t.caller}: ${fill()}${t.name}`, `{off} ${t.caller}: ${fill()}${t.spell}`, `{off} ${t.agent}: ${t.ask}`, `{off} ${t.caller}: ${fill()}${num}${second}`, ...ex, `{off} ${t.agent}: ${t.bye}`]), true)
}

function voicemail(c: Ctx): Frame {
  const { s, pk } = c
  const w = pk.w
  const dur = `${w.dur} 0:${String(s.r.range(8, 59)).padStart(2, "0")}`
  if (c.bare) return F(`${dur} · {date} {time}\n${bareLines(c, 2).join(" ")}`)
  return F(`${w.vm} {ph} · {date} {time} · ${dur}\n${c.p.take("vm", pk.vm)}`)
}

export const FRAMES: Record<Kind, (c: Ctx) => Frame> = { chat, sms, note: noteK, callback, email, summary, transcript, voicemail }
