// Checksums the generator uses to build values (the test has its own).

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

export function mod97(s: string): number {
  const moved = s.slice(4) + s.slice(0, 4)
  let r = 0
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const c of v) r = (r * 10 + Number(c)) % 97
  }
  return r
}

export function ibanWith(country: string, bban: string): string {
  const r = mod97(`${country}00${bban}`)
  return `${country}${String(98 - r).padStart(2, "0")}${bban}`
}
