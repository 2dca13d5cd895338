// A loyalty or frequent-flyer key, then the carrier's two-letter code, then the number: the key names the number still.
// Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a carrier's code between a number's key and the number leaves the key naming it", () => {
  expect(phones("pointene er ikke kommet på mit bonusnr sk 088011418 endnu")).toEqual([])
  expect(phones("Bitte auf meine Bonusnr. LH 0880114183 buchen.")).toEqual([])
})

test("an everyday word between a phone's word for number and the number is no code", () => {
  expect(phones("Please call the number on 0612 489 370 after six.")).toEqual(["0612 489 370"])
  expect(phones("ring mit nummer er 28447190 hele dagen")).toEqual(["28447190"])
})
