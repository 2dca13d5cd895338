// Each language's dates, times, amounts and its name-words used as ordinary words (a sentence around the word).
import type { Rng } from './prng.ts'

const M: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  fi: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  'bg-latn': ['yanuari', 'fevruari', 'mart', 'april', 'may', 'yuni', 'yuli', 'avgust', 'septemvri', 'oktomvri', 'noemvri', 'dekemvri'],
  el: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
}
const p2 = (n: number) => String(n).padStart(2, '0')

/** a date as the locale writes it; loc is the language, or en-xx for the English regions */
export function date(r: Rng, loc: string): string {
  const d = r.int(1, 28), m = r.int(1, 12), y = r.pick([2026, 2026, 2027])
  const lang = loc.slice(0, 2)
  const mn = (M[loc] ?? M[lang]!)[m - 1]!
  const f: Record<string, (() => string)[]> = {
    'en-us': [() => `${M.en![m - 1]} ${d}, ${y}`, () => `${m}/${d}/${y}`], 'en-ph': [() => `${M.en![m - 1]} ${d}, ${y}`, () => `${p2(m)}/${p2(d)}/${y}`],
    'en-ca': [() => `${y}-${p2(m)}-${p2(d)}`, () => `${M.en![m - 1]} ${d}, ${y}`], 'en-in': [() => `${d} ${M.en![m - 1]} ${y}`, () => `${p2(d)}/${p2(m)}/${y}`, () => `${p2(d)}-${p2(m)}-${y}`],
    'en-au': [() => `${d} ${M.en![m - 1]} ${y}`, () => `${p2(d)}/${p2(m)}/${y}`], 'en-ie': [() => `${d} ${M.en![m - 1]} ${y}`, () => `${p2(d)}/${p2(m)}/${y}`],
    de: [() => `${d}. ${mn} ${y}`, () => `${p2(d)}.${p2(m)}.${y}`], fr: [() => `${d} ${mn} ${y}`, () => `${p2(d)}/${p2(m)}/${y}`],
    es: [() => `${d} de ${mn} de ${y}`, () => `${p2(d)}/${p2(m)}/${y}`], it: [() => `${d} ${mn} ${y}`, () => `${p2(d)}/${p2(m)}/${y}`],
    nl: [() => `${d} ${mn} ${y}`, () => `${p2(d)}-${p2(m)}-${y}`], pt: [() => `${d} de ${mn} de ${y}`, () => `${p2(d)}/${p2(m)}/${y}`],
    pl: [() => `${d} ${mn} ${y}`, () => `${p2(d)}.${p2(m)}.${y}`], sv: [() => `${d} ${mn} ${y}`, () => `${y}-${p2(m)}-${p2(d)}`],
    fi: [() => `${d}. ${mn} ${y}`, () => `${d}.${m}.${y}`], ro: [() => `${d} ${mn} ${y}`, () => `${p2(d)}.${p2(m)}.${y}`],
    bg: [() => `${d} ${mn} ${y} г.`, () => `${p2(d)}.${p2(m)}.${y}`], 'bg-latn': [() => `${d} ${mn} ${y} g.`, () => `${p2(d)}.${p2(m)}.${y}`], el: [() => `${d} ${mn} ${y}`, () => `${p2(d)}/${p2(m)}/${y}`],
  }
  return r.pick(f[loc] ?? f[lang]!)()
}
export function time(r: Rng, loc: string): string {
  const h = r.int(7, 19), mi = r.pick([0, 15, 30, 45, 10, 40])
  if (['en-us', 'en-ph', 'en-ca', 'en-au', 'en-in'].includes(loc) && r.chance(0.7)) return `${h > 12 ? h - 12 : h}:${p2(mi)} ${h >= 12 ? 'pm' : 'am'}`
  return `${h}:${p2(mi)}`
}
export function amount(r: Rng, loc: string): string {
  const a = r.int(12, 2400), c = r.pick(['00', '50', '90', '95', '99'])
  const th = (n: number, s: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, s)
  const f: Record<string, () => string> = {
    'en-us': () => `$${th(a, ',')}.${c}`, 'en-ph': () => `₱${th(a * 20, ',')}.${c}`, 'en-ca': () => r.pick([`C$${a}.${c}`, `$${a}.${c} CAD`]),
    'en-in': () => r.pick([`₹${th(a * 40, ',')}.${c}`, `Rs ${th(a * 40, ',')}`]), 'en-au': () => `A$${a}.${c}`, 'en-ie': () => `€${th(a, ',')}.${c}`,
    de: () => `${th(a, '.')},${c} €`, fr: () => `${th(a, ' ')},${c} €`, es: () => `$${th(a * 15, ',')}.${c} MXN`, it: () => `€ ${th(a, '.')},${c}`,
    nl: () => `€ ${th(a, '.')},${c}`, pt: () => `R$ ${th(a * 4, '.')},${c}`, pl: () => `${th(a * 4, ' ')},${c} zł`, sv: () => `${th(a * 10, ' ')} kr`,
    fi: () => `${th(a, ' ')},${c} €`, ro: () => `${th(a * 4, '.')} lei`, bg: () => `${a * 2},${c} лв.`, 'bg-latn': () => `${a * 2},${c} lv.`, el: () => `${th(a, '.')},${c} €`,
  }
  return (f[loc] ?? f[loc.slice(0, 2)]!)()
}
/** a name-word as an ordinary word: [before, word, after] */
export const NAME_WORD_SENTENCES: Record<string, [string, string, string][]> = {
  en: [['', 'May', ' we remind you that the room is released after 15 minutes.'], ['', 'Will', ' do, thanks!'], ['The ', 'bill', ' goes to the company account.'],
    ['Please ', 'mark', ' the parcel as fragile.'], ['One red ', 'rose', ' and a card, nothing else.'], ['There is a ten-minute ', 'grace', ' period for returns.'],
    ['', 'Hope', ' that helps.'], ['Forecast is ', 'sunny', ' for the test day.'], ['What a ', 'joy', ' to hear back so fast.'], ['Accepted in good ', 'faith', ' by the desk.'],
    ['The council ', 'grant', ' covers half the fee.'], ['A ', 'rich', ' chocolate box was added.']],
  de: [['Das ist ', 'ernst', ' gemeint: bitte pünktlich.'], ['Ganz ', 'frank', ' und frei gesagt, der Raum war zu klein.']],
  fr: [['Une ', 'rose', ' blanche et une carte, rien de plus.']],
  es: [['La ', 'luz', ' de la sala no funciona.'], ['El ', 'rocío', ' dañó las flores de la entrada.']],
  it: [['Abbiamo aggiunto una ', 'stella', ' di Natale al mazzo.']],
  nl: [['Eén rode ', 'roos', ' met een kaartje, verder niets.']],
  pt: [['Sem a ', 'luz', ' da sala não dá para estudar.'], ['Foi de ', 'graça', ', não cobramos a entrega.']],
  pl: [['Jedna czerwona ', 'róża', ' i bilecik, nic więcej.']],
  sv: [['Prognosen säger ', 'sol', ' hela provdagen.']],
  fi: [['Mikä ', 'onni', ', että aika vapautui!'], ['Ainoa ', 'toivo', ' on, että aika sopii.']],
  ro: [['O ', 'floare', ' albă și o felicitare, atât.']],
  bg: [['Една червена ', 'роза', ' и картичка, нищо повече.']],
  'bg-latn': [['Edna chervena ', 'roza', ' i kartichka, nishto poveche.']],
  el: [['Υπάρχει ', 'ελπίδα', ' να βρεθεί ραντεβού νωρίτερα.']],
}
