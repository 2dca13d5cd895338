import type { Ctx } from './ctx.ts'
import type { Part } from './render.ts'
export type Kind = 'form' | 'sms' | 'chat' | 'summary' | 'note' | 'email' | 'csv' | 'json' | 'transcript' | 'voicemail'
export interface Tpl {
  kind: Kind
  /** only these locales (English templates that need a country's numbers, e.g. NINOs for Wales and NI) */
  regions?: string[]
  /** written in NFD for these locales (an export from a Mac) */
  nfd?: string[]
  lower?: boolean
  make: (c: Ctx) => Part[]
}
/** a JSON string literal of a value, the quotes outside the span */
export const q = (s: string) => JSON.stringify(s).slice(1, -1)
