// Assembly: English texts rotate six regions and four businesses; each other language gets its 19 skeletons and
// 3 negatives-only ones in a seeded order. Every label is checked again here before the file is written.
import { Rng } from './prng.ts'
import { B, type Line } from './render.ts'
import { Ctx, LOCS, type Domain } from './ctx.ts'
import { EN, EN_NEG } from './en.ts'
import { INTL, INTL_NEG, phr } from './intl.ts'
import { latin, luhnOk, ibanMod, IBAN_LEN } from './values.ts'
import { validPhone } from './phones.ts'

export interface Built { line: Line; region: string; dom: Domain }
const DOMAINS: Domain[] = ['porting', 'dental', 'loan', 'toll']
const EN_REGIONS = ['en-gh', 'en-mt', 'en-hk', 'en-pk', 'en-bw', 'en-ni']
export const LANGS: [string, string[]][] = [['pl', ['pl']], ['ro', ['ro']], ['el', ['el']], ['sk', ['sk']], ['fi', ['fi']], ['sv', ['sv']], ['es', ['es-ar', 'es-cl']], ['fr', ['fr-qc', 'fr-be']], ['it', ['it']], ['ca', ['ca']]]
const FORCE: Record<string, string[]> = {
  'en-ni': ['Hope', 'Faith', 'Bill', 'Will', 'Grant', 'Sunny', 'Joy', 'Rose', 'May', 'Mark', 'Grace'], 'en-gh': ['Kwame', 'Akosua', 'Faith', 'Joy', 'Grace'], 'en-hk': ['Sunny', 'Hope', 'Bill', 'Will', 'Joy'],
  'en-mt': ['Mark', 'Rose', 'Grace'], 'en-bw': ['Grant'], pl: ['Róża'], ro: ['Floare'], el: ['Ελπίδα', 'Ειρήνη'], sk: ['Viera'], fi: ['Onni', 'Toivo'], sv: ['Sol'],
  'pl:family': ['Mańko', 'Sęk', 'Kaźmierczak', 'Gołąb', 'Żak', 'Śliwa'], 'ro:family': ['Țurcanu', 'Mureșan', 'Cîrstea', 'Sârbu', 'Stănescu'],
  'sk:family': ['Kráľ', 'Dĺžik', 'Vŕba', 'Kôstka', 'Mäsiar'], 'fi:family': ['Öhman', 'Mäkinen'], 'sv:family': ['Åberg', 'Söderström'],
  'es-ar:family': ['Ibáñez', 'Muñoz'], 'ca:family': ['Pagès', 'Solà'], 'it:family': ['Pirrò'], 'en-mt:family': ['Ħili', 'Bonniċi', 'Aġius'], ca: ['Mercè', 'Neus', 'Gonçal', 'Lluïsa'],
  'es-ar': ['Luz', 'Soledad'], 'es-cl': ['Luz', 'Soledad'], 'fr-qc': ['Clémence'], 'fr-be': ['Clémence'], it: ['Gioia', 'Serena'],
}
const WD: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' }

function phoneOk(v: string, country: string): boolean {
  if (/^[a-z]/.test(v)) {
    const w = v.split(/,? /)
    let d = ''
    for (let i = 0; i < w.length; i++) { if (w[i] === 'double') { d += WD[w[++i]!]!.repeat(2) } else d += WD[w[i]!] ?? 'x' }
    return validPhone(d, country)
  }
  if (v.startsWith('+')) return validPhone(v.replace(' (0)', ' '))
  if (v.startsWith('00')) return validPhone(`+${v.slice(2)}`)
  return validPhone(v, country)
}
function check(b: Built): void {
  const { line } = b
  const all = [...line.entities, ...line.negatives].sort((x, y) => x.start - y.start)
  all.forEach((s, i) => { if (i && all[i - 1]!.end > s.start) throw new Error(`${line.id} overlap`) })
  for (const e of line.entities) {
    const v = line.text.slice(e.start, e.end)
    const c = v.replace(/[ -]/g, '')
    const ok = e.type === 'PHONE' ? phoneOk(v, (LOCS[b.region] ?? LOCS.el!).country) : e.type === 'CARD' ? luhnOk(c) : e.type === 'IBAN' ? ibanMod(c) === 1 && IBAN_LEN[c.slice(0, 2)] === c.length : true
    if (!ok) throw new Error(`${line.id} ${e.type} ${v}`)
  }
}

export function buildLines(): Built[] {
  const rng = new Rng(26_2026)
  // each given name three times (one may land in a lower-case text)
  const force = Object.fromEntries(Object.entries(FORCE).map(([k, v]) => [k, k.includes(':') ? [...v] : [...v, ...v, ...v]]))
  const out: Built[] = []
  let n = 0
  const push = (lang: string, kind: string, b: B, region: string, dom: Domain) => {
    n++
    const count = out.filter((x) => x.line.lang === lang).length + 1
    const built = { line: { id: `${lang}-${kind}-${String(count).padStart(4, '0')}`, lang, kind, text: b.text, entities: b.entities, negatives: b.negatives }, region, dom }
    check(built)
    out.push(built)
  }
  let pos = 0, neg = 0
  for (let i = 0; i < 230; i++) {
    const region = EN_REGIONS[i % 6]!
    const dom = DOMAINS[(i + Math.floor(i / 6)) % 4]!
    const c = new Ctx(rng, LOCS[region]!, dom, force)
    const isNeg = [3, 10, 17].includes(i % 23)
    const t = isNeg ? EN_NEG[neg++ % EN_NEG.length]! : EN[pos++ % EN.length]!
    const b = new B(!!t.nfd && rng.chance(0.7), !!t.lower)
    t.run(b, c)
    push('en', t.kind, b, region, dom)
  }
  for (const [lang, regions] of LANGS) {
    const tpls = rng.shuffle([...INTL.map((t) => ({ t, neg: false })), ...INTL_NEG.map((t) => ({ t, neg: true }))])
    tpls.forEach(({ t }, i) => {
      const region = regions[Math.floor((i * regions.length) / tpls.length)]!
      const dom = DOMAINS[(i + lang.length) % 4]!
      const c = new Ctx(rng, LOCS[region]!, dom, force)
      const greek = lang === 'el' && !!t.greeklish
      const b = new B(!!t.nfd, !!t.lower, greek ? latin : undefined)
      t.run(b, c, phr(region, lang))
      push(lang, t.kind, b, greek ? 'el-latn' : region, dom)
    })
  }
  void n
  return out
}

export function buildCorpus(): string {
  return buildLines().map((b) => JSON.stringify(b.line)).join('\n') + '\n'
}
