// The README's tables, computed from the generated corpus: bun scripts/holdout24/stats.ts
import { buildItems } from './corpus.ts'

const items = buildItems()
const langs = ['en', 'fr', 'de', 'es', 'it', 'pl', 'sv', 'fi', 'el', 'ro']
const kinds = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log']
const types = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const row = (xs: (string | number)[]) => `| ${xs.join(' | ')} |`
const out: string[] = []
out.push(row(['lang', 'texts', ...kinds, 'only negatives']), row(Array(kinds.length + 3).fill('---')))
for (const l of [...langs, 'all']) {
  const xs = items.filter((x) => l === 'all' || x.lang === l)
  out.push(row([l, xs.length, ...kinds.map((k) => xs.filter((x) => x.kind === k).length), xs.filter((x) => !x.entities.length).length]))
}
out.push('', row(['type', ...langs, 'all']), row(Array(langs.length + 2).fill('---')))
for (const t of types) {
  const c = (l?: string) => items.filter((x) => !l || x.lang === l).reduce((a, x) => a + x.entities.filter((e) => e.type === t).length, 0)
  out.push(row([t, ...langs.map((l) => c(l)), c()]))
}
const regions = new Map<string, number>()
for (const x of items) regions.set(x.region, (regions.get(x.region) ?? 0) + 1)
out.push('', `Texts by region: ${[...regions].map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const negs = new Map<string, number>()
for (const x of items) for (const n of x.negatives) negs.set(n.kind ?? '', (negs.get(n.kind ?? '') ?? 0) + 1)
const nTotal = [...negs.values()].reduce((a, b) => a + b, 0)
out.push(`Negatives (${nTotal}): ${[...negs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ')}.`)
const val = (x: (typeof items)[number], e: { start: number; end: number }) => x.text.slice(e.start, e.end)
const phones = items.flatMap((x) => x.entities.filter((e) => e.type === 'PHONE').map((e) => val(x, e)))
const all = items.reduce((a, x) => a + x.entities.length, 0)
out.push(`${phones.length} phones (${((100 * phones.length) / all).toFixed(1)}% of ${all} entities): ${phones.filter((p) => p.startsWith('+')).length} start with +, ${phones.filter((p) => p.startsWith('00')).length} with 00, ${phones.filter((p) => p.includes('(')).length} with a bracket, ${phones.filter((p) => p.includes('/')).length} with a slash, ${phones.filter((p) => /^[a-z]/.test(p)).length} spoken as words, ${phones.filter((p) => /^\d+$/.test(p)).length} compact national, ${items.reduce((a, x) => a + x.entities.filter((e) => e.type === 'PHONE' && /\p{L}/u.test(x.text[e.start - 1] ?? '')).length, 0)} right after a letter.`)
const persons = items.flatMap((x) => x.entities.filter((e) => e.type === 'PERSON').map((e) => val(x, e)))
out.push(`${persons.length} PERSON spans: ${persons.filter((p) => /[^\x00-\x7f]/.test(p)).length} non-ASCII (${persons.filter((p) => /\p{M}/u.test(p)).length} with combining marks), ${persons.filter((p) => /^\p{Ll}/u.test(p)).length} lower case, ${persons.filter((p) => /^\p{Lu}{2,}/u.test(p) && /\p{Lu}{2,}.* \p{Lu}\p{Ll}/u.test(p)).length} surname first in capitals.`)
out.push(`${items.filter((x) => x.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(x.text.slice(0, e.start)))).length} texts have an astral character and ${items.filter((x) => x.entities.some((e) => /\p{M}/u.test(x.text.slice(0, e.start)))).length} a combining mark before a label.`)
console.log(out.join('\n'))
