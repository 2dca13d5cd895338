// Small pieces the kinds share: payment lines, the US and UK identity lines, clocks and hex ids.
import type { Person } from "./people.ts"
import type { Scene } from "./scene.ts"

/** One or two of: deposit paid by masked card, a declined card, a refund to an IBAN or account, a card to charge. */
export function payLines(s: Scene, p: Person, sep = " "): void {
  const { r, L } = s
  const lines = [L.paid, L.declined, L.refund, L.refund, L.charge, ...(s.loc.bban ? [L.badIban] : [])]
  const picked = r.shuffle(lines).slice(0, 1 + r.int(2))
  picked.forEach((t, i) => {
    if (i > 0) s.put(sep)
    s.say(t, {}, p)
  })
}

/** In en-US and en-GB, most texts carry the SSN or NI number; some an invalid one. */
export function idLine(s: Scene, pre: string, post = ""): void {
  if (!s.natIds) return
  let first = true
  const lead = () => s.put(first ? pre : pre || " ").run(() => (first = false))
  if (s.r.chance(0.95)) lead().natId().put(post)
  if (s.r.chance(0.3)) lead().badNatId().put(post)
}

export const hex = (s: Scene, n: number) => Array.from({ length: n }, () => s.r.int(16).toString(16)).join("")
export const two = (n: number) => String(n).padStart(2, "0")
/** A clock for captions and logs: seconds advance a little each call. */
export function clock(start = 0): (sep: string) => string {
  let t = start
  return (sep) => {
    t += 2 + (t * 7919) % 5
    return `00:${two(Math.floor(t / 60))}:${two(t % 60)}${sep}${String((t * 37) % 1000).padStart(3, "0")}`
  }
}
/** A sentence's first letter in capitals (Georgian has no capitals in running text). */
export const cap = (t: string) => (/\p{Script=Georgian}/u.test(t.charAt(0)) ? t : t.charAt(0).toLocaleUpperCase() + t.slice(1))
/** A date and time as ISO, with seconds, for logs and dumps (not labeled). */
export const isoStamp = (s: Scene) => `2026-${two(1 + s.r.int(12))}-${two(1 + s.r.int(28))}T${s.timeText()}:${two(s.r.int(60))}`
