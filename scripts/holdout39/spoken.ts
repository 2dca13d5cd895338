// A number as a voicemail transcription writes it: in English its first group spoken in words
// ("oh seven seven double four"), elsewhere its groups as the caller paused between them.
import type { CountryCode } from "libphonenumber-js/max"
import type { Scene } from "./fills.ts"
import { phone } from "./phones.ts"
import type { Draft } from "./text.ts"

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

function say(group: string, oh: boolean): string {
  const out: string[] = []
  for (let i = 0; i < group.length; ) {
    const d = Number(group[i])
    const name = d === 0 && oh ? "oh" : WORDS[d]!
    let n = 1
    while (group[i + n] === group[i] && n < 3) n++
    out.push(n === 3 ? `triple ${name}` : n === 2 ? `double ${name}` : name)
    i += n
  }
  return out.join(" ")
}

export function spoken(s: Scene, t: Draft): void {
  const v = phone(s.rng, s.loc.country as CountryCode, "nat")
  const groups = v.replace(/[()]/g, "").split(/[\s.-]+/).filter(Boolean)
  if (s.loc.tag.startsWith("en") && groups.length > 1) {
    t.label("PHONE", `${say(groups[0]!, s.rng.chance(0.6))}, ${groups.slice(1).join(" ")}`)
  } else t.label("PHONE", groups.join(s.rng.pick([", ", "... ", " - "])))
}
