// Prints the count tables of the README from the corpus file: `bun scripts/holdout23/stats.ts`.
import { readFileSync } from 'node:fs'
import { CORPUS_PATH } from '../gen-holdout23.ts'
import { build } from './corpus.ts'

const lines = readFileSync(CORPUS_PATH, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { lang: string; kind: string; text: string; entities: { type: string; start: number; end: number }[]; negatives: { kind: string }[] })
const langs = ['en', 'de', 'it', 'es', 'pt', 'fr', 'nl', 'da']
const kinds = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ivr']
const types = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const row = (xs: (string | number)[]) => `| ${xs.join(' | ')} |`
console.log(row(['lang', 'texts', ...kinds, 'only negatives']))
console.log(row(Array(kinds.length + 3).fill('---')))
for (const lg of [...langs, 'all']) {
  const ls = lines.filter((l) => lg === 'all' || l.lang === lg)
  console.log(row([lg, ls.length, ...kinds.map((k) => ls.filter((l) => l.kind === k).length), ls.filter((l) => !l.entities.length).length]))
}
console.log()
console.log(row(['type', ...langs, 'all']))
console.log(row(Array(langs.length + 2).fill('---')))
for (const t of types) {
  const n = (lg: string) => lines.filter((l) => lg === 'all' || l.lang === lg).reduce((a, l) => a + l.entities.filter((e) => e.type === t).length, 0)
  console.log(row([t, ...langs.map(n), n('all')]))
}
const regions = new Map<string, number>()
for (const b of build()) regions.set(b.region, (regions.get(b.region) ?? 0) + 1)
console.log(`\nTexts by region: ${[...regions].map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const neg = new Map<string, number>()
for (const l of lines) for (const n of l.negatives) neg.set(n.kind, (neg.get(n.kind) ?? 0) + 1)
console.log(`Negatives (${[...neg.values()].reduce((a, b) => a + b, 0)}): ${[...neg].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const phones = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PHONE').map((e) => l.text.slice(e.start, e.end)))
const all = lines.reduce((a, l) => a + l.entities.length, 0)
console.log(`${phones.length} phones (${((phones.length / all) * 100).toFixed(1)}% of ${all} entities): ${phones.filter((p) => p.startsWith('+')).length} start with +, ${phones.filter((p) => p.startsWith('00')).length} with 00, ${phones.filter((p) => p.startsWith('(')).length} with a bracket, ${phones.filter((p) => /^[a-z]/.test(p)).length} spoken as words, ${phones.filter((p) => /^\d+$/.test(p)).length} compact national.`)
const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => l.text.slice(e.start, e.end)))
console.log(`${persons.length} PERSON spans: ${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} non-ASCII (${persons.filter((p) => /[\u0300-\u036f]/.test(p)).length} with combining marks), ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} lower case, ${persons.filter((p) => /^\p{Lu}{2,}/u.test(p) && /^[\p{Lu}\p{M}' -]+ \p{Lu}\p{Ll}/u.test(p)).length} surname first in capitals.`)
console.log(`${lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length} texts have an astral character and ${lines.filter((l) => l.entities.some((e) => /[\u0300-\u036f]/u.test(l.text.slice(0, e.start)))).length} a combining mark before a label.`)
