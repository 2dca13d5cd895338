// The README's tables, computed from the built corpus.
import type { Built } from './corpus.ts'

export function stats(all: Built[]): string {
  const langs = [...new Set(all.map((b) => b.line.lang))]
  const kinds = [...new Set(all.map((b) => b.line.kind))].sort()
  const types = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
  const out: string[] = []
  out.push(`| lang | texts | ${kinds.join(' | ')} | only negatives |`, `| ${Array(kinds.length + 3).fill('---').join(' | ')} |`)
  const row = (label: string, xs: Built[]) => `| ${label} | ${xs.length} | ${kinds.map((k) => xs.filter((b) => b.line.kind === k && !b.onlyNegatives).length).join(' | ')} | ${xs.filter((b) => b.onlyNegatives).length} |`
  for (const l of langs) out.push(row(l, all.filter((b) => b.line.lang === l)))
  out.push(row('all', all), '')
  out.push(`| type | ${langs.join(' | ')} | all |`, `| ${Array(langs.length + 2).fill('---').join(' | ')} |`)
  const cnt = (xs: Built[], t: string) => xs.reduce((a, b) => a + b.line.entities.filter((e) => e.type === t).length, 0)
  for (const t of types) out.push(`| ${t} | ${langs.map((l) => cnt(all.filter((b) => b.line.lang === l), t)).join(' | ')} | ${cnt(all, t)} |`)
  out.push('')
  const by = (f: (b: Built) => string) => { const m = new Map<string, number>(); for (const b of all) m.set(f(b), (m.get(f(b)) ?? 0) + 1); return [...m].map(([k, v]) => `${k} ${v}`).join(', ') }
  out.push(`Texts by region: ${by((b) => b.region)}.`)
  out.push(`Texts by business: ${by((b) => b.biz)}.`)
  const negs = new Map<string, number>()
  for (const b of all) for (const n of b.line.negatives) negs.set(n.kind!, (negs.get(n.kind!) ?? 0) + 1)
  const negTotal = [...negs.values()].reduce((a, b) => a + b, 0)
  out.push(`Negatives (${negTotal}): ${[...negs].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  const phones = all.flatMap((b) => b.line.entities.filter((e) => e.type === 'PHONE').map((e) => ({ v: b.line.text.slice(e.start, e.end), before: b.line.text.slice(e.start - 1, e.start), after: b.line.text.slice(e.end, e.end + 12) })))
  const total = all.reduce((a, b) => a + b.line.entities.length, 0)
  const f = (p: (x: { v: string; before: string; after: string }) => boolean) => phones.filter(p).length
  out.push(`${phones.length} phones (${((phones.length / total) * 100).toFixed(1)}% of ${total} entities): ${f((p) => p.v.startsWith('+'))} start with +, ${f((p) => p.v.startsWith('00'))} with 00, ${f((p) => p.v.includes('(0)'))} with (0), ${f((p) => p.v.includes('('))} with a bracket, ${f((p) => p.v.includes('/'))} with a slash, ${f((p) => /\d\.\d/.test(p.v))} with dots, ${f((p) => /\d-\d/.test(p.v))} with dashes, ${f((p) => /^[a-z]/.test(p.v))} spoken as words, ${f((p) => /^\d{7,}$/.test(p.v))} compact national, ${f((p) => /^\d{1,4}( \d{1,4}){3,}$/.test(p.v))} in odd digit groups, ${f((p) => /\p{L}/u.test(p.before))} right after a letter, ${f((p) => p.before === ':')} right after a colon, ${f((p) => /^ (ext|\(ext|x\d)/.test(p.after))} with an extension after, ${f((p) => /^(, | \/ | - )\d{1,2}:\d{2}/.test(p.after))} with a time after.`)
  const persons = all.flatMap((b) => b.line.entities.filter((e) => e.type === 'PERSON').map((e) => b.line.text.slice(e.start, e.end)))
  out.push(`${persons.length} PERSON spans: ${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} non-ASCII (${persons.filter((p) => /\p{M}/u.test(p)).length} with combining marks, ${persons.filter((p) => /\p{Script=Cyrillic}/u.test(p)).length} Cyrillic), ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} lower case, ${persons.filter((p) => /^[\p{Lu}' -]{3,} \p{Lu}\p{Ll}/u.test(p.normalize('NFC'))).length} surname first in capitals.`)
  const astral = all.filter((b) => b.line.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(b.line.text.slice(0, e.start)))).length
  const marks = all.filter((b) => b.line.entities.some((e) => /\p{M}/u.test(b.line.text.slice(0, e.start)))).length
  out.push(`${astral} texts have an astral character and ${marks} a combining mark before a label.`)
  return out.join('\n')
}
