// Checksums used to build values (the test has its own, written apart).
export function luhnOk(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** The digit that makes `body + digit` pass Luhn. */
export function luhnDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnOk(body + d)) return String(d)
  throw new Error("unreachable")
}

export function mod97(text: string): number {
  let r = 0
  for (const ch of text) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const c of v) r = (r * 10 + Number(c)) % 97
  }
  return r
}

export function ibanCheck(country: string, bban: string): string {
  const r = mod97(bban + country + "00")
  return String(98 - r).padStart(2, "0")
}

export function ibanOk(iban: string): boolean {
  const s = iban.replace(/\s/g, "")
  return mod97(s.slice(4) + s.slice(0, 4)) === 1
}

/** A 13-19 digit run that a card recognizer could rightly take for a PAN. */
export function cardLike(text: string): boolean {
  const d = text.replace(/[\s-]/g, "")
  if (!/^\d{13,19}$/.test(d) || !luhnOk(d)) return false
  return /^(4|5[1-5]|2[2-7]|3[47]|6011|64[4-9]|65|35|36)/.test(d)
}
