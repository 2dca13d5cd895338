// Numbers said in pairs in the languages whose callers say them so: one word (`dreiundzwanzig`, `tweeënveertig`,
// `trentatré`, `huszonkettő`, `veintidós`) or a round ten and a digit word joined after it (`treinta y tres`, `trinta e
// dois`, `dwadzieścia trzy`, `dvacet tři`, `douăzeci și trei`). Texts written for this file.
import { expect, test } from "bun:test"
import { saidRuns } from "../../../plugins/pii/recognizers/digit-words.ts"
import { phones } from "./spans.ts"

const digitsOf = (text: string) => saidRuns(text).map((r) => r.digits)

test("a pair said as one word is read as its two digits, in each language that says it so", () => {
  expect(digitsOf("null eins sieben zwei, dreiundzwanzig, fünfundvierzig, achtundsechzig")).toEqual(["0172234568"])
  expect(digitsOf("zes, tweeëntwintig, vijfenveertig, achtenzestig, negentien")).toEqual(["622456819"])
  // Without the diaeresis, as speech-to-text may write it.
  expect(digitsOf("zes, tweeentwintig, vijfenveertig, achtenzestig, negentien")).toEqual(["622456819"])
  expect(digitsOf("tre tre otto, ventitré, quarantadue, sessantotto, diciannove")).toEqual(["33823426819"])
  // The ten loses its vowel before uno and otto.
  expect(digitsOf("tre tre otto, ventuno, trentotto, sessantotto")).toEqual(["338213868"])
  expect(digitsOf("hat, harminc, huszonkettő, tizenegy, negyvenöt")).toEqual(["630221145"])
  expect(digitsOf("tres uno cinco, veintidós, dieciséis, veintinueve")).toEqual(["315221629"])
  expect(digitsOf("deväť osem, dvadsaťjeden, štyridsaťpäť")).toEqual(["982145"])
})

test("a round ten with a digit word joined after it is one pair", () => {
  expect(digitsOf("seis cuarenta y dos, treinta y tres, dieciocho, noventa y uno")).toEqual(["642331891"])
  expect(digitsOf("onze, nove oito sete, trinta e dois, quarenta e cinco, dezoito")).toEqual(["11987324518"])
  expect(digitsOf("pięć zero jeden, dwadzieścia trzy, czterdzieści pięć, sześćdziesiąt osiem")).toEqual(["501234568"])
  expect(digitsOf("sedm dva čtyři, dvacet tři, čtyřicet pět, šedesát osm")).toEqual(["724234568"])
  expect(digitsOf("sedam dva, dvadeset tri, četrdeset i pet, šezdeset osam")).toEqual(["72234568"])
  expect(digitsOf("zero șapte doi, douăzeci și trei, patruzeci și cinci, șaizeci și opt")).toEqual(["072234568"])
  // A comma between them keeps them apart: a round ten, then a digit.
  expect(digitsOf("seis cuarenta, dos tres tres uno ocho")).toEqual(["64023318"])
  // A zero after a ten is no unit of it.
  expect(digitsOf("dwadzieścia zero jeden dwa trzy")).toEqual(["200123"])
})

test("a number said in pairs after the caller's phone words is a phone", () => {
  expect(phones("Rückruf bitte unter null eins sieben zwei, dreiundzwanzig, fünfundvierzig, achtundsechzig")).toEqual(["null eins sieben zwei, dreiundzwanzig, fünfundvierzig, achtundsechzig"])
  expect(phones("mi número es el seis cuarenta y dos, treinta y tres, dieciocho, noventa y uno")).toEqual(["seis cuarenta y dos, treinta y tres, dieciocho, noventa y uno"])
  expect(phones("meu celular é onze, nove oito sete, trinta e dois, quarenta e cinco, dezoito")).toEqual(["onze, nove oito sete, trinta e dois, quarenta e cinco, dezoito"])
  expect(phones("mijn nummer is zes, tweeëntwintig, vijfenveertig, achtenzestig, negentien")).toEqual(["zes, tweeëntwintig, vijfenveertig, achtenzestig, negentien"])
  expect(phones("mój numer to pięć zero jeden, dwadzieścia trzy, czterdzieści pięć, sześćdziesiąt osiem")).toEqual(["pięć zero jeden, dwadzieścia trzy, czterdzieści pięć, sześćdziesiąt osiem"])
})

