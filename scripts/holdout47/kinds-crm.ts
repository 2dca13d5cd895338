// Text as CRMs and tools emit it: CSV exports, JSON and YAML pasted into notes, an AI assistant's Markdown, and
// HTML e-mail stripped to text with its entities and links left in.
import { BRAND } from "./business.ts"
import { record, type Field } from "./records.ts"
import type { Scene } from "./scene.ts"
import { ipv4 } from "./values.ts"

const SEMI = new Set(["de", "fr", "it", "es", "pt", "pl", "cs", "ro", "hr", "tr", "fi", "et", "sv", "is", "el"])
const QUOTE_ALWAYS = new Set(["name", "customer", "policyholder", "guest_name", "created", "notes"])
const NOTES = ['Caller said ""no rush"", prefers a text first', 'Left VM; ""please use the mobile"", not landline', 'Asked for copy of T&Cs, ""will check with partner""', 'Escalated, marked ""priority""']

export function csv(s: Scene): void {
  const { r } = s
  const sep = SEMI.has(s.loc.lang) && r.chance(0.7) ? ";" : r.chance(0.15) ? "\t" : ","
  const quoteAll = r.chance(0.4)
  const people = [s.cust, ...Array.from({ length: r.int(0, 2) }, () => s.person())]
  const split = r.chance(0.5)
  const rows = people.map((p) => record(s, p, split))
  const keys = rows[0]!.map((f) => f.key)
  const notes = r.chance(0.5)
  if (r.chance(0.5)) s.t(`${BRAND[s.biz].name} export ${r.pick(["contacts", "open cases", "daily"])}.csv\n`)
  s.t([...keys, ...(notes ? ["notes"] : [])].join(sep) + "\n")
  rows.forEach((fields, i) => {
    keys.forEach((key, j) => {
      if (j > 0) s.t(sep)
      const f = fields.find((x) => x.key === key)
      if (!f) return
      const q = quoteAll || QUOTE_ALWAYS.has(key) || sep === "," && key === "created"
      s.t(q ? '"' : ""); f.put(); s.t(q ? '"' : "")
    })
    if (notes) s.t(`${sep}"${r.pick(NOTES)}"`)
    if (i < rows.length - 1) s.t("\n")
  })
}

function jsonBody(s: Scene, fields: Field[], indent: string, nl: string): void {
  fields.forEach((f, i) => {
    s.t(`${indent}"${f.key}": "`); f.put(); s.t(`"${i < fields.length - 1 ? "," : ""}${nl}`)
  })
}

export function json(s: Scene): void {
  const { r } = s
  const fields = record(s, s.cust, r.chance(0.5))
  const fence = r.chance(0.3)
  s.t(fence ? "```json\n" : r.pick(["Pasted from the portal:\n", "payload from webhook ↓\n", "CRM dump:\n"]))
  if (r.chance(0.3)) {
    s.t("{"); jsonBody(s, fields, "", " "); s.t("}")
  } else {
    s.t(`{\n  "source": "${r.pick(["web_form", "app", "ivr_callback"])}",\n  "${s.biz === "hotel" ? "guest" : "customer"}": {\n`)
    jsonBody(s, fields, "    ", "\n")
    s.t(`  },\n  "received": "2026-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(10, 28))}T${String(r.int(10, 22))}:0${r.int(0, 9)}:1${r.int(0, 9)}Z"\n}`)
  }
  s.t(fence ? "\n```" : "").t(r.chance(0.5) ? "\n" + s.w.thanks : "")
}

export function yaml(s: Scene): void {
  const { r } = s
  const fields = record(s, s.cust, r.chance(0.4))
  s.t(r.pick(["# ticket import\n", "---\n", ""]))
  s.t(`${s.biz === "hotel" ? "guest" : s.biz === "gym" ? "member" : "customer"}:\n`)
  for (const f of fields) {
    const q = r.pick(["", "", '"', "'"])
    s.t(`  ${f.key}: ${q}`); f.put(); s.t(`${q}\n`)
  }
  s.t(`status: ${r.pick(["open", "pending_callback", "escalated"])}\n`)
  if (r.chance(0.4)) { s.t("assigned_to: "); s.name(s.agent); s.t("\n") }
}

export function mdtable(s: Scene): void {
  const { r, w } = s
  const fields = record(s, s.cust, false)
  s.t(r.pick(["Here's a summary of the caller's details:\n\n", "Sure! I pulled the record together:\n\n", "### Caller details\n\n"]))
  s.t("| Field | Value |\n|---|---|\n")
  for (const f of fields) { s.t(`| ${f.key.replace(/_/g, " ")} | `); f.put(); s.t(" |\n") }
  s.t(`\n**${w.labels.next}:**\n- ${w.labels.callBackAction}: `)
  s.phone(s.cust)
  if (r.chance(0.5)) { s.t(` (${w.or} `); s.phone(s.person()); s.t(")") }
  s.t(`\n- ${r.pick(["Confirm", "Check", "Chase"])} `).ref(0)
  if (r.chance(0.5)) { s.t("\n- Owner: @"); s.name(s.agent, "given") }
  if (r.chance(0.3)) { s.t("\n- "); s.say(s.w.declined, { L: () => s.badCard() }) }
}

export function html(s: Scene): void {
  const { r, w, cust } = s
  s.t("From: "); s.name(cust); s.t(" &lt;"); s.mail(cust); s.t("&gt;\n")
  s.t(`To: ${BRAND[s.biz].name}&nbsp;Support\nSubject: RE: `).ref(0).t("\n\n")
  s.say(w.hi, { G: () => s.name(s.agent, "given") }).t("&nbsp;\n")
  s.say(w.about[["motor", "mobile", "hotel", "gym"].indexOf(s.biz)]!).t(".&nbsp;")
  if (r.chance(0.5)) s.nameWord()
  s.t("\n\n")
  s.say(w.callBack).t(r.pick([" &amp; ", ". "])).say(w.mailIs).t("\n\n")
  s.say(w.regards).t("\n"); s.name(cust); s.t("\n")
  s.t("Mobile: tel:"); s.phone(cust, ["e164"]); s.t(" | ")
  s.t("mailto:"); s.ent("EMAIL", cust.email); s.t("\n")
  if (r.chance(0.4)) { s.t("Sent from my iPhone&nbsp;\n") }
  if (r.chance(0.5)) { s.t("-- \nSubmitted via web form from IP "); s.ent("IP_ADDRESS", ipv4(r)); s.t(" on "); s.date(); s.t("\n") }
  s.t(`Privacy &amp; Terms | ${BRAND[s.biz].domain}`)
}
