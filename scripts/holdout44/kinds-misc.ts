// Kinds written by staff or tills: agent notes, AI call summaries, receipts (some as OCR text).
import { story } from "./domains.ts"
import { E, N, type Piece } from "./draft.ts"
import type { Scene } from "./scene.ts"
import { contact, kv, lines, scanned } from "./util.ts"
import * as V from "./values.ts"

/** An agent's note: terse, facts run together, a callback number. */
export function note(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  d.put(`${w.note} `, s.date(), " ", s.time(), " (", s.P(st.staff, r.pick(["initial", "given"])), "): ")
  d.put(s.P(st.cust, r.pick(["full", "caps", "given"])), r.pick([" – ", ": ", ". "]), st.event, " ")
  d.put(st.facts.flatMap((f, i) => [i ? "; " : "", ...kv(f)]), ". ")
  d.put(s.say("callMe", contact(s, s.phone())), ". ")
  if (r.chance(0.4)) d.put(s.say("mailMe", [s.email(st.cust)]), ". ")
  for (const x of st.extra) d.put(x, " ")
}

/** An AI call summary in bullets with bold keys. */
export function summary(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  const b = r.pick(["- ", "• ", "* "])
  d.put(`${r.pick(["✨ ", "🤖 ", ""])}${w.summary} – ${st.brand}\n\n`)
  d.put(`${b}**${w.customer}:** `, s.P(st.cust), "\n", `${b}**${w.phone}:** `, contact(s, s.phone()), "\n")
  if (r.chance(0.5)) d.put(`${b}**${w.email}:** `, s.email(st.cust), "\n")
  d.put(`${b}**${w.issue}:** `, st.event, "\n", lines(st.facts, b))
  d.put(`\n**${w.next}:**\n1. `, s.say("reach", [s.P(st.cust, "given")], [s.tel(s.phone("mobile"))]), "\n")
  for (const [i, x] of st.extra.entries()) d.put(`${i + 2}. `, x, "\n")
}

/** A till or portal receipt; some are OCR text of a photo. */
export function receipt(s: Scene): void {
  const { r, w } = s
  const st = story(s)
  const ps: Piece[] = [`${st.brand}\n${w.receipt} ${r.pick(["#", "Nr ", "No "])}${1000 + r.int(8999)}\n`, s.date(), " ", s.time(), "\n\n"]
  for (const f of st.facts.slice(0, 3)) ps.push(...kv(f), "\n")
  ps.push(`${w.amount}: `, s.amount(20, 900), "\n", `${w.total}: `, s.amount(20, 900), "\n")
  const card = r.chance(0.35) && s.domain === "storage" ? E("CARD", V.card(r)) : N("masked-card", V.maskedCard(r))
  ps.push(`${w.card}: ${r.pick(["💳 ", ""])}`, card, ` ${r.pick(["VISA", "Mastercard", "contactless", ""])}`.trimEnd(), "\n", `${w.customer}: `, s.P(st.cust, r.pick(["full", "caps"])), "\n")
  if (r.chance(0.6)) ps.push(`${w.phone}: `, s.tel(s.phone()), "\n")
  ps.push(`${w.paid} ✓`)
  const mode = r.int(3)
  s.d.put(mode === 0 ? ps : scanned(r, ps, mode === 2))
}
