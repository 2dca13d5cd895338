// The README's tables, computed from what the generator builds.
import { buildLines } from './corpus.ts'

const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table']
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const LANGS = ['en', 'pl', 'ro', 'el', 'sk', 'fi', 'sv', 'es', 'fr', 'it', 'ca']
const row = (c: (string | number)[]) => `| ${c.join(' | ')} |`

export function stats(): string {
  const built = buildLines()
  const lines = built.map((b) => b.line)
  const out: string[] = []
  out.push(row(['lang', 'texts', ...KINDS, 'only negatives']), row(Array(KINDS.length + 3).fill('---')))
  for (const l of [...LANGS, 'all']) {
    const ls = lines.filter((x) => l === 'all' || x.lang === l)
    out.push(row([l, ls.length, ...KINDS.map((k) => ls.filter((x) => x.kind === k).length), ls.filter((x) => x.entities.length === 0).length]))
  }
  out.push('', row(['type', ...LANGS, 'all']), row(Array(LANGS.length + 2).fill('---')))
  for (const t of TYPES) out.push(row([t, ...LANGS.map((l) => lines.filter((x) => x.lang === l).flatMap((x) => x.entities).filter((e) => e.type === t).length), lines.flatMap((x) => x.entities).filter((e) => e.type === t).length]))
  const reg = new Map<string, number>()
  for (const b of built) reg.set(b.region, (reg.get(b.region) ?? 0) + 1)
  out.push('', `Texts by region: ${[...reg].map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  const dom = new Map<string, number>()
  for (const b of built) dom.set(b.dom, (dom.get(b.dom) ?? 0) + 1)
  out.push(`Texts by business: ${[...dom].map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  const negs = new Map<string, number>()
  for (const l of lines) for (const n of l.negatives) negs.set(n.kind!, (negs.get(n.kind!) ?? 0) + 1)
  const nTotal = [...negs.values()].reduce((a, b) => a + b, 0)
  out.push(`Negatives (${nTotal}): ${[...negs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  const phones = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PHONE').map((e) => ({ v: l.text.slice(e.start, e.end), before: l.text.slice(e.start - 1, e.start) })))
  const total = lines.flatMap((l) => l.entities).length
  const f = (p: (x: { v: string; before: string }) => boolean) => phones.filter(p).length
  out.push(`${phones.length} phones (${((100 * phones.length) / total).toFixed(1)}% of ${total} entities): ${f((x) => x.v.startsWith('+'))} start with +, ${f((x) => x.v.startsWith('00'))} with 00, ${f((x) => x.v.includes('('))} with a bracket, ${f((x) => x.v.includes('/'))} with a slash, ${f((x) => /\d\.\d/.test(x.v))} with dots, ${f((x) => /^\d[\d-]*\d$/.test(x.v) && x.v.includes('-'))} with dashes only, ${f((x) => /^[a-z]/.test(x.v))} spoken as words, ${f((x) => /^\d+$/.test(x.v))} compact national, ${f((x) => /\p{L}/u.test(x.before))} right after a letter, ${f((x) => x.before === ':')} right after a colon.`)
  const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => l.text.slice(e.start, e.end)))
  out.push(`${persons.length} PERSON spans: ${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} non-ASCII (${persons.filter((p) => /\p{M}/u.test(p)).length} with combining marks, ${persons.filter((p) => /\p{Script=Greek}/u.test(p)).length} in Greek script), ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} lower case, ${persons.filter((p) => /^\p{Lu}{2,}\s/u.test(p)).length} surname first in capitals.`)
  out.push(`${lines.filter((l) => [...l.entities, ...l.negatives].some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length} texts have an astral character and ${lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start)))).length} a combining mark before a label.`)
  return out.join('\n')
}
