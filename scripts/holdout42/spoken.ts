// Numbers as a voicemail transcription holds them: said in English words (all groups, or the first only, with "oh",
// "double" and a correction before), elsewhere written as the caller paused.
import type { PhoneNumber } from "libphonenumber-js/max"
import { E, type Seg } from "./draft.ts"
import type { Rng } from "./rng.ts"

const SAY = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

function sayGroup(g: string, r: Rng): string {
  const out: string[] = []
  for (let i = 0; i < g.length; i++) {
    const d = Number(g[i])
    if (g[i + 1] === g[i] && r.chance(0.5)) {
      out.push(`double ${SAY[d]}`)
      i++
    } else out.push(d === 0 ? r.pick(["oh", "oh", "zero"]) : SAY[d]!)
  }
  return out.join(" ")
}

const groupsOf = (p: PhoneNumber) => p.formatNational().replace(/[()]/g, "").split(/[ -]/).filter(Boolean)

/** A spoken number (English), or a paused one (other languages); a slip corrected before the span, sometimes. */
export function spokenPhone(p: PhoneNumber, en: boolean, r: Rng): Seg[] {
  const groups = groupsOf(p)
  const pause = () => r.pick(["... ", ", ", "… ", " "])
  if (!en) {
    const v = groups.map((g, i) => (i === 0 ? g : pause() + g)).join("").replace(/ {2,}/g, " ")
    return [E("PHONE", v.replace(/\s+/g, " "))]
  }
  const first = sayGroup(groups[0]!, r)
  const partly = r.chance(0.35)
  const rest = groups.slice(1).map((g) => (partly ? g : sayGroup(g, r)))
  const v = [first, ...rest].map((g, i) => (i === 0 ? g : pause().trimEnd() + " " + g)).join("")
  const slip = r.chance(0.4) && groups[0]!.length >= 2
  const wrong = slip ? sayGroup(groups[0]!.slice(0, -1) + String((Number(groups[0]!.slice(-1)) + 1) % 10), r) : ""
  return slip ? [`${wrong}... sorry, `, E("PHONE", v)] : [E("PHONE", v)]
}
