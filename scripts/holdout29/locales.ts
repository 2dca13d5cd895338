// Locales: the English regions and the other languages, their name origins, phone countries, phrase books,
// dates, times, amounts and name-word sentences.
import { Rng, pad } from './prng.ts'

export interface Locale {
  lang: string // the line's lang
  region: string // en region or the language's own tag
  origins: string[] // name origins of the locale's people
  phones: string[] // phone countries (first is home)
  europe: boolean // writes its own numbers mostly nationally
  ph: Record<Key, string>
  date: (r: Rng, y: number, m: number, d: number) => string
  amount: (r: Rng) => string
  words: [string, string, string][] // a sentence: before, the name-word, after
  cyr?: boolean
}
export type Key = 'hi' | 'thanks' | 'callOn' | 'or' | 'newNum' | 'oldNum' | 'name' | 'phone' | 'email' | 'note' | 'booking' | 'quote' | 'crate' | 'unit' | 'access' | 'van' | 'table' | 'guests' | 'planner' | 'supplier' | 'agreement' | 'boot' | 'ski' | 'liftpass' | 'careplan' | 'visit' | 'keysafe' | 'daughter' | 'father' | 'carer' | 'children' | 'customer' | 'moving' | 'total' | 'paid' | 'account' | 'reach' | 'callback' | 'date' | 'agent'
const KEYS: Key[] = ['hi', 'thanks', 'callOn', 'or', 'newNum', 'oldNum', 'name', 'phone', 'email', 'note', 'booking', 'quote', 'crate', 'unit', 'access', 'van', 'table', 'guests', 'planner', 'supplier', 'agreement', 'boot', 'ski', 'liftpass', 'careplan', 'visit', 'keysafe', 'daughter', 'father', 'carer', 'children', 'customer', 'moving', 'total', 'paid', 'account', 'reach', 'callback', 'date', 'agent']
const book = (a: string[]): Record<Key, string> => { if (a.length !== KEYS.length) throw new Error(`phrase book ${a[0]} has ${a.length}`); return Object.fromEntries(KEYS.map((k, i) => [k, a[i]!])) as Record<Key, string> }

