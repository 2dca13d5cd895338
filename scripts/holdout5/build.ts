// Builds the holdout5 corpus text: each language cycles through its genres and templates with fresh values.
import { GENRES, type Lang } from './lang'
import { de, es, fr, it } from './langs-a'
import { cs, nl, pl, ptBR, ptPT } from './langs-b'
import { da, fi, no, sv } from './langs-c'
import { en } from './langs-en'
import { context, render } from './render'
import { rng, seedOf } from './rng'

/** Languages and how many texts each gets; every language has its own seed. */
export const PLAN: Array<[Lang, number]> = [
  [de, 32], [fr, 32], [es, 30], [it, 30], [nl, 30], [ptPT, 28], [ptBR, 28], [pl, 30],
  [sv, 30], [da, 28], [no, 28], [fi, 28], [cs, 28], [en, 70],
]

export interface Line {
  id: string
  lang: string
  kind: string
  text: string
  entities: Array<{ type: string; start: number; end: number }>
  negatives: Array<{ kind: string; start: number; end: number }>
}

function languageLines(lang: Lang, count: number): Line[] {
  const r = rng(seedOf(`holdout5:${lang.code}`))
  const lines: Line[] = []
  for (let i = 0; i < count; i++) {
    const genre = GENRES[i % GENRES.length] ?? 'note'
    const list = lang.templates[genre]
    const round = Math.floor(i / GENRES.length)
    // Every other web form carries the metadata line a form backend appends (IPv4 or IPv6).
    const footer = genre === 'form' && round % 2 === 1 ? `\n—\nsubmitted from {IP${round % 4 === 1 ? 4 : 6}} · {ISO} · client {VER}` : ''
    const template = (list[round % list.length] ?? '') + footer
    const out = render(template, context(lang, r))
    const id = `${lang.code}-${genre}-${String(i + 1).padStart(4, '0')}`
    lines.push({ id, lang: lang.code, kind: genre, text: out.text, entities: out.entities, negatives: out.negatives })
  }
  return lines
}

export function buildLines(): Line[] {
  return PLAN.flatMap(([lang, count]) => languageLines(lang, count))
}

/** The exact bytes of corpus.jsonl. */
export function buildCorpus(): string {
  return buildLines().map((l) => JSON.stringify(l)).join('\n') + '\n'
}
