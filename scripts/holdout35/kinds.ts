// One writer per kind of text. Each writes the same facts (a person, phones,
// a relative, business numbers, one rarer type, lookalikes) in its own shape.
import { MAKERS } from "./bizids.ts"
import { type Rng, chance, int, pick } from "./rng.ts"
import { type Writer, cap } from "./writer.ts"

export interface Plan { extra?: string; look?: string; rel: boolean; staff: boolean; or: boolean; glued: boolean; say: boolean; date: boolean }
export const TITLE = { dental: "BrightBite Dental", car: "RoadReady Hire & Assist", removals: "BoxMove Removals & Storage", repair: "FixPoint Phone Repair" }

const ROLE = { dental: "dentist", car: "driver", removals: "crew_lead", repair: "technician" }
const stamp = (r: Rng) => `2026-${String(int(r, 1, 12)).padStart(2, "0")}-${String(int(r, 1, 28)).padStart(2, "0")}T${String(int(r, 7, 20)).padStart(2, "0")}:${String(int(r, 10, 59))}:${String(int(r, 10, 59))}Z`
const dateOf = (r: Rng) => pick(r, [`${int(r, 1, 28)}.${int(r, 1, 12)}.2026`, `${String(int(r, 1, 28)).padStart(2, "0")}/0${int(r, 1, 9)}/2026`, `2026-0${int(r, 1, 9)}-${int(r, 10, 28)}`])
const nMakers = (w: Writer) => MAKERS[w.biz].length
const two = (w: Writer): [number, number] => {
  const a = int(w.r, 0, nMakers(w) - 1)
  return [a, (a + 1 + int(w.r, 0, nMakers(w) - 2)) % nMakers(w)]
}
const orPair = (w: Writer) => w.T().t(` ${w.L.or} `).T()
const glued = (w: Writer) => w.t(w.L.code === "en" ? pick(w.r, ["Mob", "mob:", "Tel:"]) : `${w.L.labels.phone}:`).T()

/** Key/value facts shared by form, yaml and json: [key, writer] pairs. */
function facts(w: Writer, p: Plan): Array<[string, () => void]> {
  const [a, b] = two(w)
  const out: Array<[string, () => void]> = [
    [w.L.labels.name, () => w.P(w.main, chance(w.r, 0.3) ? "caps" : "full")],
    [w.L.labels.phone, () => (p.glued ? glued(w) : w.T({ emoji: w.kind === "form" ? 0.15 : 0 }).t(chance(w.r, 0.12) ? ` ext. ${int(w.r, 2, 89)}` : ""))],
    [w.noun(a), () => w.N(a, null)],
    [w.noun(b), () => w.N(b, null)],
  ]
  if (p.or) out.push(["alt", () => orPair(w)])
  if (p.rel) {
    const [phrase, who] = w.relative()
    out.push([phrase, () => w.P(who, "full").t(" / ").T()])
  }
  if (p.staff) out.push([ROLE[w.biz], () => w.P(w.newPerson(), "given")])
  if (p.extra) out.push(["extra", () => w.extra(p.extra!)])
  if (p.look) out.push(["check", () => w.look(p.look!)])
  if (w.L.words.some(([x]) => x === w.main.given)) out.push([w.L.labels.note, () => w.word()])
  if (p.date) out.push(["date", () => w.d.n("date", dateOf(w.r))])
  return out
}

function prose(w: Writer, p: Plan, sep = " ") {
  w.fill(pick(w.r, w.L.intro))
  const inflected = w.L.inflect?.forms[w.main.family]
  if (inflected && chance(w.r, 0.7)) {
    w.t(sep).fill(w.L.inflect!.tpl.replace("{title}", inflected[0])).d.person(inflected[1])
    w.t(".")
  }
  if (p.rel) w.t(sep).fill(w.L.relS)
  if (p.or) w.t(sep).T().t(` ${w.L.or} `).T().t(".")
  w.t(sep).fill(w.L.bizS)
  if (chance(w.r, 0.15)) w.t(sep).fill(w.L.firstS)
  if (p.glued) {
    w.t(sep)
    glued(w).t(".")
  }
  if (p.extra) w.t(sep).extra(p.extra).t(".")
  if (p.look) w.t(sep).look(p.look).t(".")
  if (w.L.words.some(([x]) => x === w.main.given)) w.t(sep).word().t(".")
  if (p.date) w.t(sep).d.n("date", dateOf(w.r))
  if (p.staff && ["note", "summary", "ticket"].includes(w.kind)) w.t(`${sep}— `).P(w.newPerson(), chance(w.r, 0.5) ? "full" : "given")
}

