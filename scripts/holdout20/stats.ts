// Prints the README's count tables, computed from the corpus file.
import { readFileSync } from 'node:fs'
import { parsePhoneNumber } from 'libphonenumber-js/max'
import { CORPUS_PATH } from '../gen-holdout20.ts'
import { buildLines, origins } from './corpus.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }
const lines: Line[] = readFileSync(CORPUS_PATH, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
buildLines()
const LANGS = ['en', 'sv', 'da', 'fi', 'ro', 'hu', 'sk', 'hr', 'de', 'fr']
const KINDS = ['form', 'ocr', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript']
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
const val = (l: Line, s: Label) => l.text.slice(s.start, s.end)

const out: string[] = []
out.push(row(['lang', 'texts', ...KINDS, 'only negatives']), row(Array(KINDS.length + 3).fill('---')))
for (const lang of [...LANGS, 'all']) {
  const ls = lines.filter((l) => lang === 'all' || l.lang === lang)
  out.push(row([lang, ls.length, ...KINDS.map((k) => ls.filter((l) => l.kind === k).length), ls.filter((l) => l.entities.length === 0).length]))
}
out.push('')
out.push(row(['type', ...LANGS, 'all']), row(Array(LANGS.length + 2).fill('---')))
for (const t of TYPES) {
  const n = (lang: string) => lines.filter((l) => lang === 'all' || l.lang === lang).reduce((a, l) => a + l.entities.filter((e) => e.type === t).length, 0)
  out.push(row([t, ...LANGS.map(n), n('all')]))
}
out.push('')
const en = lines.map((l, i) => [l, origins[i]] as const).filter(([l]) => l.lang === 'en')
const regions = new Map<string, number>()
for (const [, o] of en) inc(regions, o ?? '?')
out.push(`English texts by region: ${sorted(regions).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const negs = new Map<string, number>()
let total = 0
for (const l of lines) for (const n of l.negatives) { inc(negs, n.kind ?? ''); total++ }
out.push(`Negatives (${total}): ${sorted(negs).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const cc = new Map<string, number>()
let plus = 0, zz = 0, nat = 0, words = 0
for (const l of lines)
  for (const e of l.entities.filter((x) => x.type === 'PHONE')) {
    const v = val(l, e)
    if (/^[a-z]/.test(v)) { words++; continue }
    if (v.startsWith('+')) plus++
    else if (v.startsWith('00')) zz++
    else nat++
    const regs = ['AU', 'NZ', 'NG', 'GB', 'PH', 'CA', 'SE', 'DK', 'FI', 'RO', 'HU', 'SK', 'HR', 'AT', 'US'] as const
    let country = '?'
    if (v.startsWith('+') || v.startsWith('00')) country = parsePhoneNumber(v.startsWith('00') ? `+${v.slice(2)}` : v).country ?? '?'
    else {
      const o = origins[lines.indexOf(l)] ?? ''
      const guess = { au: 'AU', nz: 'NZ', ng: 'NG', sco: 'GB', ph: 'PH', ca: 'CA', sv: 'SE', da: 'DK', fi: 'FI', ro: 'RO', hu: 'HU', sk: 'SK', hr: 'HR', de: 'AT', fr: 'CA' }[o] ?? '?'
      const ok = (r: string) => { try { return parsePhoneNumber(v, r as 'AU').isValid() } catch { return false } }
      country = ok(guess) ? guess : regs.find(ok) ?? '?'
    }
    inc(cc, country)
  }
out.push(`Phones by numbering country: ${sorted(cc).map(([k, v]) => `${k} ${v}`).join(', ')}; ${plus} start with \`+\`, ${zz} with \`00\`, ${nat} are national in digits, ${words} are spoken as words.`)
const brands = new Map<string, number>()
for (const l of lines) for (const e of l.entities.filter((x) => x.type === 'CARD')) {
  const d = val(l, e).replace(/\D/g, '')
  const p4 = Number(d.slice(0, 4))
  inc(brands, d[0] === '4' ? 'Visa' : /^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720) ? 'Mastercard' : /^3[47]/.test(d) ? 'Amex' : /^(6011|64|65)/.test(d) ? 'Discover' : p4 >= 3528 && p4 <= 3589 ? 'JCB' : /^3[68]/.test(d) ? 'Diners' : 'Maestro')
}
const ibans = new Map<string, number>()
for (const l of lines) for (const e of l.entities.filter((x) => x.type === 'IBAN')) inc(ibans, val(l, e).slice(0, 2))
const ips = lines.flatMap((l) => l.entities.filter((e) => e.type === 'IP_ADDRESS').map((e) => val(l, e)))
out.push(`Cards: ${sorted(brands).map(([k, v]) => `${k} ${v}`).join(', ')}. IBANs: ${sorted(ibans).map(([k, v]) => `${k} ${v}`).join(', ')}. IPs: ${ips.filter((x) => !x.includes(':')).length} IPv4, ${ips.filter((x) => x.includes(':')).length} IPv6 (${ips.filter((x) => x.includes('::')).length} compressed).`)
const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => val(l, e)))
const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length
const marks = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start)))).length
const nfdNames = persons.filter((p) => /[\u0300-\u036f]/.test(p)).length
out.push(`${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} PERSON spans are non-ASCII (${nfdNames} hold combining marks), ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} start in lower case, ${persons.filter((p) => /^\p{Lu}{2,}[\p{Lu}\p{M}' -]*\s\p{Lu}\p{Ll}/u.test(p)).length} put the surname first in capitals, ${persons.filter((p) => /-/.test(p)).length} are hyphenated; ${astral} texts have an astral character and ${marks} a combining mark before a label.`)
console.log(out.join('\n'))
