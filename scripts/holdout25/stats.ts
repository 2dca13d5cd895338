// The README's tables, computed from the corpus file (and the generator's regions).
import { readFileSync } from 'node:fs'
import { CORPUS_PATH } from '../gen-holdout25.ts'
import { buildLines } from './corpus.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }
const lines: Line[] = readFileSync(CORPUS_PATH, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
const LANGS = ['en', 'nl', 'pt', 'cs', 'hu', 'no', 'tr', 'hr', 'es', 'fr']
const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table']
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const out: string[] = []

out.push(row(['lang', 'texts', ...KINDS, 'only negatives']), row(Array(KINDS.length + 3).fill('---')))
for (const lang of [...LANGS, 'all']) {
  const ls = lines.filter((l) => lang === 'all' || l.lang === lang)
  out.push(row([lang, ls.length, ...KINDS.map((k) => ls.filter((l) => l.kind === k).length), ls.filter((l) => l.entities.length === 0).length]))
}
out.push('')
out.push(row(['type', ...LANGS, 'all']), row(Array(LANGS.length + 2).fill('---')))
for (const ty of TYPES) {
  const n = (lang?: string) => lines.filter((l) => !lang || l.lang === lang).reduce((a, l) => a + l.entities.filter((e) => e.type === ty).length, 0)
  out.push(row([ty, ...LANGS.map((l) => n(l)), n()]))
}
out.push('')
const regions = new Map<string, number>()
for (const l of buildLines()) regions.set(l.region, (regions.get(l.region) ?? 0) + 1)
out.push(`Texts by region: ${[...regions].map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const negs = new Map<string, number>()
for (const l of lines) for (const n of l.negatives) negs.set(n.kind!, (negs.get(n.kind!) ?? 0) + 1)
const negTotal = [...negs.values()].reduce((a, b) => a + b, 0)
out.push(`Negatives (${negTotal}): ${[...negs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const phones = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PHONE').map((e) => ({ v: l.text.slice(e.start, e.end), before: l.text.slice(e.start - 1, e.start) })))
const total = lines.reduce((a, l) => a + l.entities.length, 0)
const c = (f: (p: { v: string; before: string }) => boolean) => phones.filter(f).length
out.push(`${phones.length} phones (${((100 * phones.length) / total).toFixed(1)}% of ${total} entities): ${c((p) => p.v.startsWith('+'))} start with +, ${c((p) => p.v.startsWith('00'))} with 00, ${c((p) => p.v.includes('('))} with a bracket, ${c((p) => p.v.includes('/'))} with a slash, ${c((p) => p.v.includes('.'))} with dots, ${c((p) => /^[a-z]/.test(p.v))} spoken as words, ${c((p) => /^\d+$/.test(p.v))} compact national, ${c((p) => /\p{L}/u.test(p.before))} right after a letter, ${c((p) => p.before === ':')} right after a colon.`)
const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => l.text.slice(e.start, e.end)))
out.push(`${persons.length} PERSON spans: ${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} non-ASCII (${persons.filter((p) => /\p{M}/u.test(p)).length} with combining marks), ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} lower case, ${persons.filter((p) => /^\p{Lu}{2,}/u.test(p.normalize('NFC')) && / /.test(p)).length} surname first in capitals.`)
const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length
const marks = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start)))).length
out.push(`${astral} texts have an astral character and ${marks} a combining mark before a label.`)
console.log(out.join('\n'))