export const KIND_WRITERS: Record<string, (w: Writer, p: Plan) => void> = {
  form(w, p) {
    w.t(`${TITLE[w.biz]}\n`)
    for (const [k, f] of facts(w, p)) {
      w.t(`${cap(k)}: `)
      f()
      w.t("\n")
    }
  },
  yaml(w, p) {
    w.t(`# ${TITLE[w.biz]}\nrecord:\n`)
    for (const [k, f] of facts(w, p)) {
      w.t(`  ${k.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_")}: `)
      f()
      w.t("\n")
    }
  },
  json(w, p) {
    const fs = facts(w, p)
    w.t("{")
    fs.forEach(([k, f], i) => {
      w.t(`${i ? ", " : ""}"${k.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_")}": "`)
      f()
      w.t('"')
    })
    w.t("}")
  },
  csv(w, p) {
    const fs = facts(w, p).filter(([k]) => k !== "check")
    w.t(fs.map(([k]) => k.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_")).join(",") + "\n")
    fs.forEach(([, f], i) => {
      w.t(i ? "," : "")
      f()
    })
    w.t("\n")
  },
  table(w, p) {
    const fs = facts(w, p).filter(([k]) => k !== "check")
    w.t(`| ${fs.map(([k]) => k).join(" | ")} |\n|${fs.map(() => "---|").join("")}\n| `)
    fs.forEach(([, f], i) => {
      w.t(i ? " | " : "")
      f()
    })
    w.t(" |")
  },
  log(w, p) {
    w.t(`${stamp(w.r)} INFO svc=${w.biz} caller="`).P(w.main, "full").t('" msisdn=').T({ form: undefined }).t(" ")
    w.N(undefined, "=").t("\n")
    w.t(`${stamp(w.r)} INFO `).extra(p.extra ?? "IP_ADDRESS").t(" agent=").P(w.newPerson(), "given").t("\n")
    if (p.look) w.t(`${stamp(w.r)} WARN `).look(p.look).t("\n")
    if (p.rel) w.t(`${stamp(w.r)} INFO callback_to=`).T().t(" for=").P(w.newPerson(), "full").t("\n")
    if (p.or) w.t(`${stamp(w.r)} INFO alt=`).T().t(` ${w.L.or} `).T().t("\n")
  },
  sms(w, p) {
    w.t(`${w.L.hi} `).emoji(0.6).P(w.newPerson(), w.lowerOk ? "lower" : "given").t(", ")
    prose(w, { ...p, look: undefined }, " ")
    w.t(` ${w.L.thanks} `).emoji(0.4).P(w.main, chance(w.r, 0.5) ? "lower" : "given")
  },
  chat(w, p) {
    const agent = w.newPerson()
    w.t("[").d.n("time", `${int(w.r, 8, 19)}:${int(w.r, 10, 59)}`)
    w.t("] ").P(agent, "given").t(`: ${w.L.hi}! ${TITLE[w.biz]}.\n[…] `).P(w.main, "lower").t(": ")
    prose(w, p, "\n")
    w.t("\n[…] ").P(agent, "given").t(`: ${w.L.thanks} 👍`)
  },
  note(w, p) {
    w.t(`${w.L.labels.note}: `)
    prose(w, p, " ")
  },
  summary(w, p) {
    w.t(`${TITLE[w.biz]}. `)
    prose(w, p, " ")
  },
  email(w, p) {
    w.t("From: ").P(w.main, "full").t(" <").email().t(">\n")
    if (p.staff) w.t("Cc: ").P(w.newPerson(), "full").t("\n")
    w.t("Subject: ").N().t(`\n\n${w.L.hi} `).P(w.newPerson(), "given").t(",\n\n")
    prose(w, p, "\n")
    w.t(`\n\n${w.L.thanks},\n`).P(w.main, "full")
  },
  voicemail(w, p) {
    w.t("Voicemail for ").P(w.newPerson(), "given").t(" from ").emoji(0.5).T().t(` (0:${int(w.r, 10, 59)}): `)
    prose(w, { ...p, look: undefined }, " ")
  },
  ticket(w, p) {
    w.t(`[${TITLE[w.biz]}] `).N().t(" — ").P(w.newPerson(), "full").t("\n")
    prose(w, p, "\n")
  },
  transcript(w, p) {
    const agent = w.newPerson()
    w.t(`AGENT `).P(agent, "given").t(`: ${TITLE[w.biz]}, ${w.L.hi}.\n`)
    w.P(w.main, w.lowerOk && chance(w.r, 0.4) ? "lower" : "full").t(": ")
    if (p.say) {
      w.t("yeah it's ").P(w.main, "given").t(", my number is ").T({ say: true }).t(".\n")
      if (p.rel) w.t("AGENT: and a second contact?\nCALLER: my sister ").P(w.newPerson(), "given").t(", that's ").T({ say: true }).t("\n")
      w.t("AGENT: and the reference?\nCALLER: ").N().t("\n")
      if (p.extra) w.t("CALLER: ").extra(p.extra).t("\n")
      return
    }
    prose(w, p, "\n")
  },
}

/** A text holding only the business's own numbers and lookalikes. */
export function negOnlyText(w: Writer, look?: string) {
  const n = nMakers(w)
  const start = int(w.r, 0, n - 1)
  const idx = [start, (start + 1) % n, (start + 2) % n]
  if (["csv", "table"].includes(w.kind)) {
    w.t(idx.map((i) => w.noun(i)).join(w.kind === "csv" ? "," : " | ") + "\n")
    idx.forEach((i, k) => w.t(k ? (w.kind === "csv" ? "," : " | ") : "").N(i, null))
    return
  }
  if (["json", "yaml", "log", "form"].includes(w.kind)) {
    if (w.kind === "log") w.d.n("timestamp", stamp(w.r)), w.t(" INFO ")
    else if (w.kind === "json") w.t("{")
    idx.forEach((i, k) => (w.kind === "json" ? w.t(`${k ? ", " : ""}"${w.noun(i)}": "`).N(i, null).t('"') : w.t(k ? (w.kind === "log" ? " " : "\n") : "").N(i, w.kind === "log" ? "=" : ": ")))
    if (w.kind === "json") w.t("}")
    return
  }
  w.t(`${TITLE[w.biz]}: `).N(idx[0]).t(", ").N(idx[1]).t(", ").N(idx[2]).t(".")
  if (look) w.t(" ").look(look).t(".")
}
