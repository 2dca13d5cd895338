// A full name written in lower case, with no cue, on a line speech-to-text or a quick message wrote all in lower case;
// and the words of such lines that are first names elsewhere but frequent words here. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a known first name and its surname on a lower-case line are a name, in any covered language", () => {
  expect(people("[00:01:12] customer: if i'm out ashley ramirez will be home to sign for it")).toEqual(["ashley ramirez"])
  expect(people("ok and the engineer who came was martin kowalski i think")).toEqual(["martin kowalski"])
  expect(people("se eu não estiver, joão pereira vai estar em casa")).toEqual(["joão pereira"])
  expect(people("ak nebudem doma, bude tam peter šimko, číslo vám pošlem")).toEqual(["peter šimko"])
  // A second surname closing the clause is the name's too.
  expect(people("cliente: guadalupe zúñiga ramírez, contrato de alquiler")).toEqual(["guadalupe zúñiga ramírez"])
})

test("the same words on a line written with capitals are left to the capitalised reading", () => {
  // The line has capitals elsewhere: its lower-case words are words, not a name typed without them.
  expect(people("Please bring the martin kowalski drawings to the Leeds office.")).toEqual([])
})

test("a first name that is a frequent word of another language, or a frequent word after one, names nobody", () => {
  // Italian `della`, Romanian `mai`, Danish `ned`: first names in some lists, words here.
  expect(people("cliente: volevo spostare il controllo della vista a martedì")).toEqual([])
  expect(people("operator: dupa ora cinci e cel mai bine sa ma sunati")).toEqual([])
  expect(people("kunde: indedelen drypper vand ned ad væggen igen")).toEqual([])
  // `last`, a hesitation and a verb of speaking after a name are not its surname.
  expect(people("customer: i spoke to kemar reid last week about the quote")).toEqual(["kemar reid"])
  expect(people("caller: yeah hi erm it's brandon johnson uh the stain's still there")).toEqual(["brandon johnson"])
  expect(people("agent: clearpane windows, gabriel falando, em que posso ajudar?")).toEqual(["gabriel"])
})

test("a given name alone on a message's last line under a sentence signs it, a word or not", () => {
  expect(people("You can reach me on +1 713 470 1306.\nGrace")).toEqual(["Grace"])
  expect(people("my card is 5155 8273 6390 2683 exp 07/28\nemeka")).toEqual(["emeka"])
  // A word that is no given name there is a word.
  expect(people("Please call me back.\nThanks")).toEqual([])
  // Not the text's last line, nor after a line that ends no sentence.
  expect(people("Grace\nPlease call me back.")).toEqual([])
})
