// Checksums the generator uses to make values (the test has its own copies).

export function luhnDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

export function luhnOk(pan: string): boolean {
  const d = pan.replace(/\D/g, "")
  return luhnDigit(d.slice(0, -1)) === Number(d.at(-1))
}

export function mod97(iban: string): number {
  const s = iban.replace(/\s/g, "")
  const r = s.slice(4) + s.slice(0, 4)
  let rem = 0
  for (const ch of r) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const c of v) rem = (rem * 10 + Number(c)) % 97
  }
  return rem
}

export function ibanWith(country: string, bban: string): string {
  const rem = mod97(`${country}00${bban}`)
  const check = String(98 - rem).padStart(2, "0")
  return `${country}${check}${bban}`
}

export const group4 = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ")
