// The README's tables, computed from what the generator builds.
import type { Built } from './corpus.ts'
import { LANGS } from './corpus.ts'

const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table']
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const row = (a: (string | number)[]) => `| ${a.join(' | ')} |`
const count = <T>(xs: T[], f: (x: T) => string) => { const m = new Map<string, number>(); for (const x of xs) m.set(f(x), (m.get(f(x)) ?? 0) + 1); return m }

export function stats(all: Built[]): string {
  const lines = all.map((b) => b.line)
  const out: string[] = []
  out.push(row(['lang', 'texts', ...KINDS, 'only negatives']), row(Array(KINDS.length + 3).fill('---')))
  for (const lang of [...LANGS, 'all']) {
    const ls = lines.filter((l) => lang === 'all' || l.lang === lang)
    out.push(row([lang, ls.length, ...KINDS.map((k) => ls.filter((l) => l.kind === k && l.entities.length > 0).length), ls.filter((l) => l.entities.length === 0).length]))
  }
  out.push('', row(['type', ...LANGS, 'all']), row(Array(LANGS.length + 2).fill('---')))
  for (const t of TYPES) {
    const per = LANGS.map((lang) => lines.filter((l) => l.lang === lang).reduce((a, l) => a + l.entities.filter((e) => e.type === t).length, 0))
    out.push(row([t, ...per, per.reduce((a, b) => a + b, 0)]))
  }
  out.push('')
  const regions = count(all, (b) => b.region)
  out.push(`Texts by region: ${[...regions].map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  out.push(`Texts by business: ${[...count(all, (b) => b.biz)].map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  const negs = lines.flatMap((l) => l.negatives.map((n) => n.kind!))
  out.push(`Negatives (${negs.length}): ${[...count(negs, (k) => k)].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
  const ents = lines.flatMap((l) => l.entities.map((e) => ({ l, e, v: l.text.slice(e.start, e.end), before: l.text.slice(e.start - 1, e.start) })))
  const ph = ents.filter((x) => x.e.type === 'PHONE')
  const f = (p: (x: (typeof ph)[number]) => boolean) => ph.filter(p).length
  out.push(`${ph.length} phones (${((ph.length / ents.length) * 100).toFixed(1)}% of ${ents.length} entities): ${f((x) => x.v.startsWith('+'))} start with +, ${f((x) => x.v.startsWith('00'))} with 00, ${f((x) => x.v.includes('(0)'))} with (0), ${f((x) => x.v.startsWith('('))} start with a bracket, ${f((x) => x.v.includes('/'))} with a slash, ${f((x) => /\d\.\d/.test(x.v))} with dots, ${f((x) => /\d-\d/.test(x.v))} with dashes, ${f((x) => /^[a-z]/.test(x.v))} spoken as words, ${f((x) => /^\d{7,}$/.test(x.v))} compact national, ${f((x) => /^\d{1,4}( \d{1,4}){3,}$/.test(x.v))} in odd digit groups, ${f((x) => /\p{L}/u.test(x.before))} right after a letter, ${f((x) => x.before === ':')} right after a colon.`)
  const pe = ents.filter((x) => x.e.type === 'PERSON').map((x) => x.v)
  out.push(`${pe.length} PERSON spans: ${pe.filter((p) => /[^\x00-\x7f]/.test(p)).length} non-ASCII (${pe.filter((p) => /\p{M}/u.test(p)).length} with combining marks, ${pe.filter((p) => /\p{Script=Cyrillic}/u.test(p)).length} Cyrillic, ${pe.filter((p) => /\p{Script=Greek}/u.test(p)).length} Greek), ${pe.filter((p) => /^\p{Ll}/u.test(p)).length} lower case, ${pe.filter((p) => /^\p{Lu}{2,}[\p{Lu}' -]* \p{Lu}\p{Ll}/u.test(p)).length} surname first in capitals.`)
  out.push(`${lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length} texts have an astral character and ${lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start)))).length} a combining mark before a label.`)
  return out.join('\n')
}
