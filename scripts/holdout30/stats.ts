// The README's tables, computed from the built corpus.
import type { Built } from './corpus.ts'
import { KINDS } from './skeletons.ts'

const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const LANGS = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'pt', 'sv', 'el', 'ro', 'cs']
const row = (a: (string | number)[]) => `| ${a.join(' | ')} |`

export function stats(built: Built[]): string {
  const lines = built.map((b) => b.line)
  const out: string[] = []
  out.push(row(['lang', 'texts', ...KINDS, 'only negatives']), row(Array(KINDS.length + 3).fill('---')))
  for (const lg of [...LANGS, 'all']) {
    const ls = built.filter((b) => lg === 'all' || b.line.lang === lg)
    out.push(row([lg, ls.length, ...KINDS.map((k) => ls.filter((b) => b.line.kind === k).length), ls.filter((b) => b.onlyNegatives).length]))
  }
  out.push('', row(['type', ...LANGS, 'all']), row(Array(LANGS.length + 2).fill('---')))
  for (const t of TYPES) {
    const c = (lg: string) => lines.filter((l) => lg === 'all' || l.lang === lg).reduce((a, l) => a + l.entities.filter((e) => e.type === t).length, 0)
    out.push(row([t, ...LANGS.map(c), c('all')]))
  }
  const count = (xs: string[]) => { const m = new Map<string, number>(); for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1); return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) }
  out.push('', `Texts by region: ${count(built.map((b) => b.region)).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  out.push(`Texts by business: ${count(built.map((b) => b.biz)).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  const negs = lines.flatMap((l) => l.negatives.map((n) => n.kind!))
  out.push(`Negatives (${negs.length}): ${count(negs).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  const all = lines.flatMap((l) => l.entities)
  const ph = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PHONE').map((e) => ({ v: l.text.slice(e.start, e.end), before: l.text.slice(e.start - 1, e.start), after: l.text.slice(e.end, e.end + 12) })))
  const f = (p: (x: { v: string; before: string; after: string }) => boolean) => ph.filter(p).length
  out.push(`${ph.length} phones (${((100 * ph.length) / all.length).toFixed(1)}% of ${all.length} entities): ${f((p) => p.v.startsWith('+'))} start with +, ${f((p) => p.v.startsWith('00'))} with 00, ${f((p) => p.v.includes('(0)'))} with (0), ${f((p) => p.v.includes('('))} with a bracket, ${f((p) => p.v.includes('/'))} with a slash, ${f((p) => /\d\.\d/.test(p.v))} with dots, ${f((p) => /\d-\d/.test(p.v))} with dashes, ${f((p) => /^[a-z]/.test(p.v))} spoken as words, ${f((p) => /^\d{7,}$/.test(p.v))} compact national, ${f((p) => /^\d{1,4}( \d{1,4}){3,}$/.test(p.v))} in odd digit groups, ${f((p) => /\p{L}/u.test(p.before))} right after a letter, ${f((p) => p.before === ':')} right after a colon, ${f((p) => /^ (ext|\(ext|x\d)/.test(p.after))} with an extension after, ${f((p) => /^(, | \/ | - )\d{1,2}:\d{2}/.test(p.after))} with a time after, ${f((p) => /^ (or|oder|ou|o|of|lub|eller|ή|sau|nebo) [+(\d]/.test(p.after))} followed by or and a second number.`)
  const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => l.text.slice(e.start, e.end)))
  out.push(`${persons.length} PERSON spans: ${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} non-ASCII (${persons.filter((p) => /\p{M}/u.test(p)).length} with combining marks, ${persons.filter((p) => /\p{Script=Greek}/u.test(p)).length} Greek), ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} lower case, ${persons.filter((p) => /^[\p{Lu}' -]{3,} \p{Lu}\p{Ll}/u.test(p)).length} surname first in capitals.`)
  const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length
  const marks = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start)))).length
  out.push(`${astral} texts have an astral character and ${marks} a combining mark before a label.`)
  return out.join('\n')
}
