// Prints the README's count tables from the generated corpus (bun scripts/holdout22/stats.ts).
import { isIP } from 'node:net'
import { parsePhoneNumber } from 'libphonenumber-js/max'
import { buildMeta } from './corpus.ts'

const metas = buildMeta()
const lines = metas.map((m) => m.line)
const LANGS = ['en', 'fr', 'nl', 'no', 'cs', 'pl', 'lt', 'lb', 'es']
const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail']
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n)
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const out: string[] = []

out.push(row(['lang', 'texts', ...KINDS, 'only negatives']), row(Array(KINDS.length + 3).fill('---')))
for (const lang of [...LANGS, 'all']) {
  const ls = lines.filter((l) => lang === 'all' || l.lang === lang)
  out.push(row([lang, ls.length, ...KINDS.map((k) => ls.filter((l) => l.kind === k).length), ls.filter((l) => l.entities.length === 0).length]))
}
out.push('', row(['type', ...LANGS, 'all']), row(Array(LANGS.length + 2).fill('---')))
for (const t of TYPES) {
  const c = LANGS.map((lang) => lines.filter((l) => l.lang === lang).reduce((a, l) => a + l.entities.filter((e) => e.type === t).length, 0))
  out.push(row([t, ...c, c.reduce((a, b) => a + b, 0)]))
}
const regions = new Map<string, number>()
for (const m of metas) inc(regions, m.region)
out.push('', `Texts by region: ${[...regions].map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const neg = new Map<string, number>()
for (const l of lines) for (const n of l.negatives) inc(neg, n.kind ?? '')
const negTotal = [...neg.values()].reduce((a, b) => a + b, 0)
out.push(`Negatives (${negTotal}): ${[...neg].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ')}.`)

const W: Record<string, string> = { oh: '0', zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' }
const REG: Record<string, string> = { 'en-wales': 'GB', 'en-ni': 'GB', 'en-ie': 'IE', 'en-ke': 'KE', 'en-gh': 'GH', 'en-sg': 'SG', 'en-nz': 'NZ', 'en-mt': 'MT', 'fr-fr': 'FR', 'fr-be': 'BE', 'nl-nl': 'NL', 'nb-no': 'NO', 'cs-cz': 'CZ', 'pl-pl': 'PL', 'lt-lt': 'LT', 'lb-lu': 'LU', 'es-es': 'ES' }
const pc = new Map<string, number>()
let plus = 0, zz = 0, nat = 0, words = 0
for (const m of metas)
  for (const e of m.line.entities.filter((x) => x.type === 'PHONE')) {
    let v = m.line.text.slice(e.start, e.end)
    if (/^[a-z]/.test(v)) {
      words++
      const ws = v.split(/,? /)
      let d = ''
      for (let i = 0; i < ws.length; i++) d += ws[i] === 'double' ? W[ws[++i]!]!.repeat(2) : W[ws[i]!]
      v = d
    } else if (v.startsWith('+')) plus++
    else if (v.startsWith('00')) zz++
    else nat++
    const p = v.startsWith('+') ? parsePhoneNumber(v) : v.startsWith('00') ? parsePhoneNumber('+' + v.slice(2)) : parsePhoneNumber(v, REG[m.region] as never)
    inc(pc, p.country ?? '?')
  }
out.push(`Phones by numbering country: ${[...pc].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ')}; ${plus} start with \`+\`, ${zz} with \`00\`, ${nat} are national in digits, ${words} are spoken as words.`)
const brand = new Map<string, number>(), ib = new Map<string, number>()
let v4 = 0, v6 = 0, v6c = 0
for (const l of lines)
  for (const e of l.entities) {
    const v = l.text.slice(e.start, e.end)
    const d = v.replace(/\D/g, '')
    if (e.type === 'CARD') inc(brand, d[0] === '4' ? 'visa' : /^3[47]/.test(d) ? 'amex' : /^3[68]/.test(d) ? 'diners' : /^35/.test(d) ? 'jcb' : /^(6304|6759|6761)/.test(d) ? 'maestro' : /^6/.test(d) ? 'discover' : 'mastercard')
    if (e.type === 'IBAN') inc(ib, v.slice(0, 2))
    if (e.type === 'IP_ADDRESS') {
      if (isIP(v) === 4) v4++
      else {
        v6++
        if (v.includes('::')) v6c++
      }
    }
  }
const srt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ')
out.push(`Cards: ${srt(brand)}. IBANs: ${srt(ib)}. IPs: ${v4} IPv4, ${v6} IPv6 (${v6c} compressed).`)
const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => l.text.slice(e.start, e.end)))
const nonAscii = persons.filter((p) => /[^\x00-\x7f]/.test(p)).length
const marks = persons.filter((p) => /\p{M}/u.test(p)).length
const lower = persons.filter((p) => /^\p{Ll}/u.test(p)).length
const caps = persons.filter((p) => /^('T )?\p{Lu}[\p{Lu}\p{M}' -]+ \p{Lu}\p{Ll}/u.test(p) && p.split(' ')[0] === p.split(' ')[0]!.toUpperCase() && /\p{Lu}{2}/u.test(p)).length
const hyph = persons.filter((p) => p.includes('-')).length
const apos = persons.filter((p) => p.includes("'")).length
const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length
const comb = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start)))).length
out.push(`${persons.length} PERSON spans: ${nonAscii} non-ASCII (${marks} hold combining marks), ${lower} start in lower case, ${caps} put the surname first in capitals, ${hyph} are hyphenated, ${apos} hold an apostrophe; ${astral} texts have an astral character and ${comb} a combining mark before a label.`)
console.log(out.join('\n'))
