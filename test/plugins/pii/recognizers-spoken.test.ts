// A phone number read out digit by digit, as speech-to-text writes it: found where a phone is named before it, read
// as its digits so that a scrub's token joins the same number written, and never a run of digit words with no phone
// named (a code, a count). Texts written for this file.
import { expect, test } from "bun:test"
import { positive as pos, testRecognizer } from "../../../testing/index.ts"
import { analyze } from "../../../plugins/pii/index.ts"
import { createSpokenPhoneRecognizer } from "../../../plugins/pii/recognizers/index.ts"
import { spokenDigits } from "../../../plugins/pii/recognizers/spoken-digits.ts"
import { normalizedValue } from "../../../plugins/pii/scrub-output.ts"

testRecognizer(createSpokenPhoneRecognizer(), {
  positives: [
    pos("agent: and a phone number\ncaller: oh two oh, seven nine four six, oh nine five eight\nagent: thanks", "oh two oh, seven nine four six, oh nine five eight"),
    pos("can you text them to five one four, nine two four, seven seven eight three as well", "five one four, nine two four, seven seven eight three"),
    pos("my mobile is oh seven seven double oh nine double oh one two three thanks", "oh seven seven double oh nine double oh one two three"),
  ],
  negatives: ["the code is one two three four five six seven", "one two three four five six seven eight nine, ready or not", "call me at seven, oh and bring two"],
})

test("the digits a run of digit words says, with double and triple", () => {
  expect(spokenDigits("oh seven seven double oh nine double oh one two three")).toBe("07700900123")
  expect(spokenDigits("triple five, zero one")).toBe("55501")
})

test("a digit word written with the long s (ſix, U+017F, which the expression's case folding takes for s) is read as its digit, not a failed analysis", () => {
  // `pii redact` of such a text exited 2 with "recognizer phone-spoken failed in its find function".
  expect(spokenDigits("oh seven ſeven double oh nine double oh one two three")).toBe("07700900123")
  const text = "my mobile is oh seven ſeven double oh nine double oh one two three, or ſix"
  expect(analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))).toEqual(["oh seven ſeven double oh nine double oh one two three"])
})

test("a spoken number is a PHONE finding of the default analyzer, beside a written one", () => {
  const text = "caller: reach me on oh two oh, seven nine four six, oh nine five eight or 020 7946 0958"
  expect(analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))).toEqual(["oh two oh, seven nine four six, oh nine five eight", "020 7946 0958"])
})

test("a scrub reads a spoken number as the number written, so their tokens and indexes join", () => {
  const regions = ["GB", "US"]
  expect(normalizedValue("PHONE", "oh two oh, seven nine four six, oh nine five eight", regions)).toBe(normalizedValue("PHONE", "020 7946 0958", regions))
  expect(normalizedValue("PHONE", "oh two oh, seven nine four six, oh nine five eight", regions)).toBe("+442079460958")
})

test("a number said partly in words or with a voicemail's pauses joins the number written (was: +61451637, and 0489924480 unread)", () => {
  const regions = ["GB", "BE", "US", "AU"]
  const same = (said: string, written: string) => expect(normalizedValue("PHONE", said, regions)).toBe(normalizedValue("PHONE", written, regions))
  same("oh seven nine four six, 451637", "07946 451637")
  same("0489, 92, 44, 80", "0489 92 44 80")
  same("073... 809... 20... 64", "07 3809 2064")
  expect(normalizedValue("PHONE", "0489, 92, 44, 80", regions)).toBe("+32489924480")
  // An extension stays out of the number, as before.
  expect(normalizedValue("PHONE", "+1 555 010 2030 ext. 12", regions)).toBe(normalizedValue("PHONE", "+1 555 010 2030", regions))
})
