// A number of digits (and separators) only, drawn again until no corpus country calls it a phone and, at twelve
// digits or more, until it fails Luhn.
import { phoneNowhere } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { luhnOk } from "./values.ts"

export function digitsId(r: Rng, make: () => string): string {
  void r
  for (let i = 0; i < 5000; i++) {
    const v = make()
    const d = v.replace(/\D/g, "")
    if (d.length >= 6 && !phoneNowhere(v)) continue
    if (d.length >= 12 && luhnOk(d)) continue
    return v
  }
  throw new Error("holdout48: no digits id fails every check")
}
