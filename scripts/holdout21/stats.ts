// Prints the README's count tables from the generated corpus: bun scripts/holdout21/stats.ts
import { readFileSync } from 'node:fs'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { CORPUS_PATH } from '../gen-holdout21.ts'
import { build, LANGS, type Line } from './corpus.ts'
import { brandOf } from './values.ts'

const lines: Line[] = readFileSync(CORPUS_PATH, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
const { meta } = build()
const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail']
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n)
const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ')
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
  const per = LANGS.map((lang) => lines.filter((l) => l.lang === lang).reduce((a, l) => a + l.entities.filter((e) => e.type === ty).length, 0))
  out.push(row([ty, ...per, per.reduce((a, b) => a + b, 0)]))
}
out.push('')
const regions = new Map<string, number>()
lines.forEach((l, i) => { if (l.lang === 'en' || l.lang === 'es') inc(regions, `${l.lang}-${meta[i]!.region}`) })
out.push(`Texts by region: ${sorted(regions)}.`)
const negs = new Map<string, number>()
for (const l of lines) for (const n of l.negatives) inc(negs, n.kind!)
out.push(`Negatives (${[...negs.values()].reduce((a, b) => a + b, 0)}): ${sorted(negs)}.`)
const pcc = new Map<string, number>()
let plus = 0, zz = 0, nat = 0, words = 0
const NAT: CountryCode[] = ['US', 'JM', 'GB', 'IN', 'ZA', 'AR', 'CO', 'GR', 'LV', 'EE', 'SI', 'IS', 'PT', 'DE', 'IT']
lines.forEach((l, i) => {
  for (const e of l.entities.filter((x) => x.type === 'PHONE')) {
    const v = l.text.slice(e.start, e.end)
    if (/^[a-z]/.test(v)) { words++; continue }
    let p
    if (v.startsWith('+')) { plus++; p = parsePhoneNumber(v) }
    else if (v.startsWith('00')) { zz++; p = parsePhoneNumber(`+${v.slice(2)}`) }
    else {
      nat++
      const reg = meta[i]!.region
      const guess = ({ mw: 'US', tx: 'US', ne: 'GB', in: 'IN', za: 'ZA', jm: 'JM', ar: 'AR', co: 'CO', el: 'GR', lv: 'LV', et: 'EE', sl: 'SI', is: 'IS', pt: 'PT', de: 'DE', it: 'IT' } as Record<string, CountryCode>)[reg] ?? 'US'
      p = parsePhoneNumber(v, guess)
    }
    inc(pcc, p.country ?? '?')
  }
})
out.push(`Phones by numbering country: ${sorted(pcc)}; ${plus} start with \`+\`, ${zz} with \`00\`, ${nat} are national in digits, ${words} are spoken as words.`)
const brands = new Map<string, number>(), ibans = new Map<string, number>()
let v4 = 0, v6 = 0, v6c = 0
for (const l of lines) for (const e of l.entities) {
  const v = l.text.slice(e.start, e.end)
  if (e.type === 'CARD') inc(brands, brandOf(v.replace(/\D/g, '')) ?? '?')
  if (e.type === 'IBAN') inc(ibans, v.slice(0, 2))
  if (e.type === 'IP_ADDRESS') { if (v.includes(':')) { v6++; if (v.includes('::')) v6c++ } else v4++ }
}
out.push(`Cards: ${sorted(brands)}. IBANs: ${sorted(ibans)}. IPs: ${v4} IPv4, ${v6} IPv6 (${v6c} compressed).`)
const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => l.text.slice(e.start, e.end)))
const nonAscii = persons.filter((p) => /[^\x00-\x7f]/.test(p)).length
const marks = persons.filter((p) => /\p{M}/u.test(p)).length
const greek = persons.filter((p) => /\p{Script=Greek}/u.test(p)).length
const lower = persons.filter((p) => /^\p{Ll}/u.test(p)).length
const capsFirst = persons.filter((p) => /^\p{Lu}{2,}[\p{Lu}\p{M}' -]* \p{Lu}\p{Ll}/u.test(p)).length
const hyph = persons.filter((p) => p.includes('-')).length
const patro = persons.filter((p) => /(son|dóttir|do\u0301ttir)$/.test(p) && /[ðþÞóáíúé]|\u0301/.test(p)).length
const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length
const comb = lines.filter((l) => l.entities.some((e) => /[\u0300-\u036f]/u.test(l.text.slice(0, e.start)))).length
out.push(`${persons.length} PERSON spans: ${nonAscii} non-ASCII (${marks} hold combining marks, ${greek} in Greek script), ${lower} start in lower case, ${capsFirst} put the surname first in capitals, ${hyph} are hyphenated, ${patro} are Icelandic patronymics; ${astral} texts have an astral character and ${comb} a combining mark before a label.`)
console.log(out.join('\n'))
