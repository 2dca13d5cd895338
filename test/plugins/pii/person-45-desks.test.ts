// Review of holdout45's PERSON false positives on a desk's name: a chat or a call that the desk answers with its name and
// a "how can I help", its name then standing in the agent's speaker tag and in later lines. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a desk that answers with its name and a 'how can I help' is no person, wherever its name stands", () => {
  const chat = "09:12 Priya (Bluewater Home Cover): Hi, you're through to Bluewater Home Cover, how can I help?\n09:13 Ola Nordmann: my claim\n09:20 Bluewater Home Cover: Thanks."
  expect(people(chat)).toEqual(["Priya", "Ola Nordmann"])
  expect(people("[2/3/2026, 10:01:00] Lukas (Fernwind Energie): Guten Tag, Fernwind Energie, wie kann ich helfen?")).toEqual(["Lukas"])
  expect(people("Agentti: Hei, Revontuli Verkko asiakaspalvelu, miten voin auttaa?\nAsiakas: Aino Lahti")).toEqual(["Aino Lahti"])
  expect(people("[1/2/2026, 09:00:00] Chiara (Fiume Verde Gas): Buongiorno, Fiume Verde Gas, come posso aiutarla?")).toEqual(["Chiara"])
  expect(people("12:01 Bursztyn Energia: Dzień dobry, tu Bursztyn Energia, w czym mogę pomóc?\n12:02 Bursztyn Energia: Dziękuję.")).toEqual([])
})

test("an agent giving their own name before 'how can I help', or greeting the customer, is still found", () => {
  expect(people("Agent: Bluewater Home Cover, good morning, Tamsin Pryce, how can I help?")).toContain("Tamsin Pryce")
  expect(people("Agent: Hello, Marek Novak, how can I help you today?")).toEqual(["Marek Novak"])
  expect(people("Agent: Hi, you're through to Sam, how can I help?")).toEqual(["Sam"])
})
