// Assembly: each language has its own seed; its texts cycle through its templates with fresh values.
import { Rng } from './prng.ts'
import { Builder, type Line } from './render.ts'
import { Ctx, LOCALES } from './ctx.ts'
import { EN } from './en.ts'
import { INTL } from './intl.ts'
import type { Tpl } from './tpl.ts'
import { check } from './validate.ts'

const EN_REGIONS = ['en-us', 'en-gb', 'en-in', 'en-za', 'en-us', 'en-au', 'en-ca', 'en-gb', 'en-us', 'en-za', 'en-in', 'en-au', 'en-ca']
const INTL_REGIONS: Record<string, [string, string]> = { de: ['de-ch', 'de-at'], it: ['it-it', 'it-it'], es: ['es-mx', 'es-es'], pt: ['pt-pt', 'pt-br'], fr: ['fr-ch', 'fr-ch'], nl: ['nl-be', 'nl-be'], da: ['da-dk', 'da-dk'] }
export const EN_COUNT = 232
export const INTL_COUNT = 32

export interface Built { line: Line; region: string }

function one(r: Rng, id: string, lang: string, region: string, t: Tpl, nfdTurn: boolean): Built {
  const b = new Builder({ nfd: !!t.nfd && nfdTurn, lower: t.kind === 'transcript' })
  const c = new Ctx(r, LOCALES[region]!, b)
  t.fn(c)
  if (t.negOnly && b.entities.length) throw new Error(`${id}: a negatives-only template labeled something`)
  const line: Line = { id, lang, kind: t.kind, text: b.text, entities: b.entities, negatives: b.negatives }
  check(line)
  return { line, region }
}

export function build(): Built[] {
  const out: Built[] = []
  {
    const r = new Rng('holdout23-en')
    for (let i = 0; i < EN_COUNT; i++) {
      const t = EN[i % EN.length]!
      const k = Math.floor(i / EN.length)
      const region = t.pin ? t.pin[k % t.pin.length]! : EN_REGIONS[(i + k) % EN_REGIONS.length]!
      out.push(one(r, `en-${t.kind}-${String(i + 1).padStart(4, '0')}`, 'en', region, t, Math.floor(i / EN.length) % 2 === 1))
    }
  }
  for (const [lang, [a, b]] of Object.entries(INTL_REGIONS)) {
    const r = new Rng(`holdout23-${lang}`)
    for (let i = 0; i < INTL_COUNT; i++) {
      const t = INTL[i % INTL.length]!
      const region = i < INTL_COUNT / 2 ? a : b
      out.push(one(r, `${lang}-${t.kind}-${String(i + 1).padStart(4, '0')}`, lang, region, t, i >= INTL.length))
    }
  }
  return out
}
