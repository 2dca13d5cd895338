// The shape of a template: its genre, an optional fixed region, NFD output, and the text it builds.
import type { Ctx, Region } from './ctx.ts'
import type { Piece } from './render.ts'

export type Kind = 'form' | 'sms' | 'chat' | 'summary' | 'note' | 'email' | 'csv' | 'json' | 'transcript' | 'voicemail'
export interface Tpl {
  kind: Kind
  region?: Region
  /** written in NFD (a macOS export): names hold combining marks */
  nfd?: boolean | ((region: Region) => boolean)
  f: (c: Ctx) => Piece[]
}
/** the JSON string of a value without its quotes, so a span inside a payload is exact */
export const js = (s: string) => JSON.stringify(s).slice(1, -1)
