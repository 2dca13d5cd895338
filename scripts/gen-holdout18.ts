// Builds test/fixtures/pii-holdout18/corpus.jsonl: a law firm's intake and
// legal-aid line, a recruitment and temp-staffing agency, and a ferry and
// cruise operator, in eight languages. Seeded per language; the same code
// writes the same bytes. `bun scripts/gen-holdout18.ts` rewrites the file.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { render, type Locale, type NegSpan, type Span } from './holdout18/render.ts'
import { makeRng } from './holdout18/rng.ts'
import { BG, LT, SK } from './holdout18/templates-bg-sk-lt.ts'
import { DE, FR } from './holdout18/templates-de-fr.ts'
import { EN_LAW, type Template } from './holdout18/templates-en-a.ts'
import { EN_STAFF } from './holdout18/templates-en-b.ts'
import { EN_FERRY } from './holdout18/templates-en-c.ts'
import { EN_MORE } from './holdout18/templates-en-d.ts'
import { ES, IT } from './holdout18/templates-es-it.ts'
import { BG_MORE, DE_MORE, ES_MORE, FR_MORE, IT_MORE, LT_MORE, SK_MORE } from './holdout18/templates-more.ts'

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout18', 'corpus.jsonl')

const LOCALES: Record<string, Locale> = {
  US: { lang: 'en', region: 'US', iban: 'GB' },
  GB: { lang: 'en', region: 'GB', iban: 'GB' },
  SC: { lang: 'en', region: 'GB', iban: 'GB' },
  CA: { lang: 'en', region: 'CA', iban: 'GB' },
  PL: { lang: 'en', region: 'GB', iban: 'PL', origin: 'pl' },
  PH: { lang: 'en', region: 'CA', iban: 'GB', origin: 'ph' },
  DE: { lang: 'de', region: 'DE', iban: 'DE' },
  LI: { lang: 'de', region: 'LI', iban: 'LI' },
  FR: { lang: 'fr', region: 'FR', iban: 'FR' },
  BE: { lang: 'fr', region: 'BE', iban: 'BE' },
  ES: { lang: 'es', region: 'ES', iban: 'ES' },
  IT: { lang: 'it', region: 'IT', iban: 'IT' },
  BG: { lang: 'bg', region: 'BG', iban: 'BG' },
  SK: { lang: 'sk', region: 'SK', iban: 'SK' },
  LT: { lang: 'lt', region: 'LT', iban: 'LT' },
}

function interleave(...lists: Template[][]): Template[] {
  const out: Template[] = []
  const longest = Math.max(...lists.map((l) => l.length))
  for (let i = 0; i < longest; i++) for (const l of lists) if (l[i]) out.push(l[i] as Template)
  return out
}

const LANGS: Array<{ lang: string; count: number; locales: string[]; templates: Template[] }> = [
  { lang: 'en', count: 220, locales: ['US', 'GB', 'SC', 'CA', 'PL', 'PH', 'US', 'GB'], templates: interleave(EN_LAW, EN_STAFF, EN_FERRY, EN_MORE) },
  { lang: 'de', count: 44, locales: ['DE', 'DE', 'LI'], templates: [...DE, ...DE_MORE] },
  { lang: 'fr', count: 40, locales: ['FR', 'BE'], templates: [...FR, ...FR_MORE] },
  { lang: 'es', count: 36, locales: ['ES'], templates: [...ES, ...ES_MORE] },
  { lang: 'it', count: 27, locales: ['IT'], templates: [...IT, ...IT_MORE] },
  { lang: 'bg', count: 24, locales: ['BG'], templates: [...BG, ...BG_MORE] },
  { lang: 'sk', count: 24, locales: ['SK'], templates: [...SK, ...SK_MORE] },
  { lang: 'lt', count: 24, locales: ['LT'], templates: [...LT, ...LT_MORE] },
]

export interface Line {
  id: string
  lang: string
  kind: string
  text: string
  entities: Span[]
  negatives: NegSpan[]
}

export function buildLines(): Line[] {
  const lines: Line[] = []
  for (const { lang, count, locales, templates } of LANGS) {
    const rng = makeRng(`holdout18-${lang}`)
    for (let i = 0; i < count; i++) {
      const t = templates[i % templates.length] as Template
      const locName = t.loc ?? rng.pick(locales)
      const loc = LOCALES[locName]
      if (!loc) throw new Error(`unknown locale ${locName}`)
      const r = render(t.text, rng, { ...loc, domain: t.domain })
      const id = `${lang}-${t.kind}-${String(i + 1).padStart(4, '0')}`
      lines.push({ id, lang, kind: t.kind, text: r.text, entities: r.entities, negatives: r.negatives })
    }
  }
  return lines
}

export function buildCorpus(): string {
  return buildLines().map((l) => JSON.stringify(l)).join('\n') + '\n'
}

if (import.meta.main) {
  const text = buildCorpus()
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.split('\n').length - 1} texts to ${CORPUS_PATH}`)
}
