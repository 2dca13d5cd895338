// The corpus plan: which text gets which kind, business, region and flags;
// each text is built from its own seed and redrawn until it passes the
// generator's own checks (spans on word boundaries, no overlap, every name
// part inside a PERSON/EMAIL label or a name-word/date negative).
import { Rng, hash } from "./prng.ts"
import { LOCALES, type Locale } from "./locales.ts"
import { BIZES, type Biz } from "./business.ts"
import { Ctx } from "./context.ts"
import type { Record as Rec, Span } from "./render.ts"
import { formKind, smsKind, chatKind, summaryKind, noteKind, emailKind, voicemailKind, ticketKind, transcriptKind } from "./kinds-prose.ts"
import { csvKind, jsonKind, logKind, tableKind, yamlKind, negativesOnly } from "./kinds-data.ts"

export const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"] as const
const SKELETONS: Record<string, (c: Ctx) => void> = {
  form: formKind, sms: smsKind, chat: chatKind, summary: summaryKind, note: noteKind, email: emailKind, csv: csvKind,
  json: jsonKind, transcript: transcriptKind, voicemail: voicemailKind, ticket: ticketKind, log: logKind, table: tableKind, yaml: yamlKind,
}
export const TOTAL = 476

export interface Built {
  record: Rec
  nameParts: string[]
  negativesOnly: boolean
  biz: Biz
  locale: string
  emoji: boolean
}
interface Slot {
  i: number
  kind: string
  biz: Biz
  loc: Locale
  negOnly: boolean
  nfd: boolean
}

function weighted(r: Rng, xs: Locale[]): Locale {
  const total = xs.reduce((a, l) => a + l.weight, 0)
  let x = r.next() * total
  for (const l of xs) if ((x -= l.weight) < 0) return l
  return xs[xs.length - 1]!
}
export function plan(): Slot[] {
  const r = new Rng(34_2026)
  const en = LOCALES.filter((l) => l.lang === "en")
  const other = LOCALES.filter((l) => l.lang !== "en")
  const out: Slot[] = []
  for (let i = 0; i < TOTAL; i++) {
    const loc = i % 2 === 0 ? weighted(r, en) : weighted(r, other)
    const kind = KINDS[Math.floor(i / 2) % 14]!
    const biz = BIZES[(i + Math.floor(i / 14)) % 4]!
    const nfd = loc.lang !== "en" && r.chance(0.3)
    out.push({ i, kind, biz, loc, negOnly: i % 8 === 5, nfd })
  }
  return out
}

const WORD = /[\p{L}\p{N}\p{M}]/u
function spanProblem(text: string, s: Span, phone: boolean): string | null {
  const v = text.slice(s.start, s.end)
  if (s.start < 0 || s.end > text.length || s.start >= s.end) return "out of bounds"
  if (v !== v.trim()) return "untrimmed"
  const before = text[s.start - 1] ?? " "
  const after = text[s.end] ?? " "
  if (WORD.test(after)) return `cuts a word after: ${v}`
  if (!phone && WORD.test(before)) return `cuts a word before: ${v}`
  if (phone && /[\p{N}]/u.test(before)) return `digit before phone: ${v}`
  return null
}
export function selfCheck(b: Rec, parts: string[]): string | null {
  const all = [...b.entities.map((e) => ({ ...e, t: e.type as string })), ...b.negatives.map((n) => ({ ...n, t: n.kind }))].sort((x, y) => x.start - y.start)
  for (let k = 0; k < all.length; k++) {
    const s = all[k]!
    const p = spanProblem(b.text, s, s.t === "PHONE")
    if (p) return p
    if (k > 0 && all[k - 1]!.end > s.start) return "overlap"
  }
  const ok = all.filter((s) => ["PERSON", "EMAIL", "name-word", "date"].includes(s.t))
  const hay = b.text.toLowerCase()
  for (const part of parts) {
    for (const form of new Set([part.normalize("NFC").toLowerCase(), part.normalize("NFD").toLowerCase()])) {
      for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
        if (!ok.some((s) => s.start <= at && at + form.length <= s.end)) return `name part ${part} loose at ${at}`
      }
    }
  }
  return null
}

function buildOne(s: Slot): Built {
  const id = `${s.loc.lang}-${s.kind}-${String(s.i).padStart(4, "0")}`
  let last = ""
  for (let attempt = 0; attempt < 200; attempt++) {
    const r = new Rng(hash(id) + attempt * 7919)
    const c = new Ctx(r, s.loc, s.biz, s.kind, s.nfd)
    if (s.negOnly) negativesOnly(c)
    else SKELETONS[s.kind]!(c)
    const text = c.b.text.trimEnd()
    const record: Rec = { id, lang: s.loc.lang, kind: s.kind, text, entities: c.b.entities, negatives: c.b.negatives }
    const parts = [...c.b.nameParts]
    const problem = selfCheck(record, parts)
    if (!problem) return { record, nameParts: parts, negativesOnly: s.negOnly, biz: s.biz, locale: s.loc.key, emoji: c.emojiUsed }
    last = problem
  }
  throw new Error(`${id}: ${last}`)
}

export function buildAllRecords(): Built[] {
  return plan().map(buildOne)
}
