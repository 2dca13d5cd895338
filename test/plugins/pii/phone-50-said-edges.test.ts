// The edges of a number said digit by digit (review of stop 49): a time or a unit said right after a short last group
// is the time (`… one two three, 5 pm`), and a menu key pressed right before the number is the choice (`press 1, oh
// seven …`). Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a short last group a time or a unit follows is left out of the number said before it", () => {
  expect(phones("Call me back on oh seven seven zero zero nine zero zero one two three, 5 pm is best.")).toEqual(["oh seven seven zero zero nine zero zero one two three"])
  expect(phones("voicemail: my number is oh seven seven zero zero nine zero zero one two three, 45 minutes from now I'm free")).toEqual(["oh seven seven zero zero nine zero zero one two three"])
  expect(phones("Voicemail: hallo, rufen Sie mich zurück unter null eins sieben eins, zwei drei vier fünf sechs sieben, 5 Uhr passt.")).toEqual(["null eins sieben eins, zwei drei vier fünf sechs sieben"])
  expect(phones("voicemail: hi call me back on 0207, 946, 0321, 5 pm works")).toEqual(["0207, 946, 0321"])
})

test("a last group with no time after it stays in the number", () => {
  expect(phones('asr.result confidence=0.93 text="nula devet dva 1 osam tri sedam tri, 9 0"')).toEqual(["nula devet dva 1 osam tri sedam tri, 9 0"])
  expect(phones("Voicemail: call me on oh seven seven zero zero, nine zero zero one two, 3 thanks")).toEqual(["oh seven seven zero zero, nine zero zero one two, 3"])
})

test("a menu key pressed right before a number said is not its first digit", () => {
  expect(phones("To reach billing press 1, oh seven seven zero zero, nine zero zero one two three.")).toEqual(["oh seven seven zero zero, nine zero zero one two three"])
  // With no key pressed before it, a leading group said apart is the number's (a country code).
  expect(phones("my number is 1, 800, 555, 0199")).toEqual(["1, 800, 555, 0199"])
})