test("pairs said without a phone named, amounts and round tens alone stay what they are", () => {
  // Amounts and ages.
  expect(phones("pagó veintidós, treinta y tres y cuarenta y cinco euros por las tres cajas")).toEqual([])
  expect(phones("Die Kinder sind dreiundzwanzig, fünfundvierzig und achtundsechzig Jahre alt geworden")).toEqual([])
  // A count read out with no phone word near it.
  expect(phones("we counted: vijfenveertig, achtenzestig, negentien, tweeëntwintig, zes")).toEqual([])
  // Round tens alone are a list of amounts, even after a phone word.
  expect(phones("mi número de pedido tiene treinta, cuarenta, cincuenta, sesenta cajas")).toEqual([])
})

test("Belgian French, Catalan, Icelandic, Estonian and Latvian pairs, a digit said twice, and hundreds in threes", () => {
  expect(digitsOf("zéro quatre nonante-six... quarante-quatre... septante et un... huitante")).toEqual(["0496447180"])
  expect(digitsOf("sis u vuit, cinc set, cinquanta-cinc, quaranta-vuit")).toEqual(["618575548"])
  expect(digitsOf("set vint-i-set, setanta-tres, set vuit, vuitanta-dos")).toEqual(["727737882"])
  expect(digitsOf("átta þrír þrír, fjörutíu og tveir fimmtán")).toEqual(["8334215"])
  expect(digitsOf("viis null kolm seitse, üheksakümmend üheksakümmend kolm")).toEqual(["50379093"])
  expect(digitsOf("divi nulle, septiņi trīs četri, divi sešdesmit pieci")).toEqual(["20734265"])
  expect(digitsOf("null doppel sechs null, fünf dreiundachtzig")).toEqual(["0660583"])
  expect(digitsOf("šest nula dva... sedm set třicet pět... tři sta čtyřicet osm")).toEqual(["602735348"])
  expect(digitsOf("sześćset dwa, trzysta czterdzieści osiem, dziewięćset jeden")).toEqual(["602348901"])
  // Hundreds and a unit: the tens are nought.
  expect(digitsOf("dvesto tri, päťsto, sedem osem")).toEqual(["20350078"])
  // A word of another language's run opens a run of its own (`to`, Danish 2, before Czech hundreds).
  expect(digitsOf("no je to dvě stě devadesát, tři sta třicet jedna")).toEqual(["290331"])
})

test("numbers said in threes or pairs after a phone word are phones; hundreds of a count are not", () => {
  expect(phones("Zavolejte mi prosím zpátky na šest nula šest... devět set šedesát tři... 090. Děkuji.")).toEqual(["šest nula šest... devět set šedesát tři... 090"])
  expect(phones("Pouvez-vous me rappeler au zéro quatre quatre-vingt-six, septante-neuf, 60, cinquante-sept ? Merci.")).toEqual(["zéro quatre quatre-vingt-six, septante-neuf, 60, cinquante-sept"])
  expect(phones("Hringið í átta þrír þrír, fjörutíu og tveir fimmtán eða í vinnuna")).toEqual(["átta þrír þrír, fjörutíu og tveir fimmtán"])
  expect(phones("Objednali jsme sedm set, osm set a devět set kusů, celkem dva tisíce čtyři sta")).toEqual([])
})

test("a time, an age, a sum or a count said after a number is no part of it; hundreds said without commas (review)", () => {
  expect(phones("Meine Nummer ist null eins sieben eins zwei drei vier fünf sechs sieben, zwölf Uhr passt.")).toEqual(["null eins sieben eins zwei drei vier fünf sechs sieben"])
  expect(phones("Il mio numero è tre nove tre quattro due nove sette, ventitré anni.")).toEqual(["tre nove tre quattro due nove sette"])
  expect(phones("Per Telefon bestellt: dreiundzwanzig, fünfundvierzig, sechsundsiebzig, neunundachtzig Stück.")).toEqual([])
  expect(phones("Por teléfono pedí treinta y tres, cuarenta y cinco, sesenta y siete, ochenta y nueve cajas.")).toEqual([])
  expect(digitsOf("sedm set třicet jedna tři sta osm set pět")).toEqual(["731300805"])
  expect(digitsOf("tři sta dvacet osm set pět")).toEqual(["320805"])
})
