// A number read out on a voicemail. In English the groups are spoken (wholly or the first only),
// "oh eight seven, double two ..."; elsewhere the groups are written as the caller paused.
import { drawPhone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import type { Locale } from "./types.ts"

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

function speakGroup(r: Rng, g: string): string {
  const out: string[] = []
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!
    if (g[i + 1] === c && r.chance(0.6)) { out.push(`double ${WORDS[Number(c)]}`); i++; continue }
    out.push(c === "0" ? r.pick(["oh", "oh", "zero"]) : WORDS[Number(c)]!)
  }
  return out.join(" ")
}

export function readOut(r: Rng, loc: Locale): string {
  const intl = loc.spoken && r.chance(0.2)
  const w = drawPhone(r, loc.country, intl).written
  const groups = w.replace(/^\+/, "").split(/[\s().\/-]+/).filter(Boolean)
  if (loc.spoken) {
    const all = r.chance(0.5)
    const spoken = groups.map((g, i) => (all || i === 0 ? speakGroup(r, g) : g))
    return (w.startsWith("+") ? "plus " : "") + spoken.join(r.pick([", ", "... ", ", "]))
  }
  const glue = r.pick([", ", "... ", " - ", "… "])
  return (w.startsWith("+") ? "+" : "") + groups.join(glue)
}
