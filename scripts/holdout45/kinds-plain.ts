// Plain text: chat exports, agent notes, AI summaries, SMS, speech-to-text, voicemail transcripts and letters.
import type { Draft } from "./draft.ts"
import { clock, emoji, fullName, label, sentences } from "./kit.ts"
import { sayPhone } from "./phones.ts"
import type { Scene } from "./scene.ts"

function line(s: Scene, who: () => void, f: () => void, stampStyle: number): void {
  if (stampStyle === 0) s.t(`[${s.r.int(28) + 1}/${s.r.int(12) + 1}/2026, ${clock(s)}:${String(s.r.int(60)).padStart(2, "0")}] `)
  else s.t(`${clock(s)} `)
  who()
  s.t(": ")
  f()
  s.t("\n")
}

export function chat(s: Scene): Draft {
  const st = s.r.int(2)
  const story = s.biz.story(s)
  const agent = () => (s.negOnly ? s.x(s.biz.name) : s.v("agent").x(` (${s.biz.name})`))
  const cust = () => (s.negOnly ? s.x("Bot") : s.r.chance(0.5) ? s.v("given") : fullName(s))
  line(s, agent, () => s.say(s.L.agentHi), st)
  line(s, cust, () => s.say(story[0]!), st)
  if (!s.negOnly) {
    line(s, agent, () => s.x(s.L.askName), st)
    line(s, cust, () => { emoji(s, 0.3); fullName(s) }, st)
    line(s, agent, () => s.x(s.L.askPhone), st)
    line(s, cust, () => {
      emoji(s, 0.5).v("phone")
      if (s.r.chance(0.3)) s.x(` ${s.L.or} `).put({ v: s.otherPhone(), type: "PHONE" })
    }, st)
    line(s, agent, () => s.x(s.L.askEmail), st)
    line(s, cust, () => emoji(s, 0.4).v("email"), st)
  }
  if (story.length > 1) line(s, cust, () => sentences(s, story.slice(1), " "), st)
  if (!s.negOnly && s.r.chance(0.4)) line(s, cust, () => s.nameWord().x(" 😅"), st)
  line(s, agent, () => s.x(s.L.ok), st)
  return s.d
}

export function note(s: Scene): Draft {
  s.t(`${clock(s)} `)
  if (!s.negOnly) s.v("agent").t(": ")
  for (const role of s.biz.fields(s)) {
    s.x(`${label(s, role)}: `)
    if (role === "name") fullName(s)
    else s.v(role)
    s.t("; ")
  }
  s.t("\n")
  sentences(s, s.biz.story(s), " ")
  if (!s.negOnly && s.r.chance(0.4)) s.t("\n").x("PS: ").nameWord()
  return s.d
}

export function summary(s: Scene): Draft {
  s.t("✨ AI summary\n")
  for (const role of s.biz.fields(s)) {
    s.t("- ").x(`${label(s, role)}: `)
    if (role === "name") fullName(s)
    else s.v(role)
    s.t("\n")
  }
  s.t("- ")
  sentences(s, s.biz.story(s), "\n- ")
  return s.d
}

export function sms(s: Scene): Draft {
  if (!s.negOnly) emoji(s, 0.4).x(`${label(s, "phone")}: `).v("phone").t("\n")
  else s.x(`${s.biz.name}\n`)
  emoji(s, 0.3)
  sentences(s, s.biz.story(s).slice(0, 3), " ")
  if (!s.negOnly) s.x(" ").v("given")
  return s.d
}

/** Speech is written as heard: a name from another script in its Latin spelling, the number in words. */
function heard(s: Scene): void {
  if (s.negOnly) return
  if (s.cust.translit) s.set("name", { v: s.cust.translit, type: "PERSON" })
  const source = s.r.chance(0.75) ? s.phone.formatNational() : s.val("phone").v
  s.set("phone", { v: sayPhone(source, s.loc.lang, s.loc.tag, s.r), type: "PHONE" })
}

function spoken(s: Scene): void {
  const base = s.enc
  s.enc = (v, role) => (role === "text" ? v.toLocaleLowerCase(s.loc.intl).replace(/[.,;:?!()]/g, "") : role === "PERSON" ? v.toLocaleLowerCase(s.loc.intl) : base(v, role))
  heard(s)
}

export function stt(s: Scene): Draft {
  spoken(s)
  const story = s.biz.story(s).filter((t) => !t.includes("{email}"))
  s.t("agent: ").say(s.L.agentHi).t("\ncustomer: ").say(story[0]!)
  if (!s.negOnly) s.t("\nagent: ").x(s.L.askName).t("\ncustomer: ").v("name").t("\nagent: ").x(s.L.askPhone).t("\ncustomer: ").v("phone")
  if (story.length > 1) s.t("\ncustomer: ").say(story.slice(1).join(" "))
  return s.d
}

export function voicemail(s: Scene): Draft {
  s.t(`Voicemail ${clock(s)} (0:${String(15 + s.r.int(44))}) `)
  if (s.negOnly) s.x(`— ${s.biz.name}\n`)
  else s.x("— ").v("phone").t("\n")
  heard(s)
  if (s.negOnly) s.say(s.L.status).x(" ")
  else {
    s.say(s.L.vm).x(" ").say(s.L.vmNum).x(" ")
    if (s.r.chance(0.4)) s.x("... ").say(s.L.vmNum).x(" ")
  }
  s.x(s.L.vmBye)
  return s.d
}

/** A customer's letter (scanned and typed up): sender block, date, the business, the story, a signature. */
export function letter(s: Scene): Draft {
  if (!s.negOnly) fullName(s).t("\n").v("email").t("\n\n")
  s.v("date").t("\n").x(`${s.biz.name}\n\n`)
  if (!s.negOnly) s.say(s.L.hi, { name: s.val("agent") }).t("\n\n")
  sentences(s, s.biz.story(s), " ")
  if (!s.negOnly && s.r.chance(0.3)) s.x(" ").nameWord().x(".")
  s.t("\n\n").x(s.L.bye).t("\n")
  if (!s.negOnly) s.v("name")
  else s.x(s.biz.name)
  return s.d
}
