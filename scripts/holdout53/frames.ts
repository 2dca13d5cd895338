// The frame of each kind of text (chat, SMS, note, callback, e-mail, summary, transcript, voicemail) around its sentences.
import type { Locale } from "./locales.ts"
import type { Kind, Pack } from "./pack.ts"
import type { Rng } from "./rng.ts"

const allowed = (s: string, loc: Locale) =>
  (!/\{(iban|badiban)\}/.test(s) || loc.ibans.length > 0) && (!/\{acct\}/.test(s) || loc.ibans.length === 0) &&
  (!/\{(ssn|badssn)\}/.test(s) || loc.cc === "US") && (!/\{(nino|badnino)\}/.test(s) || loc.cc === "GB")

/** `n` different sentences of a pool, turning with `occ`; in the US and Britain most texts ask for the SSN or NI number. */
export function choose(pool: string[], n: number, occ: number, r: Rng, loc: Locale): string[] {
  const ok = pool.filter((s) => allowed(s, loc))
  const ids = ok.filter((s) => /\{(ssn|nino)\}/.test(s))
  const out: string[] = ids.length && r.chance(0.7) ? [r.pick(ids)] : []
  let i = occ * 3 + r.int(ok.length)
  while (out.length < n) {
    const s = ok[i++ % ok.length]!
    if (!out.includes(s)) out.push(s)
  }
  return out
}
const spoken = (s: string) => s.replace(/\{(ph|ph2|bph)\}/g, "{$1~}")

export interface Frame { template: string; lower: boolean }

export function frame(kind: Kind, p: Pack, r: Rng, loc: Locale, occ: number, bare: boolean): Frame {
  if (bare) return bareFrame(kind, p, r, loc, occ)
  const isNote = ["note", "callback", "summary"].includes(kind)
  const [a, b, c] = choose(isNote ? p.note : p.say, 3, occ, r, loc)
  const tel = r.pick(p.tel)
  const glue = /[:.]$/.test(tel) || r.chance(0.7) ? " " : ""
  const hi = (who: string) => r.pick(p.hi).replace("{X}", who)
  const v = r.int(3)
  switch (kind) {
    case "chat": {
      if (v === 2) return { template: `[{wd}, {time}] {Cg}: ${a}\n[{wd}, {time}] {biz}: ${p.ask[0]}\n[{wd}, {time}] {Cg}: ${b}`, lower: false }
      const ag = v === 0 ? "{Ag} ({biz})" : p.roles[0]
      const cu = v === 0 ? "{C}" : p.roles[1]
      return { template: `IP: {ip}\n[{time}] ${ag}: ${p.ask[1]}\n[{time}] ${cu}: ${a}\n[{time}] ${ag}: ${p.ask[0]}\n[{time}] ${cu}: ${b}`, lower: r.chance(0.3) }
    }
    case "sms":
      if (v === 0) return { template: `[{wd}, {time}] {Cg}: ${a}\n[{wd}, {time}] {biz}: ${p.ask[0]}\n[{wd}, {time}] {Cg}: ${b}`, lower: false }
      return { template: `${a} ${b}\n${v === 1 ? "{Cg}" : `{C} ${tel}${glue}{ph2}`}`, lower: r.chance(0.4) }
    case "note":
      if (v === 0) return { template: `{CF} – ${a} ${b} /{Ag}`, lower: false }
      if (v === 1) return { template: `${p.fields[0]}: {CF}\n${p.fields[1]}: {ph}\n${p.fields[2]}: {em}\n${p.fields[3]}: ${a} ${b}`, lower: false }
      return { template: `{CU} – ${a} ${b} ({Ai}, {time})`, lower: false }
    case "callback":
      if (v === 0) return { template: `${p.cb}: {C}, ${tel}${glue}{ph}\n${a}\n{time} /{Ag}`, lower: false }
      return { template: `${p.cb} | {CF} | {ph} | ${a} ${b}`, lower: false }
    case "email":
      return emailFrame(p, r, a!, b!, hi, tel, v)
    case "summary":
      return { template: `${p.sum} – {date}\n- ${p.roles[0]}: {A}\n- ${a}\n- ${b}\n- ${c}`, lower: false }
    case "transcript": {
      const spell = v === 0 ? `\n[00:00:${24 + r.int(5)}] ${p.roles[0]}: ${p.ask[2]}\n[00:00:${30 + r.int(5)}] ${p.roles[1]}: {Cs}` : ""
      return { template: `[00:00:0${2 + r.int(4)}] ${p.roles[0]}: ${p.open}\n[00:00:1${r.int(9)}] ${p.roles[1]}: ${r.pick(p.um)} ${spoken(a!)}${spell}\n[00:00:4${r.int(9)}] ${p.roles[0]}: ${p.ask[0]}\n[00:00:5${r.int(9)}] ${p.roles[1]}: ${spoken(b!)}`, lower: true }
    }
    case "voicemail":
      return { template: `${p.vm}\n"${r.pick(p.um)} ${spoken(a!)} ${spoken(b!)}"`, lower: r.chance(0.5) }
  }
}

function emailFrame(p: Pack, r: Rng, a: string, b: string, hi: (w: string) => string, tel: string, v: number): Frame {
  if (v === 0) {
    return { template: `${p.subj}: {svc} {r1}\n\n${hi(r.pick(["{Ct}", "{Cg}"]))}\n\n${p.ask[1]} ${a}\n\n${r.pick(p.bye)}\n{A}\n{biz}\n${tel} {bph} ${p.ext} {ext}\n{aem}\n\n> ${p.wrote}\n> ${b}`, lower: false }
  }
  return { template: `${p.subj}: {svc} {r1}\n\n${hi(r.pick(["{Ag}", "{biz}"]))}\n\n${a} ${b}\n\n${r.pick(p.bye)}\n{C}\n${tel} {ph}\n\n> ${p.wrote}\n> ${p.ask[0]} {bem}`, lower: false }
}

function bareFrame(kind: Kind, p: Pack, r: Rng, loc: Locale, occ: number): Frame {
  const [a, b] = choose(p.bare, 2, occ, r, loc)
  switch (kind) {
    case "chat": return { template: `[{time}] ${p.roles[1]}: ${a}\n[{time}] ${p.roles[0]}: ${b}`, lower: false }
    case "sms": return { template: `{biz}: ${a} ${b}`, lower: false }
    case "email": return { template: `${p.subj}: {r1}\n\n${a}\n${b}\n\n${r.pick(p.bye)}\n{biz}`, lower: false }
    case "summary": return { template: `${p.sum} – {date}\n- ${a}\n- ${b}`, lower: false }
    case "transcript": return { template: `[00:00:02] ${p.roles[0]}: ${a}\n[00:00:09] ${p.roles[1]}: ${b}`, lower: true }
    default: return { template: `${a} ${b}`, lower: kind === "voicemail" }
  }
}