const EN = book(['Hi', 'Thanks', 'please ring me on', 'or', 'new number', 'old number', 'Name', 'Phone', 'Email', 'Notes', 'booking ref', 'quote', 'crate', 'storage unit', 'access code', 'van', 'table', 'guests', 'planner', 'supplier', 'rental agreement', 'boot size', 'ski length', 'lift pass', 'care plan', 'visit no.', 'key safe code', 'daughter', 'father', 'carer', 'kids', 'customer', 'moving on', 'Total', 'paid by card', 'bank account', 'can be reached on', 'called back', 'Date', 'agent'])
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const en = (region: string, origins: string[], phones: string[], cur: (r: Rng) => string, us = false): Locale => ({
  lang: 'en', region, origins, phones, europe: false, ph: EN,
  date: (r, y, m, d) => (us ? r.pick([`${MONTHS_EN[m - 1]} ${d}, ${y}`, `${m}/${d}/${y}`]) : r.pick([`${d} ${MONTHS_EN[m - 1]} ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${y}-${pad(m)}-${pad(d)}`])),
  amount: cur,
  words: [],
})
const money = (r: Rng, lo: number, hi: number) => r.int(lo, hi)
const th = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const EN_WORDS: [string, string, string][] = [
  ['', 'May', ' we remind you the van needs a parking permit.'], ['', 'Will', ' do, thanks!'], ['The ', 'bill', ' goes to the estate.'], ['Please ', 'mark', ' the boxes FRAGILE.'],
  ['A white ', 'rose', ' on each table'], ['There is a ten-minute ', 'grace', ' period.'], ['', 'Hope', ' that helps.'], ['Forecast for the day is ', 'sunny', '.'],
  ['It was a ', 'gift', ' from her late husband.'], ['A bench in loving ', 'memory', ' of Nan.'], ['Van leaves at ', 'dawn', '.'], ['Our ', 'summer', ' rates apply.'],
  ['Could you ', 'chase', ' the supplier?'], ['Not a ', 'penny', ' more than quoted.'], ['The ', 'precious', ' china goes in crate one.'],
]
export const LOCALES: Locale[] = [
  en('my', ['malay', 'malay', 'chinesemy', 'tamilmy'], ['MY'], (r) => `RM${th(money(r, 80, 9000), ',')}.${pad(r.int(0, 99))}`),
  en('tt', ['ttindian', 'ttafrican'], ['TT'], (r) => `TT$${th(money(r, 100, 20000), ',')}.00`),
  en('ug', ['uganda'], ['UG'], (r) => r.pick([`UGX ${th(money(r, 20, 900) * 1000, ',')}`, `USh ${th(money(r, 20, 900) * 1000, ',')}`])),
  en('zm', ['zambia'], ['ZM'], (r) => `K${th(money(r, 100, 30000), ',')}.${pad(r.int(0, 99))}`),
  en('wales', ['welsh'], ['GB'], (r) => `£${th(money(r, 40, 4000), ',')}.${pad(r.int(0, 99))}`),
  en('nl', ['newfoundland'], ['CA'], (r) => `$${th(money(r, 40, 4000), ',')}.${pad(r.int(0, 99))} CAD`),
  en('south', ['ussouth'], ['US'], (r) => `$${th(money(r, 40, 6000), ',')}.${pad(r.int(0, 99))}`, true),
  en('midwest', ['usmidwest'], ['US'], (r) => `$${th(money(r, 40, 6000), ',')}.${pad(r.int(0, 99))}`, true),
]
const dotDate = (r: Rng, y: number, m: number, d: number) => r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.${y}`, `${y}-${pad(m)}-${pad(d)}`])
const slashDate = (r: Rng, y: number, m: number, d: number) => r.pick([`${pad(d)}/${pad(m)}/${y}`, `${pad(d)}-${pad(m)}-${y}`])
const eur = (r: Rng) => r.pick([`${th(money(r, 30, 5000), '.')},${pad(r.int(0, 99))} €`, `€ ${th(money(r, 30, 5000), '.')},${pad(r.int(0, 99))}`, `${money(r, 30, 900)},00 €`])
const other = (lang: string, region: string, origins: string[], phones: string[], ph: string[], date: Locale['date'], amount: Locale['amount'], words: [string, string, string][], cyr = false): Locale =>
  ({ lang, region, origins, phones, europe: !['ar', 'co'].includes(region), ph: book(ph), date, amount, words, cyr })
LOCALES.push(
  other('da', 'da', ['da'], ['DK'], ['Hej', 'Tak', 'ring venligst på', 'eller', 'nyt nummer', 'gammelt nummer', 'Navn', 'Telefon', 'E-mail', 'Noter', 'bookingnr.', 'tilbud', 'kasse', 'depotrum', 'adgangskode', 'flyttebil', 'bord', 'gæster', 'bryllupsplanlægger', 'leverandør', 'lejeaftale', 'støvlestørrelse', 'skilængde', 'liftkort', 'plejeplan', 'besøg nr.', 'nøgleboks-kode', 'datter', 'far', 'hjemmehjælper', 'børn', 'kunde', 'flytter den', 'I alt', 'betalt med kort', 'bankkonto', 'kan træffes på', 'ringede tilbage', 'Dato', 'medarbejder'],
    dotDate, (r) => `${th(money(r, 200, 40000), '.')},${pad(r.int(0, 99))} kr.`, [['En ', 'lærke', ' sang i haven, da vi bar kasserne ud.'], ['Vi håber på ', 'sol', ' på flyttedagen.']]),
  other('no', 'no', ['no'], ['NO'], ['Hei', 'Takk', 'ring meg på', 'eller', 'nytt nummer', 'gammelt nummer', 'Navn', 'Telefon', 'E-post', 'Notater', 'bookingnr.', 'tilbud', 'kasse', 'lagerbod', 'adgangskode', 'flyttebil', 'bord', 'gjester', 'bryllupsplanlegger', 'leverandør', 'leieavtale', 'skostørrelse', 'skilengde', 'heiskort', 'pleieplan', 'besøk nr.', 'nøkkelboks-kode', 'datter', 'far', 'hjemmehjelper', 'barn', 'kunde', 'flytter', 'Totalt', 'betalt med kort', 'bankkonto', 'kan nås på', 'ringte tilbake', 'Dato', 'saksbehandler'],
    dotDate, (r) => `kr ${th(money(r, 200, 40000), ' ')},-`, [['Det er mitt ', 'liv', ' i de kassene!'], ['Meldt ', 'sol', ' i Hemsedal hele uka.']]),
  other('is', 'is', ['is'], ['IS'], ['Halló', 'Takk', 'hringdu í mig í', 'eða', 'nýtt númer', 'gamla númerið', 'Nafn', 'Sími', 'Netfang', 'Athugasemdir', 'bókunarnr.', 'tilboð', 'kassi', 'geymsla', 'aðgangskóði', 'sendibíll', 'borð', 'gestir', 'brúðkaupsskipuleggjandi', 'birgir', 'leigusamningur', 'skóstærð', 'skíðalengd', 'lyftukort', 'umönnunaráætlun', 'heimsókn nr.', 'lyklabox-kóði', 'dóttir', 'faðir', 'umönnunaraðili', 'börn', 'viðskiptavinur', 'flytur', 'Samtals', 'greitt með korti', 'bankareikningur', 'næst í', 'hringdi til baka', 'Dagsetning', 'starfsmaður'],
    dotDate, (r) => `${th(money(r, 2000, 900000), '.')} kr.`, [['Það er ', 'sól', ' í Bláfjöllum í dag.'], ['Við plöntuðum ', 'björk', ' við innganginn.']]),
  other('pt', 'pt', ['pt'], ['PT'], ['Olá', 'Obrigado', 'ligue-me para o', 'ou', 'número novo', 'número antigo', 'Nome', 'Telefone', 'Email', 'Notas', 'ref.ª da reserva', 'orçamento', 'caixa', 'box de armazenamento', 'código de acesso', 'carrinha', 'mesa', 'convidados', 'wedding planner', 'fornecedor', 'contrato de aluguer', 'tamanho da bota', 'comprimento do esqui', 'passe', 'plano de cuidados', 'visita n.º', 'código do cofre de chaves', 'filha', 'pai', 'cuidadora', 'filhos', 'cliente', 'muda-se a', 'Total', 'pago com cartão', 'conta bancária', 'contactável pelo', 'ligou de volta', 'Data', 'operador'],
    slashDate, eur, [['A sala é azul ', 'celeste', '.'], ['Foi uma ', 'vitória', ' conseguir a carrinha.'], ['O café é de ', 'graça', ' para os convidados.']]),
  other('es', 'ar', ['esar'], ['AR'], ['Hola', 'Gracias', 'llamame al', 'o', 'número nuevo', 'número viejo', 'Nombre', 'Teléfono', 'Mail', 'Notas', 'n.º de reserva', 'presupuesto', 'caja', 'baulera', 'código de acceso', 'camioneta', 'mesa', 'invitados', 'organizadora', 'proveedor', 'contrato de alquiler', 'talle de bota', 'largo de esquí', 'pase', 'plan de cuidado', 'visita n.º', 'código de la caja de llaves', 'hija', 'papá', 'cuidadora', 'chicos', 'cliente', 'se muda el', 'Total', 'pagado con tarjeta', 'cuenta', 'se lo ubica al', 'devolvió la llamada', 'Fecha', 'operador'],
    slashDate, (r) => `$ ${th(money(r, 5000, 900000), '.')},00`, [['Que descanse en ', 'paz', '.'], ['Me da ', 'soledad', ' la casa vacía.']]),
  other('es', 'co', ['esco'], ['CO'], ['Buenas', 'Muchas gracias', 'me puede marcar al', 'o', 'número nuevo', 'número anterior', 'Nombre', 'Celular', 'Correo', 'Observaciones', 'n.º de reserva', 'cotización', 'caja', 'bodega', 'código de acceso', 'camión', 'mesa', 'invitados', 'wedding planner', 'proveedor', 'contrato de alquiler', 'talla de bota', 'largo del esquí', 'pase', 'plan de cuidado', 'visita n.º', 'clave del cajetín de llaves', 'hija', 'papá', 'cuidadora', 'niños', 'cliente', 'se trastea el', 'Total', 'pagado con tarjeta', 'cuenta', 'se le encuentra al', 'devolvió la llamada', 'Fecha', 'asesor'],
    slashDate, (r) => `COP ${th(money(r, 50, 9000) * 1000, '.')}`, [['Que haya ', 'paz', ' con el proveedor.'], ['La ', 'soledad', ' de la finca es linda.']]),
  other('ca', 'ca', ['ca'], ['ES'], ['Hola', 'Gràcies', 'truqueu-me al', 'o', 'número nou', 'número antic', 'Nom', 'Telèfon', 'Correu', 'Notes', 'ref. de reserva', 'pressupost', 'caixa', 'traster', "codi d'accés", 'furgoneta', 'taula', 'convidats', 'organitzadora', 'proveïdor', 'contracte de lloguer', 'talla de bota', "llargada d'esquí", 'forfet', 'pla de cura', 'visita núm.', 'codi de la caixa de claus', 'filla', 'pare', 'cuidadora', 'fills', 'client', 'es trasllada el', 'Total', 'pagat amb targeta', 'compte bancari', 'localitzable al', 'ha tornat la trucada', 'Data', 'agent'],
    slashDate, eur, [['Hem podat el ', 'roser', ' del pati.'], ['El ', 'roser', ' vell es queda al jardí.']]),
  other('cs', 'cs', ['cs'], ['CZ'], ['Dobrý den', 'Děkuji', 'zavolejte mi na', 'nebo', 'nové číslo', 'staré číslo', 'Jméno', 'Telefon', 'E-mail', 'Poznámky', 'č. rezervace', 'nabídka', 'bedna', 'skladová buňka', 'přístupový kód', 'dodávka', 'stůl', 'hosté', 'svatební koordinátorka', 'dodavatel', 'nájemní smlouva', 'velikost boty', 'délka lyží', 'skipas', 'plán péče', 'návštěva č.', 'kód schránky na klíče', 'dcera', 'otec', 'pečovatelka', 'děti', 'zákazník', 'stěhuje se', 'Celkem', 'placeno kartou', 'účet', 'k zastižení na', 'zavolal zpět', 'Datum', 'operátor'],
    (r, y, m, d) => r.pick([`${d}. ${m}. ${y}`, `${pad(d)}.${pad(m)}.${y}`]), (r) => `${th(money(r, 300, 90000), ' ')} Kč`, [['Je tu ', 'naděje', ', že se to vejde.'], ['Poslední ', 'naděje', ' je dodávka v sobotu.']]),
  other('sk', 'sk', ['sk'], ['SK'], ['Dobrý deň', 'Ďakujem', 'zavolajte mi na', 'alebo', 'nové číslo', 'staré číslo', 'Meno', 'Telefón', 'E-mail', 'Poznámky', 'č. rezervácie', 'ponuka', 'debna', 'skladová bunka', 'prístupový kód', 'dodávka', 'stôl', 'hostia', 'svadobná koordinátorka', 'dodávateľ', 'nájomná zmluva', 'veľkosť topánky', 'dĺžka lyží', 'skipas', 'plán starostlivosti', 'návšteva č.', 'kód schránky na kľúče', 'dcéra', 'otec', 'opatrovateľka', 'deti', 'zákazník', 'sťahuje sa', 'Spolu', 'zaplatené kartou', 'účet', 'zastihnuteľný na', 'zavolal späť', 'Dátum', 'operátor'],
    (r, y, m, d) => r.pick([`${d}. ${m}. ${y}`, `${pad(d)}.${pad(m)}.${y}`]), eur, [['Stratil som ', 'vieru', ''], ['Moja ', 'viera', ' v dopravcov je malá.']]),
  other('hu', 'hu', ['hu'], ['HU'], ['Jó napot', 'Köszönöm', 'hívjon a', 'vagy', 'új szám', 'régi szám', 'Név', 'Telefon', 'E-mail', 'Megjegyzés', 'foglalási szám', 'árajánlat', 'láda', 'raktárhelyiség', 'belépőkód', 'furgon', 'asztal', 'vendégek', 'esküvőszervező', 'beszállító', 'bérleti szerződés', 'cipőméret', 'léchossz', 'síbérlet', 'gondozási terv', 'látogatás sz.', 'kulcsszéf kód', 'lánya', 'apja', 'gondozó', 'gyerekek', 'ügyfél', 'költözik', 'Összesen', 'kártyával fizetve', 'bankszámla', 'elérhető a', 'visszahívta', 'Dátum', 'ügyintéző'],
    (r, y, m, d) => r.pick([`${y}. ${pad(m)}. ${pad(d)}.`, `${y}.${pad(m)}.${pad(d)}.`]), (r) => `${th(money(r, 5, 900) * 1000, ' ')} Ft`, [['Egy szál ', 'virág', ' minden asztalra.'], ['A ', 'virág', ' a bejáratnál marad.']]),
  other('hr', 'hr', ['hr'], ['HR'], ['Pozdrav', 'Hvala', 'nazovite me na', 'ili', 'novi broj', 'stari broj', 'Ime', 'Telefon', 'E-mail', 'Napomene', 'br. rezervacije', 'ponuda', 'kutija', 'skladišni prostor', 'pristupni kod', 'kombi', 'stol', 'gosti', 'organizatorica vjenčanja', 'dobavljač', 'ugovor o najmu', 'veličina cipele', 'duljina skija', 'ski-pass', 'plan skrbi', 'posjet br.', 'kod sefa za ključeve', 'kći', 'otac', 'njegovateljica', 'djeca', 'klijent', 'seli se', 'Ukupno', 'plaćeno karticom', 'račun', 'dostupan na', 'uzvratio poziv', 'Datum', 'agent'],
    (r, y, m, d) => r.pick([`${d}. ${m}. ${y}.`, `${pad(d)}.${pad(m)}.${y}.`]), eur, [['', 'Zora', ' je, a kombija nema.'], ['Krećemo u ', 'zoru', '.'], ['', 'Nada', ' umire posljednja.'], ['Nema ', 'nade', ' za subotu.']]),
  other('sr', 'src', ['src'], ['RS'], ['Здраво', 'Хвала', 'позовите ме на', 'или', 'нови број', 'стари број', 'Име', 'Телефон', 'Имејл', 'Напомене', 'бр. резервације', 'понуда', 'кутија', 'магацински простор', 'приступни код', 'комби', 'сто', 'гости', 'организаторка венчања', 'добављач', 'уговор о закупу', 'величина ципеле', 'дужина скија', 'ски-пас', 'план неге', 'посета бр.', 'код касете за кључеве', 'ћерка', 'отац', 'неговатељица', 'деца', 'клијент', 'сели се', 'Укупно', 'плаћено картицом', 'рачун', 'доступан на', 'узвратио позив', 'Датум', 'агент'],
    (r, y, m, d) => `${d}. ${m}. ${y}.`, (r) => `${th(money(r, 1000, 200000), '.')} дин.`, [['', 'Зора', ' је, а комбија нема.'], ['', 'Нада', ' умире последња.']], true),
  other('sr', 'srl', ['srl'], ['RS'], ['Zdravo', 'Hvala', 'pozovite me na', 'ili', 'novi broj', 'stari broj', 'Ime', 'Telefon', 'Imejl', 'Napomene', 'br. rezervacije', 'ponuda', 'kutija', 'magacinski prostor', 'pristupni kod', 'kombi', 'sto', 'gosti', 'organizatorka venčanja', 'dobavljač', 'ugovor o zakupu', 'veličina cipele', 'dužina skija', 'ski-pas', 'plan nege', 'poseta br.', 'kod kasete za ključeve', 'ćerka', 'otac', 'negovateljica', 'deca', 'klijent', 'seli se', 'Ukupno', 'plaćeno karticom', 'račun', 'dostupan na', 'uzvratio poziv', 'Datum', 'agent'],
    (r, y, m, d) => `${d}. ${m}. ${y}.`, (r) => `${th(money(r, 1000, 200000), '.')} din.`, [['', 'Zora', ' je, a kombija nema.'], ['', 'Nada', ' umire poslednja.']]),
  other('mt', 'mt', ['mt'], ['MT'], ['Bonġu', 'Grazzi', 'ċempilli fuq', 'jew', 'numru ġdid', 'numru l-antik', 'Isem', 'Telefon', 'Email', 'Noti', 'referenza tal-booking', 'kwotazzjoni', 'kaxxa', 'kamra tal-ħażna', 'kodiċi tad-dħul', 'vann', 'mejda', 'mistednin', 'wedding planner', 'fornitur', 'ftehim tal-kiri', 'qies taż-żarbun', 'tul tal-iski', 'lift pass', 'pjan tal-kura', 'żjara nru', 'kodiċi tal-key safe', 'bint', 'missier', 'carer', 'tfal', 'klijent', 'jiċċaqlaq fit-', 'Total', 'imħallas bil-card', 'kont tal-bank', 'jista jintlaħaq fuq', 'ċempel lura', 'Data', 'aġent'],
    slashDate, eur, [['Bil-', 'grazzja', " t'Alla kollox mar tajjeb."], ['Il-', 'grazzja', ' tal-mistiedna kienet sabiħa.']]),
  other('lb', 'lb', ['lb'], ['LU'], ['Moien', 'Merci', 'rufft mech un op', 'oder', 'nei Nummer', 'al Nummer', 'Numm', 'Telefon', 'E-Mail', 'Notizen', 'Buchungsnummer', 'Devis', 'Këscht', 'Lagerraum', 'Zougangscode', 'Camionnette', 'Dësch', 'Gäscht', 'Hochzäitsplanerin', 'Fournisseur', 'Lounkontrakt', 'Schongréisst', 'Schilängt', 'Liftkaart', 'Fleegeplang', 'Visite Nr.', 'Schlësselkëscht-Code', 'Duechter', 'Papp', 'Fleegerin', 'Kanner', 'Client', 'plënnert den', 'Total', 'mat Kaart bezuelt', 'Bankkont', 'ze erreechen op', 'huet zréckgeruff', 'Datum', 'Agent'],
    dotDate, eur, [['Eng rout ', 'Rous', ' op all Dësch.'], ['Mir hunn d\'', 'Rous', ' am Gaart gelooss.']]),
  other('gsw', 'gsw', ['gsw'], ['CH'], ['Grüezi', 'Merci vilmal', 'lüütet Si mir uf', 'oder', 'neui Nummere', 'alti Nummere', 'Name', 'Telefon', 'E-Mail', 'Notize', 'Buechigsnummere', 'Offerte', 'Kischte', 'Lagerabteil', 'Zuegangscode', 'Lieferwage', 'Tisch', 'Gäscht', 'Hochziitsplanerin', 'Liferant', 'Mietvertrag', 'Schuehgrössi', 'Skilängi', 'Skipass', 'Pflegeplan', 'Bsuech Nr.', 'Schlüsselbox-Code', 'Tochter', 'Vater', 'Pflegerin', 'Chind', 'Kund', 'zügled am', 'Total', 'mit Charte zahlt', 'Bankkonto', 'erreichbar uf', 'hät zrugglüütet', 'Datum', 'Mitarbeiter'],
    dotDate, (r) => r.pick([`CHF ${th(money(r, 40, 9000), "'")}.${r.pick(['00', '50', '–'])}`, `Fr. ${money(r, 40, 900)}.${r.pick(['00', '50'])}`]), [['Es isch mer ', 'ernst', ' mit em Termin.'], ['Das isch ', 'ernst', ' gmeint.']]),
)
for (const l of LOCALES) if (l.lang === 'en') l.words = EN_WORDS
/** words a locale may show as ordinary words (lower-cased) */
export const NAME_WORDS = [...new Set(LOCALES.flatMap((l) => l.words.map((w) => w[1].toLowerCase())))]
/** regional colour for the English texts */
export const EN_COLOUR: Record<string, string[]> = {
  my: ['Can lah.', 'Boss, ok or not?', 'Thanks ya.', 'Later I whatsapp you.'], tt: ['Morning morning!', 'No worries, all good.', 'Thanks eh.', 'Is cool.'],
  ug: ['Well received, thank you.', 'Kindly confirm.', 'Thank you so much.', 'I am coming.'], zm: ['Kindly assist.', 'Thanks a lot.', 'Noted with thanks.', 'Ok bwana.'],
  wales: ['Diolch!', 'Bore da.', 'Cheers now.', 'Lush, ta.'], nl: ["How's she goin'?", 'Thanks me son.', "Yes b'y.", 'Right on, thanks.'],
  south: ["Y'all are the best.", 'Thank y\'all kindly.', 'Bless your heart.', 'Fixin to head out.'], midwest: ['Ope, thanks!', "You betcha.", 'Oh for sure.', "Sounds good, don'tcha know."],
}
