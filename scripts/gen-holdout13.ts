// Builds test/fixtures/pii-holdout13/corpus.jsonl: IT service desk and HR/payroll
// helpdesk texts of a multinational employer, labeled by construction.
// `bun scripts/gen-holdout13.ts` rewrites the file; the same code gives the same bytes.
import { writeFileSync } from 'node:fs'
import { type Record13, render } from './holdout13/doc'
import { LOCALES } from './holdout13/locales'
import { createRng } from './holdout13/rng'
import { createFiller } from './holdout13/slots'
import { DE, FR } from './holdout13/templates-de-fr'
import { EN_COMMON, EN_GB, EN_US, type Template } from './holdout13/templates-en'
import { ES, PL, RO } from './holdout13/templates-es-pl-ro'

export const CORPUS_PATH = 'test/fixtures/pii-holdout13/corpus.jsonl'

const PLAN: Record<string, { count: number; seed: number; templates: readonly Template[] }> = {
  'en-US': { count: 66, seed: 1301, templates: [...EN_US, ...EN_COMMON] },
  'en-GB': { count: 66, seed: 1302, templates: [...EN_GB, ...EN_COMMON] },
  'en-IN': { count: 56, seed: 1303, templates: EN_COMMON },
  'en-PH': { count: 56, seed: 1304, templates: EN_COMMON },
  de: { count: 48, seed: 1305, templates: DE },
  fr: { count: 48, seed: 1306, templates: FR },
  es: { count: 48, seed: 1307, templates: ES },
  pl: { count: 48, seed: 1308, templates: PL },
  ro: { count: 48, seed: 1309, templates: RO },
}

/** Every record with the locale it was written for (the JSONL keeps only `lang`). */
export function buildRecords(): Array<Record13 & { locale: string }> {
  const out: Array<Record13 & { locale: string }> = []
  const numbers = new Map<string, number>()
  for (const loc of LOCALES) {
    const plan = PLAN[loc.id]!
    const r = createRng(plan.seed)
    for (let i = 0; i < plan.count; i++) {
      const [kind, body] = plan.templates[i % plan.templates.length]!
      const template = r.chance(0.2) ? `{emoji}${body}` : body
      const doc = render(template, createFiller(r, loc))
      const n = (numbers.get(loc.lang) ?? 0) + 1
      numbers.set(loc.lang, n)
      const id = `${loc.lang}-${kind}-${String(n).padStart(4, '0')}`
      out.push({ id, lang: loc.lang, kind, ...doc, locale: loc.id })
    }
  }
  return out
}

/** The file's exact text. */
export function buildCorpus(): string {
  return buildRecords()
    .map(({ id, lang, kind, text, entities, negatives }) => JSON.stringify({ id, lang, kind, text, entities, negatives }))
    .join('\n') + '\n'
}

if (import.meta.main) {
  writeFileSync(CORPUS_PATH, buildCorpus())
  console.log(`wrote ${CORPUS_PATH}`)
}
