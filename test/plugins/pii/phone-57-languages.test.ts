// Numbers said in Albanian, Welsh and Galician, Spanish and Galician hundreds, Serbian's hundreds and Nynorsk's `ein`,
// and a number said in words after a word naming some other number. Texts written for this file.
import { expect, test } from "bun:test"
import { saidRuns } from "../../../plugins/pii/recognizers/digit-words.ts"
import { phones } from "./spans.ts"

const digitsOf = (text: string) => saidRuns(text).map((r) => r.digits)

test("digit words and pairs in Albanian, Welsh and Galician, hundreds in Spanish, Galician and Serbian", () => {
  expect(digitsOf("zero gjashtë tetë pesë dy njëzet e nëntë tridhjetë e shtatë")).toEqual(["068522937"])
  expect(digitsOf("dim saith naw wyth un dau, tri pedwar pump chwech")).toEqual(["0798123456"])
  expect(digitsOf("seis sete catro corenta e dous cero un dezaoito")).toEqual(["674420118"])
  expect(digitsOf("seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho")).toEqual(["612345678"])
  expect(digitsOf("setecentos corenta e seis, tres catro dous, tres cincuenta")).toEqual(["746342350"])
  expect(digitsOf("nula šest četiri trista osamnaest trista devedeset jedan")).toEqual(["064318391"])
  expect(digitsOf("førtiåtte åttiein åttisju trettito")).toEqual(["48818732"])
})

test("said after the words for a phone or for 'my number' in those languages, such a number is a phone", () => {
  expect(phones("klienti: numri im është zero gjashtë tetë pesë dy njëzet e nëntë tridhjetë e shtatë")).toEqual(["zero gjashtë tetë pesë dy njëzet e nëntë tridhjetë e shtatë"])
  expect(phones("galwr: fy rhif i yw dim saith naw wyth un dau, tri pedwar pump chwech")).toEqual(["dim saith naw wyth un dau, tri pedwar pump chwech"])
  expect(phones("llámame al seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho")).toEqual(["seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho"])
  expect(phones("ffoniwch fi ar 07921 234567")).toEqual(["07921 234567"])
  // A price said in hundreds is a price.
  expect(phones("Cuesta trescientos doce euros")).toEqual([])
})

test("a number said in words after a word naming some other number is that number, in any language", () => {
  expect(phones("caller: the certificate number is two double oh oh two seven double eight two two two six")).toEqual([])
  expect(phones("le numéro de garantie c'est sept quatre neuf zéro huit sept deux cinq cinq cinq neuf neuf")).toEqual([])
  expect(phones("galwr: rhif y dystysgrif saith wyth wyth pedwar dim tri saith un saith dim pedwar saith")).toEqual([])
  expect(phones("e o número de certificado é catro cinco sete tres nove un cinco catro un dous seis oito")).toEqual([])
  // Whose or which phone, or "plus", after the word for number names none.
  expect(phones("cliente: e il numero migliore è sei sei quattro uno settantanove otto sette")).toHaveLength(1)
  expect(phones("cliente: il mio numero è più tre nove tre quattro sette uno due tre quattro cinque sei")).toHaveLength(1)
  expect(phones("klienti: dhe numri më i mirë është zero gjashtë tetë pesë dy njëzet e nëntë tridhjetë e shtatë")).toHaveLength(1)
  // A correction after "anzi no" is still the caller's number.
  expect(phones("chiamante: il mio numero è tre nove tre quattro due nove sette anzi no tre nove tre... nove nove nove... quattro due nove quattro")).toHaveLength(2)
})

test("called back, found at or asked for in the callers' languages, a number is a phone", () => {
  expect(phones("Mme Rui ; préfère être rappelée au 06 12 34 56 78 après 13h15.")).toEqual(["06 12 34 56 78"])
  expect(phones("jam Kristaq, më gjeni në +355 67 817 3660 ose në punë")).toEqual(["+355 67 817 3660"])
  expect(phones("Xosé volveu chamar, mób.+34 656 16 36 43; resolto ás 14:39.")).toEqual(["+34 656 16 36 43"])
  expect(phones("Innringar: Mazur, Tomasz, 47042926")).toEqual(["47042926"])
})

test("whose phone a said number is, after a word for number, keeps it a phone; hundreds alone are no group (review)", () => {
  expect(phones("the taxi number is oh one six one four nine six one two three four")).toHaveLength(1)
  expect(phones("el número del fontanero es seis uno dos tres cuatro cinco seis siete ocho")).toHaveLength(1)
  expect(digitsOf("seis uno dos, tres cuatro cinco, seis siete ocho, cien por cien seguro")).toEqual(["612345678"])
  expect(digitsOf("novecentos e doze, trezentos e quarenta e cinco, seiscentos e setenta e oito")).toEqual(["912345678"])
  // German's "puh" ("phew") names no phone; Finnish `puh.` right before a number does.
  expect(phones("Puh, das waren 12345678 Schritte")).toEqual([])
  expect(phones("Terveisin Aino, puh. 040 123 4567")).toEqual(["040 123 4567"])
  // A bracket after a caller's key reads a number in any country's plan only after a person's name.
  expect(phones("- Client: Gildfern (61983671250)")).toEqual([])
})

test("a third party who may call instead of the caller, or whom to ask for, at a number: their phone", () => {
  expect(phones("Se non estou, preguntade por Anxo no 612 794 137.")).toEqual(["612 794 137"])
  expect(phones("klient: moja žena možda će zvati umesto mene sa nula šest dva četrdeset jedan pet šest četiri osam")).toHaveLength(1)
  expect(phones("innringar: Kari kan ringje i staden frå fire åtte ni fem null åtte sytti")).toHaveLength(1)
  // An order after "ask for" or "demandez" stays an order.
  expect(phones("please ask for order 12345678 at the desk")).toEqual([])
  expect(phones("demandez votre numéro de commande 12345678")).toEqual([])
  expect(phones("Encomenda no 612794137 enviada")).toEqual([])
})
