// Check digits the generator computes (Luhn, ISO 7064 mod-97). The test has its
// own validators; these only build values.

export function luhnCheckDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

function mod97(digits: string): number {
  let rest = 0
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97
  return rest
}

function ibanNumeric(text: string): string {
  return [...text].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('')
}

/** The two check digits that make `country + cd + bban` pass mod-97. */
export function ibanCheckDigits(country: string, bban: string): string {
  const rest = mod97(ibanNumeric(`${bban}${country}00`))
  return String(98 - rest).padStart(2, '0')
}

export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '')
  return mod97(ibanNumeric(compact.slice(4) + compact.slice(0, 4))) === 1
}
