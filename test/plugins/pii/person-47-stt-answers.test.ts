// Review of holdout46's PERSON misses: speech-to-text writes names in lower case, in an agent's introduction as a call
// opens and in a caller's answer to a question for their name on the turn before. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a stamped speaker's answer to a name question is the speaker's name", () => {
  const asked = (question: string, answer: string) => `[00:00:40] Agent: ${question}\n[00:00:52] SPEAKER_2: ${answer}\n[00:01:03] Agent: thanks`
  expect(people(asked("who am i speaking with", "fiona gallagher"))).toEqual(["fiona gallagher"])
  expect(people(asked("could i have your full name please", "tobias brennan"))).toEqual(["tobias brennan"])
  expect(people(asked("hvem taler jeg med", "mette kjærgaard"))).toEqual(["mette kjærgaard"])
  expect(people(asked("з ким я розмовляю", "тарас мельник"))).toEqual(["тарас мельник"])
  expect(people(asked("who am i speaking with", "ann marie kowalski"))).toEqual(["ann marie kowalski"])
  // After a filler or two, as speech-to-text writes them.
  expect(people(asked("can i get your full name please", "yeah marta kowalska"))).toEqual(["marta kowalska"])
  expect(people(asked("votre nom s'il vous plaît", "oui, odile gauthier"))).toEqual(["odile gauthier"])
  expect(people(asked("can i take your name", "um yeah so grace is my wife actually"))).toEqual([])
})

test("an answer that is no given name stays unfound", () => {
  const asked = (question: string, answer: string) => `[00:00:40] Agent: ${question}\n[00:00:52] Customer: ${answer}\n`
  expect(people(asked("who am i speaking with", "yes that's right"))).toEqual([])
  expect(people(asked("can i take your name", "sure it's on the account"))).toEqual([])
})

test("an agent's lower-case full name as a call opens", () => {
  expect(people("[00:00:05] Agent: thanks for calling you're speaking with jordan whitfield how can i help")).toEqual(["jordan whitfield"])
  expect(people("[00:00:05] Оператор: добрий день на зв'язку ірина ткаченко чим можу допомогти")).toEqual(["ірина ткаченко"])
  expect(people("[00:00:05] Оператор: добър ден на телефона е мария колева с какво мога да помогна")).toEqual(["мария колева"])
})

test("a desk or an ordinary phrase after the introduction is no name", () => {
  expect(people("[00:00:05] Agent: you're speaking with the billing team how can i help")).toEqual([])
  expect(people("[00:00:05] Agent: you're speaking with grace period support today")).toEqual([])
})
