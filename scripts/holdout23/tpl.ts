import type { Ctx } from './ctx.ts'
export type Kind = 'form' | 'sms' | 'chat' | 'summary' | 'note' | 'email' | 'csv' | 'json' | 'transcript' | 'voicemail' | 'ivr'
export type Dom = 'rental' | 'insurance' | 'utility' | 'travel'
export interface Tpl { kind: Kind; dom: Dom; negOnly?: boolean; nfd?: boolean; pin?: string[]; fn: (c: Ctx) => void }
/** JSON string contents: the values used in payloads need no escaping, the test parses every payload */
export const clock = (c: Ctx, h0 = 9) => {
  let m = h0 * 60 + c.int(0, 50)
  return () => { m += c.int(1, 6); return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}` }
}
