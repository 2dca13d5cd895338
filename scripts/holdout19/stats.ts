// Prints the README's count tables from corpus.jsonl: `bun scripts/holdout19/stats.ts`.
import { readFileSync } from 'node:fs'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { CORPUS_PATH } from '../gen-holdout19.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }
const lines: Line[] = readFileSync(CORPUS_PATH, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
const LANGS = ['en', 'pt', 'nl', 'cs', 'tr', 'pl', 'es', 'it']
const KINDS = ['form', 'sms', 'note', 'csv', 'chat', 'email', 'summary', 'json', 'transcript']
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n)
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

console.log(row(['lang', 'texts', ...KINDS, 'only negatives']))
console.log(row(Array(KINDS.length + 3).fill('---')))
for (const lang of [...LANGS, 'all']) {
  const ls = lines.filter((l) => lang === 'all' || l.lang === lang)
  console.log(row([lang, ls.length, ...KINDS.map((k) => ls.filter((l) => l.kind === k).length), ls.filter((l) => l.entities.length === 0).length]))
}
console.log()
console.log(row(['type', ...LANGS, 'all']))
console.log(row(Array(LANGS.length + 2).fill('---')))
for (const t of TYPES) {
  const per = LANGS.map((lang) => lines.filter((l) => l.lang === lang).reduce((a, l) => a + l.entities.filter((e) => e.type === t).length, 0))
  console.log(row([t, ...per, per.reduce((a, b) => a + b, 0)]))
}
console.log()
const negs = new Map<string, number>()
for (const l of lines) for (const n of l.negatives) inc(negs, n.kind ?? '')
console.log(`Negatives (${[...negs.values()].reduce((a, b) => a + b, 0)}): ${[...negs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ')}.`)
const countries = new Map<string, number>()
let plus = 0, zz = 0, nat = 0
const NAT = ['US', 'GB', 'IE', 'IN', 'SG', 'BR', 'BE', 'CZ', 'TR', 'PL', 'ES', 'MX', 'CH']
for (const l of lines)
  for (const e of l.entities.filter((x) => x.type === 'PHONE')) {
    const v = l.text.slice(e.start, e.end)
    let c = '?'
    if (v.startsWith('+') || v.startsWith('00')) {
      if (v.startsWith('+')) plus++
      else zz++
      c = parsePhoneNumber(v.startsWith('00') ? `+${v.slice(2)}` : v).country ?? '?'
    } else {
      nat++
      const lang2cc: Record<string, string[]> = { en: ['US', 'GB', 'IE', 'IN', 'SG'], pt: ['BR'], nl: ['BE'], cs: ['CZ'], tr: ['TR'], pl: ['PL'], es: ['ES', 'MX'], it: ['CH'] }
      for (const r of [...(lang2cc[l.lang] ?? []), ...NAT]) {
        try { if (parsePhoneNumber(v, r as CountryCode).isValid()) { c = r; break } } catch { /* next */ }
      }
    }
    inc(countries, c)
  }
console.log(`Phones by numbering country: ${[...countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ')}; ${plus} start with \`+\`, ${zz} with \`00\`, ${nat} are national.`)
const brands = new Map<string, number>()
const ibans = new Map<string, number>()
let v4 = 0, v6 = 0, v6c = 0
for (const l of lines)
  for (const e of l.entities) {
    const v = l.text.slice(e.start, e.end)
    if (e.type === 'CARD') {
      const d = v.replace(/\D/g, '')
      const p4 = Number(d.slice(0, 4))
      inc(brands, d[0] === '4' ? 'Visa' : /^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720) ? 'Mastercard' : /^3[47]/.test(d) ? 'Amex' : /^(6011|64|65)/.test(d) ? 'Discover' : /^35/.test(d) ? 'JCB' : /^3[68]/.test(d) ? 'Diners' : 'Maestro')
    }
    if (e.type === 'IBAN') inc(ibans, v.slice(0, 2))
    if (e.type === 'IP_ADDRESS') { if (v.includes(':')) { v6++; if (v.includes('::')) v6c++ } else v4++ }
  }
const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ')
console.log(`Cards: ${fmt(brands)}. IBANs: ${fmt(ibans)}. IPs: ${v4} IPv4, ${v6} IPv6 (${v6c} compressed).`)
const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => l.text.slice(e.start, e.end)))
const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length
const marks = lines.filter((l) => l.entities.some((e) => /[\u0300-\u036f]/u.test(l.text.slice(0, e.start)))).length
console.log(`${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} PERSON spans are non-ASCII, ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} start in lower case, ${persons.filter((p) => /^\p{Lu}{2,}/u.test(p)).length} put the surname first in capitals; ${astral} texts have an astral character and ${marks} a combining mark before a label.`)
