// The README's count tables, computed from the generated lines.
import type { Line, Meta } from './corpus.ts'
import { LANGS } from './corpus.ts'

const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table']
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

export function stats(lines: Line[], meta: Meta[]): string {
  const out: string[] = []
  out.push(row(['lang', 'texts', ...KINDS, 'only negatives']), row(Array(KINDS.length + 3).fill('---')))
  for (const lang of [...LANGS, 'all']) {
    const ls = lines.filter((l) => lang === 'all' || l.lang === lang)
    out.push(row([lang, ls.length, ...KINDS.map((k) => ls.filter((l) => l.kind === k).length), ls.filter((l) => !l.entities.length).length]))
  }
  out.push('', row(['type', ...LANGS, 'all']), row(Array(LANGS.length + 2).fill('---')))
  for (const t of TYPES) {
    const n = (lang?: string) => lines.filter((l) => !lang || l.lang === lang).reduce((a, l) => a + l.entities.filter((e) => e.type === t).length, 0)
    out.push(row([t, ...LANGS.map((x) => n(x)), n()]))
  }
  const count = (xs: string[]) => { const m = new Map<string, number>(); for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1); return m }
  const fmt = (m: Map<string, number>, sort = false) => [...m].sort((a, b) => (sort ? b[1] - a[1] || a[0].localeCompare(b[0]) : 0)).map(([k, v]) => `${k} ${v}`).join(', ')
  out.push('', `Texts by region: ${fmt(count(meta.map((m) => m.region)))}.`)
  out.push(`Texts by business: ${fmt(count(meta.map((m) => m.biz)))}.`)
  const negs = lines.flatMap((l) => l.negatives.map((n) => n.kind))
  out.push(`Negatives (${negs.length}): ${fmt(count(negs), true)}.`)
  const phones = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PHONE').map((e) => ({ v: l.text.slice(e.start, e.end), b: l.text.slice(e.start - 1, e.start) })))
  const total = lines.reduce((a, l) => a + l.entities.length, 0)
  const f = (p: (x: { v: string; b: string }) => boolean) => phones.filter(p).length
  out.push(`${phones.length} phones (${((phones.length / total) * 100).toFixed(1)}% of ${total} entities): ${f((x) => x.v.startsWith('+'))} start with +, ${f((x) => x.v.startsWith('00'))} with 00, ${f((x) => x.v.includes('(0)'))} with (0), ${f((x) => x.v.startsWith('('))} start with a bracket, ${f((x) => x.v.includes('/'))} with a slash, ${f((x) => /\d\.\d/.test(x.v))} with dots, ${f((x) => /\d-\d/.test(x.v) && !/[ .]/.test(x.v))} with dashes only, ${f((x) => /^[a-z]/.test(x.v))} spoken as words, ${f((x) => /^\d{7,}$/.test(x.v))} compact national, ${f((x) => /\p{L}/u.test(x.b))} right after a letter, ${f((x) => x.b === ':')} right after a colon.`)
  const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => l.text.slice(e.start, e.end)))
  out.push(`${persons.length} PERSON spans: ${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} non-ASCII (${persons.filter((p) => /\p{M}/u.test(p)).length} with combining marks), ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} lower case, ${persons.filter((p) => /^\p{Lu}{2,}\b/u.test(p.split(' ')[0]!) && p.split(' ')[0] === p.split(' ')[0]!.toUpperCase() && p.split(' ')[0]!.length > 1).length} surname first in capitals, ${persons.filter((p) => /\b[ds]\/o\b|\bbin(te)?\b/.test(p)).length} Malay or Tamil patronymics.`)
  const astral = lines.filter((l) => [...l.entities, ...l.negatives].some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length
  const marks = lines.filter((l) => [...l.entities, ...l.negatives].some((e) => /\p{M}/u.test(l.text.slice(0, e.start)))).length
  out.push(`${astral} texts have an astral character and ${marks} a combining mark before a label.`)
  return out.join('\n')
}
