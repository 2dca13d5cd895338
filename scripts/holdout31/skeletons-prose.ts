// Skeletons of the prose kinds: form, sms, chat, summary, note, email,
// transcript, voicemail, ticket. Each returns a template for `fill`.
import type { Ctx } from "./ctx.ts"
import { caseLines, extras, phoneLine, someExtras } from "./extras.ts"

const glue = (c: Ctx, label: string) => c.rng.pick([`${label}: `, `${label}: `, `${label}:`, `${label} `])

export function form(c: Ctx): string {
  const l = c.L.lab
  const g = c.rng
  const name = c.region.id === "HK" || g.chance(0.15) ? "{P1}" : "{p1}"
  const rows = [
    `${c.rng.pick(c.B.subject)}`,
    `${l.name}: ${name}`,
    `${glue(c, l.phone)}{ph1}`,
    g.chance(0.6) ? `${glue(c, l.mobile)}{ph2}` : `${l.mobile}: {ph2} / {ph3}`,
    `${l.email}: {em1}`,
    `${l.date}: {date}`,
    `${l.name} 2: {p2}, {ph4}`,
    ...extras(c).map((e) => `${l.notes}: ${e}`),
    `${l.notes}: ${caseLines(c, 1)[0]}`,
  ]
  return rows.join("\n")
}

export function sms(c: Ctx): string {
  const g = c.rng
  const parts = [g.pick(c.L.greet), ...caseLines(c, 1), phoneLine(c)]
  if (g.chance(0.35)) parts.push(g.pick(c.L.reach))
  parts.push(...someExtras(c, 1))
  parts.push(`${g.pick(c.L.sign)} {g3}, {biz}`)
  return parts.join(" ")
}

export function chat(c: Ctx): string {
  const g = c.rng
  let t = g.int(8 * 60, 19 * 60)
  const tm = () => {
    t += g.int(0, 3)
    return `{n:time:${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}}`
  }
  const agent = `{g3} ({biz})`
  const lines = [
    `[${tm()}] {g1}: ${caseLines(c, 1)[0]}`,
    `[${tm()}] ${agent}: ${g.pick(c.L.tr.askNum)}`,
    `[${tm()}] {g1}: {ph1}`,
    `[${tm()}] {g1}: ${g.pick(c.L.reach)}`,
    ...someExtras(c, 2).map((e) => `[${tm()}] {g1}: ${e}`),
    `[${tm()}] ${agent}: ${g.pick(c.L.tr.close)}`,
  ]
  return lines.join("\n")
}

export function summary(c: Ctx): string {
  const l = c.L.lab
  const body = [...caseLines(c, 2), c.rng.pick(c.L.reach), ...extras(c)].join(" ")
  return [`{biz} — {date}`, `${l.customer}: {p1} ({ph1})`, `${l.staff}: {p3}`, body, `${l.status}: ${c.rng.pick(c.L.status)}`].join("\n")
}

export function note(c: Ctx): string {
  const g = c.rng
  const low = g.shuffle(c.L.low)
  const lines = [`${c.L.lab.notes} {date}:`, `- ${low[0]}`, `- ${caseLines(c, 1)[0]}`, `- ${low[1]}`, ...someExtras(c, 2).map((e) => `- ${e}`), `- {p3}`]
  return lines.join("\n")
}

export function email(c: Ctx): string {
  const g = c.rng
  const sig = g.pick([`T {phx4}`, `M:{ph5}`, `${c.L.lab.mobile}: {ph5}`, `Tel{ph5}`, `{ph5}`])
  const lines = [
    `From: {p3} <{em3}>`,
    `To: ${g.chance(0.5) ? "{p1} <{em1}>" : "{em1}"}`,
    `${c.L.lab.subject}: ${g.pick(c.B.subject)}`,
    ``,
    g.pick(c.L.greet),
    ``,
    [...caseLines(c, 2), phoneLine(c)].join(" "),
    [g.pick(c.L.reach), ...extras(c)].join(" "),
    ``,
    g.pick(c.L.sign),
    `{p3}`,
    `{biz}`,
    sig,
    `{bem}`,
  ]
  return lines.join("\n")
}

export function transcript(c: Ctx): string {
  const g = c.rng
  const tr = c.L.tr
  const A = `${tr.agent}:`
  const C = `${tr.caller}:`
  const lines = [
    `${A} ${g.pick(tr.open)}`,
    `${C} ${caseLines(c, 1)[0]}`,
    `${A} ${g.pick(tr.askName)}`,
    `${C} {p1}.`,
    `${A} ${g.pick(tr.askNum)}`,
    `${C} ${g.pick(tr.give).replace("{ph1}", g.chance(0.5) ? "{phs1}" : "{ph1}")}`,
    `${C} ${g.pick(c.L.reach)}`,
    ...someExtras(c, 1).map((e) => `${C} ${e}`),
    `${A} ${g.pick(tr.close)}`,
  ]
  return lines.join("\n")
}

export function voicemail(c: Ctx): string {
  const g = c.rng
  const head = `[Voicemail {ts} · {ph2} · 0:${g.int(14, 59)}]`
  return [head, [g.pick(c.L.vm), ...caseLines(c, 1), g.pick(c.L.vmBack)].join(" ")].join("\n")
}

export function ticket(c: Ctx): string {
  const l = c.L.lab
  const g = c.rng
  const lines = [
    `#${g.pick(["TKT", "INC", "CS"])}-${g.int(10000, 99999)} | ${l.status}: ${g.pick(c.L.status)} | ${l.priority}: P${g.int(1, 4)}`,
    `${l.subject}: ${g.pick(c.B.subject)}`,
    `${l.customer}: {p1} <{em1}>`,
    `${l.staff}: {p3}`,
    `---`,
    [...caseLines(c, 2), phoneLine(c)].join(" "),
    ...extras(c),
    g.chance(0.6) ? `IP: {ip}` : `${l.ref}: {ver}`,
  ]
  return lines.join("\n")
}
