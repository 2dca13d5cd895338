// Review of holdout44's PERSON misses on a transcribed call's opening line, where the desk answers with a greeting, the
// firm's name and the agent's own name, all in lower case. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("the agent's name ending the opening line after a greeting and the firm's name is found", () => {
  expect(people("agent: good morning harbourline broadband sinead o'malley\ncaller: hi")).toEqual(["sinead o'malley"])
  expect(people("spk_0: buenos días vetrolux casas marta bellini ruiz\nspk_1: hola")).toEqual(["marta bellini ruiz"])
  expect(people("a: dobrý deň kvetlin energia zuzana hrušková\nb: dobrý deň")).toEqual(["zuzana hrušková"])
})

test("an opening line that is a sentence names no one, and a greeting on a later line opens no agent's name", () => {
  expect(people("customer: hello i need help with my bill\nagent: sure")).toEqual([])
  // The desk's greeting on a later line is no agent's opening; the full name on its lower-case line is still a name.
  expect(people("a: hi\nb: ok\nc: x\nd: hello harbourline broadband sinead walsh")).toEqual(["sinead walsh"])
  expect(people("agent: hello harbourline broadband customer services\ncaller: hi")).toEqual([])
})
