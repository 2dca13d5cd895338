// The frame of each genre, and the picker that takes a language's sentences in turn within each pool. A frame is a
// template of slots (scene.ts) built from the language pack; transcripts are lowered and keep no punctuation.
import type { Pack } from "./pack.ts"
import type { Scene } from "./scene.ts"

/** Takes a pool's sentences in turn (per language and pool), skipping those the scene cannot fill. */
export class Picker {
  constructor(private readonly counters: Map<string, number>, private readonly s: Scene) {}
  take(pool: string, xs: readonly string[], ok: (t: string) => boolean = () => true): string {
    const key = `${this.s.loc.lang}:${pool}`
    const start = this.counters.get(key) ?? 0
    for (let i = 0; i < xs.length; i++) {
      const t = xs[(start + i) % xs.length]!
      if (this.s.fits(t) && ok(t)) {
        this.counters.set(key, start + i + 1)
        return t
      }
    }
    throw new Error(`${key}: nothing fits`)
  }
}

export interface Ctx { s: Scene; p: Picker; pk: Pack; bare: boolean }
export interface Frame { template: string; lower: boolean }
const hasPhone = (t: string) => /\{ph(fix|2)?\}/.test(t)
const noPhone = (t: string) => !hasPhone(t)
/** No punctuation, for transcripts. */
export const bare = (t: string) => t.replace(/[.,;:!?¿¡](?=\s|$)/g, "").replace(/\s+/g, " ").trim()

/** A customer sentence, one giving a phone number when `phone`. */
export const cust = (c: Ctx, phone = false) => c.p.take(phone ? "custph" : "cust", c.pk.cust, phone ? hasPhone : noPhone)
export const note = (c: Ctx, phone = false) => c.p.take(phone ? "noteph" : "note", c.pk.note, phone ? hasPhone : noPhone)
export const bareLine = (c: Ctx) => c.p.take("bare", c.pk.bare)
export const bizLine = (c: Ctx) => c.p.take("biz", c.pk.biz)
/** The sentences a text carries besides its people and phones: payment, identity, name-word, lookalikes. */
export function extras(c: Ctx, max = 2): string[] {
  const r = c.s.r
  const out: string[] = []
  const tag = c.s.loc.tag
  if (c.pk.ids && (tag === "en-US" || tag === "en-GB") && r.chance(0.75)) out.push(c.p.take(`ids-${tag}`, tag === "en-US" ? c.pk.ids.ssn : c.pk.ids.nino))
  if (r.chance(c.s.kind === "email" ? 0.65 : 0.42)) {
    const pay = c.pk.pay
    const pool = c.s.loc.ibans ? [pay.card, pay.cardx, pay.iban, pay.ibanx, pay.iban, pay.ip, pay.ip] : [pay.card, pay.cardx, pay.card, pay.acct, pay.ip, pay.ip]
    out.push(c.p.take("pay", pool))
  }
  if (r.chance(0.3)) {
    const nws = c.pk.nw.filter((t) => c.s.fits(t))
    if (nws.length) out.push(c.p.take("nw", nws))
  }
  if (r.chance(0.35)) out.push(bizLine(c))
  if (out.length < max && r.chance(0.5)) out.push(bareLine(c))
  return out
}
/** Lines of a nameless text: lookalikes and the business's numbers only. */
export function bareLines(c: Ctx, n: number): string[] {
  const out = [bizLine(c)]
  while (out.length < n) out.push(bareLine(c))
  const nws = c.pk.nw.filter((t) => c.s.fits(t))
  if (nws.length && c.s.r.chance(0.4)) out.push(c.p.take("nw", nws))
  return c.s.r.shuffle(out)
}
