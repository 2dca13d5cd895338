// A language pack: the labels of each genre and pools of sentences with slots; the picker that takes a pool's
// sentences in turn per locale (skipping those the locale cannot fill) and renders them into segments.
import { plain, type Seg } from "./draft.ts"
import type { Scene } from "./scene.ts"

export interface Pack {
  lang: string
  plus: string
  fix: string
  fixSaid: string
  /** Labels: visitor, agent, customer, phone, email, reason, callback, action, subject, hi, regards, wrote, fwd, vm, summary, name, number, time, says, speaking, caller, note, status, ext, mobile. */
  L: Record<string, string>
  /** Customer's opening lines. */ open: string[]
  /** Customer gives name and number. */ id: string[]
  /** Agent asks. */ ask: string[]
  /** Agent gives the business's line and mailbox. */ info: string[]
  /** Card, IBAN, IP, e-mail, third parties, colleagues. */ extra: string[]
  /** Note and summary sentences (third person). */ note: string[]
  /** Nameless sentences with lookalikes only. */ bare: string[]
  /** Name-word sentences. */ nw: string[]
  /** Transcript lines of the caller (lower case, no punctuation, numbers said). */ tr: string[]
  /** Voicemail bodies (said numbers). */ vm: string[]
  /** Short reasons for a callback table. */ reasons: string[]
  /** SSN or NI number sentences (English). */ ssn?: string[]
  nino?: string[]
}

const SLOT = /\{([^{}]+)\}|\[\[(nw:[^\]]+)\]\]/g
export const slotsOf = (tpl: string) => [...tpl.matchAll(SLOT)].map((m) => m[1] ?? m[2]!)
export function render(tpl: string, s: Scene): Seg[] {
  const out: Seg[] = []
  let at = 0
  for (const m of tpl.matchAll(SLOT)) {
    if (m.index! > at) out.push(plain(tpl.slice(at, m.index)))
    out.push(...s.slot(m[1] ?? m[2]!))
    at = m.index! + m[0].length
  }
  if (at < tpl.length) out.push(plain(tpl.slice(at)))
  return out
}

/** Takes a pool's sentences in turn (per locale and pool), skipping those the locale cannot fill or that are unwanted. */
export class Picker {
  constructor(private counters: Map<string, number>, private s: Scene) {}
  tpl(pool: keyof Pack, ok: (t: string) => boolean = () => true): string {
    const xs = this.s.pack[pool] as string[]
    const key = `${this.s.loc.tag}|${String(pool)}`
    let c = this.counters.get(key) ?? this.s.r.int(xs.length)
    for (let k = 0; k < xs.length * 2; k++) {
      const t = xs[c % xs.length]!
      c++
      if (slotsOf(t).every((x) => this.s.can(x)) && ok(t)) { this.counters.set(key, c); return t }
    }
    throw new Error(`${this.s.loc.tag}: nothing in ${String(pool)}`)
  }
  take(pool: keyof Pack, ok?: (t: string) => boolean): Seg[] {
    return render(this.tpl(pool, ok), this.s)
  }
  /** A label template (may hold slots). */
  label(k: string): Seg[] {
    const t = this.s.pack.L[k]
    if (t === undefined) throw new Error(`${this.s.lang}: no label ${k}`)
    return render(t, this.s)
  }
}
