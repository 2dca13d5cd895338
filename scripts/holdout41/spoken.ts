// A number left on a voicemail. In English the digits are said (all groups, or the first only), with
// "oh" and "double"; elsewhere the transcript keeps the groups as the caller paused between them.
import { drawPhone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import type { Locale } from "./types.ts"

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

function say(r: Rng, g: string): string {
  const out: string[] = []
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!
    if (g[i + 1] === c && g[i + 2] !== c && r.chance(0.7)) { out.push(`double ${WORDS[Number(c)]}`); i++; continue }
    out.push(c === "0" ? r.pick(["oh", "oh", "zero"]) : WORDS[Number(c)]!)
  }
  return out.join(" ")
}

export function readOut(r: Rng, loc: Locale): string {
  const w = drawPhone(r, loc.country, r.chance(0.2) ? "intl" : "nat").written
  const groups = w.replace(/^\+/, "").split(/[\s().\/-]+/).filter(Boolean)
  const plus = w.startsWith("+")
  if (loc.spoken) {
    const all = r.chance(0.55)
    const said = groups.map((g, i) => (all || i === 0 ? say(r, g) : g))
    return (plus ? "plus " : "") + said.join(r.pick([", ", "... ", " - "]))
  }
  return (plus ? "+" : "") + groups.join(r.pick([", ", "... ", " - ", "… ", " ... "]))
}
