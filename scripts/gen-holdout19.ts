// Builds test/fixtures/pii-holdout19/corpus.jsonl: a mortgage broker, a wedding venue, a city
// council's services line and a language school, in English and seven other languages.
// Deterministic: each language has its own seed and cycles through its templates in order.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { G } from './holdout19/ctx.ts'
import { build, mapText } from './holdout19/render.ts'
import type { Template } from './holdout19/template.ts'
import { EN_A } from './holdout19/templates-en-a.ts'
import { EN_B } from './holdout19/templates-en-b.ts'
import { EN_C } from './holdout19/templates-en-c.ts'
import { EN_D } from './holdout19/templates-en-d.ts'
import { PT } from './holdout19/templates-pt.ts'
import { NL } from './holdout19/templates-nl.ts'
import { CS } from './holdout19/templates-cs.ts'
import { TR } from './holdout19/templates-tr.ts'
import { PL } from './holdout19/templates-pl.ts'
import { ES } from './holdout19/templates-es.ts'
import { IT } from './holdout19/templates-it.ts'

export const CORPUS_PATH = fileURLToPath(new URL('../test/fixtures/pii-holdout19/corpus.jsonl', import.meta.url))

interface Lang { lang: string; count: number; templates: Template[]; locale: string }
export const LANGS: Lang[] = [
  { lang: 'en', count: 232, templates: [...EN_A, ...EN_B, ...EN_D, ...EN_C], locale: 'en' },
  { lang: 'pt', count: 30, templates: PT, locale: 'pt' },
  { lang: 'nl', count: 30, templates: NL, locale: 'nl' },
  { lang: 'cs', count: 30, templates: CS, locale: 'cs' },
  { lang: 'tr', count: 30, templates: TR, locale: 'tr' },
  { lang: 'pl', count: 30, templates: PL, locale: 'pl' },
  { lang: 'es', count: 36, templates: ES, locale: 'es' },
  { lang: 'it', count: 30, templates: IT, locale: 'it' },
]

export function buildCorpus(): string {
  const out: string[] = []
  for (const L of LANGS) {
    const g = new G(`holdout19-${L.lang}`, L.lang)
    for (let i = 0; i < L.count; i++) {
      const t = L.templates[i % L.templates.length] as Template
      let piece = t.make(g)
      if (t.kind === 'transcript') piece = mapText(piece, (s) => s.toLocaleLowerCase(L.locale))
      if (t.nfd) piece = mapText(piece, (s) => s.normalize('NFD'))
      const b = build(piece)
      const id = `${L.lang}-${t.kind}-${String(i + 1).padStart(4, '0')}`
      out.push(JSON.stringify({ id, lang: L.lang, kind: t.kind, text: b.text, entities: b.entities, negatives: b.negatives }))
    }
  }
  return out.join('\n') + '\n'
}

if (import.meta.main) {
  const text = buildCorpus()
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.trimEnd().split('\n').length} texts to ${CORPUS_PATH}`)
}
