// The README's example: a tenant's account number, "ACME-" and 8 digits, the last a check digit.
import { defineRecognizer } from "../../../core/public.ts"
import { testRecognizer } from "../../../testing/index.ts"

/** Weights 1,3,1,3,... over the first seven digits; the eighth makes the sum a multiple of 10. */
const checkDigitOk = (digits: string) => {
  const sum = [...digits.slice(0, 7)].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10 === Number(digits[7])
}

export const acmeAccount = defineRecognizer({
  type: "ACME_ACCOUNT",
  name: "acme-account",
  score: 0.9,
  pattern: /\bACME-\d{8}\b/g,
  validate: (match) => checkDigitOk(match.slice(5)),
  context: { words: ["account", "Konto", "compte"], boost: 0.1 },
})

testRecognizer(acmeAccount, {
  positives: [{ text: "account ACME-12345678 closed", spans: [[8, 21]] }],
  negatives: ["ACME-12345670 (wrong check digit)", "ACME-1234567", "XACME-12345678"],
})
