// Regions and languages: phone country, name origins, flag, phrase book, dates, amounts, name-word sentences.
import type { CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

export type Biz = 'let' | 'pest' | 'spa' | 'office'
export interface Phrases {
  hi: string; thanks: string; bye: string; callback: string; reach: string; or: string; newNo: string; oldNo: string
  phone: string; mobile: string; email: string; name: string; first: string; last: string; message: string; summary: string
  caller: string; action: string; ref: string; regards: string; subject: string; wrote: string; date: string; also: string
  biz: Record<Biz, string>; roles: Record<Biz, string[]>; keys: { first: string; last: string }
  /** sentences where a given-name word is an ordinary word: [before, word, after] */
  words: [string, string, string][]
  months: string[]
}

const EN_WORDS: [string, string, string][] = [
  ['', 'May', ' we remind you the keys go back by Friday?'], ['', 'Will', ' do, thanks.'], ['The ', 'bill', ' goes to the managing agent.'],
  ['Please ', 'mark', ' the invoice as paid.'], ['A single ', 'rose', ' on each table, as requested.'], ['There is a ten-minute ', 'grace', ' period on arrivals.'],
  ['', 'Hope', ' that helps.'], ['Forecast says ', 'sunny', ' all weekend.'], ['No ', 'joy', ' with the lockbox so far.'], ['Crew starts at ', 'dawn', '.'],
  ['Our ', 'summer', ' menu starts next week.'], ['The sauce was a bit ', 'rich', ' for her.'], ['The delivery ', 'guy', ' left it at reception.'], ['The ', 'art', ' in the hallway stays with the flat.'],
  ['Staff ', 'will', ' meet you at the gate.'], ['You ', 'may', ' park in bay four.'],
]
const EN: Phrases = {
  hi: 'Hi', thanks: 'Thanks', bye: 'Cheers', callback: 'please call me back on', reach: 'best number is', or: 'or', newNo: 'new number', oldNo: 'old number',
  phone: 'Phone', mobile: 'Mobile', email: 'Email', name: 'Name', first: 'First name', last: 'Last name', message: 'Message', summary: 'Call summary',
  caller: 'Caller', action: 'Next step', ref: 'ref', regards: 'Kind regards', subject: 'Subject', wrote: 'wrote', date: 'on', also: 'also',
  biz: { let: 'about a viewing and an offer on the flat', pest: 'about the site visit for the rodent job and the night clean', spa: 'about a table for four and two massages for her friends', office: 'about the purchase order and a missing delivery' },
  roles: { let: ['landlord', 'tenant', "vendor's solicitor"], pest: ['facilities manager', 'night porter', 'site supervisor'], spa: ['guest', 'friend', 'spa therapist'], office: ['buyer', 'accounts clerk', 'office manager'] },
  keys: { first: 'first_name', last: 'last_name' }, words: EN_WORDS,
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}
export const PHRASES: Record<string, Phrases> = {
  en: EN,
  de: {
    hi: 'Hallo', thanks: 'Danke', bye: 'Viele Grüße', callback: 'bitte rufen Sie mich zurück unter', reach: 'erreichbar unter', or: 'oder', newNo: 'neue Nummer', oldNo: 'alte Nummer',
    phone: 'Telefon', mobile: 'Handy', email: 'E-Mail', name: 'Name', first: 'Vorname', last: 'Nachname', message: 'Nachricht', summary: 'Gesprächszusammenfassung',
    caller: 'Anrufer', action: 'Nächster Schritt', ref: 'Az.', regards: 'Mit freundlichen Grüßen', subject: 'Betreff', wrote: 'schrieb', date: 'am', also: 'auch',
    biz: { let: 'wegen einer Besichtigung und eines Angebots für die Wohnung', pest: 'wegen des Termins für die Schädlingsbekämpfung und der Unterhaltsreinigung', spa: 'wegen eines Tisches für vier und zwei Massagen für ihre Freundinnen', office: 'wegen der Bestellung und einer fehlenden Lieferung' },
    roles: { let: ['Vermieterin', 'Mieter'], pest: ['Facility Manager', 'Nachtportier'], spa: ['Gast', 'Freundin'], office: ['Einkauf', 'Buchhaltung'] },
    keys: { first: 'vorname', last: 'nachname' },
    words: [['Das sehe ich ganz ', 'ernst', '.'], ['Die ', 'Heide', ' hinter dem Haus blüht schon.'], ['Lieferung ', 'frank', ' und frei bis zur Tür.']],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  },
  fr: {
    hi: 'Bonjour', thanks: 'Merci', bye: 'Bonne journée', callback: 'merci de me rappeler au', reach: 'joignable au', or: 'ou', newNo: 'nouveau numéro', oldNo: 'ancien numéro',
    phone: 'Téléphone', mobile: 'Portable', email: 'E-mail', name: 'Nom', first: 'Prénom', last: 'Nom', message: 'Message', summary: "Résumé de l'appel",
    caller: 'Appelant', action: 'À faire', ref: 'réf.', regards: 'Cordialement', subject: 'Objet', wrote: 'a écrit', date: 'le', also: 'aussi',
    biz: { let: "pour une visite et une offre sur l'appartement", pest: "pour l'intervention de dératisation et le nettoyage de nuit", spa: 'pour une table de quatre et deux massages pour ses amies', office: 'pour le bon de commande et une livraison manquante' },
    roles: { let: ['propriétaire', 'locataire'], pest: ['responsable des services généraux', 'veilleur de nuit'], spa: ['cliente', 'amie'], office: ['acheteuse', 'comptabilité'] },
    keys: { first: 'prenom', last: 'nom' },
    words: [['Une ', 'rose', ' sur chaque table, comme demandé.'], ['Le client le plus ', 'aimé', ' du quartier, paraît-il.']],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  },
  it: {
    hi: 'Buongiorno', thanks: 'Grazie', bye: 'Saluti', callback: 'mi richiami al', reach: 'reperibile al', or: 'o', newNo: 'nuovo numero', oldNo: 'vecchio numero',
    phone: 'Telefono', mobile: 'Cellulare', email: 'Email', name: 'Nome', first: 'Nome', last: 'Cognome', message: 'Messaggio', summary: 'Riepilogo chiamata',
    caller: 'Chiamante', action: 'Da fare', ref: 'rif.', regards: 'Cordiali saluti', subject: 'Oggetto', wrote: 'ha scritto', date: 'il', also: 'anche',
    biz: { let: "per una visita e un'offerta sull'appartamento", pest: 'per il sopralluogo di disinfestazione e le pulizie notturne', spa: 'per un tavolo da quattro e due massaggi per le amiche', office: "per l'ordine d'acquisto e una consegna mancante" },
    roles: { let: ['proprietaria', 'inquilino'], pest: ['facility manager', 'portiere di notte'], spa: ['ospite', 'amica'], office: ['ufficio acquisti', 'contabilità'] },
    keys: { first: 'nome', last: 'cognome' },
    words: [['Una ', 'stella', ' sulla porta indica la camera.'], ['Serata ', 'serena', ', tavolo in terrazza.']],
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
  es: {
    hi: 'Hola', thanks: 'Gracias', bye: 'Un saludo', callback: 'por favor llámeme al', reach: 'localizable en el', or: 'o', newNo: 'número nuevo', oldNo: 'número antiguo',
    phone: 'Teléfono', mobile: 'Móvil', email: 'Correo', name: 'Nombre', first: 'Nombre', last: 'Apellidos', message: 'Mensaje', summary: 'Resumen de la llamada',
    caller: 'Llamante', action: 'Pendiente', ref: 'ref.', regards: 'Atentamente', subject: 'Asunto', wrote: 'escribió', date: 'el', also: 'también',
    biz: { let: 'por una visita y una oferta sobre el piso', pest: 'por la visita de control de plagas y la limpieza nocturna', spa: 'por una mesa para cuatro y dos masajes para sus amigas', office: 'por el pedido de compra y una entrega que falta' },
    roles: { let: ['propietaria', 'inquilino'], pest: ['responsable de mantenimiento', 'conserje de noche'], spa: ['huésped', 'amiga'], office: ['compras', 'contabilidad'] },
    keys: { first: 'nombre', last: 'apellidos' },
    words: [['No hay ', 'luz', ' en el portal.'], ['El ', 'pilar', ' del patio está agrietado.'], ['Pide ', 'amparo', ' al seguro, dice.']],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  },
  nl: {
    hi: 'Hoi', thanks: 'Bedankt', bye: 'Groetjes', callback: 'graag terugbellen op', reach: 'bereikbaar op', or: 'of', newNo: 'nieuw nummer', oldNo: 'oud nummer',
    phone: 'Telefoon', mobile: 'Mobiel', email: 'E-mail', name: 'Naam', first: 'Voornaam', last: 'Achternaam', message: 'Bericht', summary: 'Samenvatting gesprek',
    caller: 'Beller', action: 'Actie', ref: 'ref.', regards: 'Met vriendelijke groet', subject: 'Onderwerp', wrote: 'schreef', date: 'op', also: 'ook',
    biz: { let: 'over een bezichtiging en een bod op het appartement', pest: 'over het bezoek voor ongediertebestrijding en de nachtschoonmaak', spa: 'over een tafel voor vier en twee massages voor haar vriendinnen', office: 'over de inkooporder en een ontbrekende levering' },
    roles: { let: ['verhuurder', 'huurder'], pest: ['facilitair manager', 'nachtportier'], spa: ['gast', 'vriendin'], office: ['inkoper', 'boekhouding'] },
    keys: { first: 'voornaam', last: 'achternaam' },
    words: [['Een ', 'roos', ' op elke tafel, zoals gevraagd.']],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  },
  pl: {
    hi: 'Dzień dobry', thanks: 'Dziękuję', bye: 'Pozdrawiam', callback: 'proszę oddzwonić na', reach: 'kontakt pod numerem', or: 'lub', newNo: 'nowy numer', oldNo: 'stary numer',
    phone: 'Telefon', mobile: 'Komórka', email: 'E-mail', name: 'Imię i nazwisko', first: 'Imię', last: 'Nazwisko', message: 'Wiadomość', summary: 'Podsumowanie rozmowy',
    caller: 'Dzwoniący', action: 'Do zrobienia', ref: 'nr ref.', regards: 'Z poważaniem', subject: 'Temat', wrote: 'napisał(a)', date: 'dnia', also: 'też',
    biz: { let: 'w sprawie oglądania mieszkania i oferty', pest: 'w sprawie wizyty deratyzacyjnej i nocnego sprzątania', spa: 'w sprawie stolika dla czterech osób i dwóch masaży dla koleżanek', office: 'w sprawie zamówienia i brakującej dostawy' },
    roles: { let: ['wynajmujący', 'najemca'], pest: ['kierownik obiektu', 'portier nocny'], spa: ['gość', 'koleżanka'], office: ['zakupy', 'księgowość'] },
    keys: { first: 'imie', last: 'nazwisko' },
    words: [['Na stole stoi jedna ', 'róża', '.'], ['Na deser ', 'jagoda', ' z bitą śmietaną.']],
    months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  },
  pt: {
    hi: 'Olá', thanks: 'Obrigado', bye: 'Cumprimentos', callback: 'por favor ligue-me para o', reach: 'contactável pelo', or: 'ou', newNo: 'número novo', oldNo: 'número antigo',
    phone: 'Telefone', mobile: 'Telemóvel', email: 'Email', name: 'Nome', first: 'Nome', last: 'Apelido', message: 'Mensagem', summary: 'Resumo da chamada',
    caller: 'Cliente', action: 'Próximo passo', ref: 'ref.', regards: 'Com os melhores cumprimentos', subject: 'Assunto', wrote: 'escreveu', date: 'a', also: 'também',
    biz: { let: 'sobre uma visita e uma proposta para o apartamento', pest: 'sobre a visita de desinfestação e a limpeza noturna', spa: 'sobre uma mesa para quatro e duas massagens para as amigas', office: 'sobre a nota de encomenda e uma entrega em falta' },
    roles: { let: ['senhoria', 'inquilino'], pest: ['gestor de instalações', 'porteiro noturno'], spa: ['hóspede', 'amiga'], office: ['compras', 'contabilidade'] },
    keys: { first: 'nome', last: 'apelido' },
    words: [['Por ', 'graça', ' de Deus, chegou tudo.']],
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  },
  sv: {
    hi: 'Hej', thanks: 'Tack', bye: 'Hälsningar', callback: 'ring gärna tillbaka på', reach: 'nås på', or: 'eller', newNo: 'nytt nummer', oldNo: 'gammalt nummer',
    phone: 'Telefon', mobile: 'Mobil', email: 'E-post', name: 'Namn', first: 'Förnamn', last: 'Efternamn', message: 'Meddelande', summary: 'Samtalssammanfattning',
    caller: 'Uppringare', action: 'Åtgärd', ref: 'ref.', regards: 'Vänliga hälsningar', subject: 'Ämne', wrote: 'skrev', date: 'den', also: 'även',
    biz: { let: 'om en visning och ett bud på lägenheten', pest: 'om besöket för skadedjursbekämpning och nattstädningen', spa: 'om ett bord för fyra och två massager till väninnorna', office: 'om inköpsordern och en leverans som saknas' },
    roles: { let: ['hyresvärd', 'hyresgäst'], pest: ['fastighetschef', 'nattportier'], spa: ['gäst', 'väninna'], office: ['inköp', 'ekonomi'] },
    keys: { first: 'fornamn', last: 'efternamn' },
    words: [['Vi åt i ', 'sol', ' på terrassen.'], ['Det är ren ', 'vilja', ' som saknas.']],
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  },
  el: {
    hi: 'Καλημέρα', thanks: 'Ευχαριστώ', bye: 'Φιλικά', callback: 'παρακαλώ καλέστε με στο', reach: 'διαθέσιμος στο', or: 'ή', newNo: 'νέο νούμερο', oldNo: 'παλιό νούμερο',
    phone: 'Τηλέφωνο', mobile: 'Κινητό', email: 'Email', name: 'Όνομα', first: 'Όνομα', last: 'Επώνυμο', message: 'Μήνυμα', summary: 'Σύνοψη κλήσης',
    caller: 'Καλών', action: 'Ενέργεια', ref: 'αρ.', regards: 'Με εκτίμηση', subject: 'Θέμα', wrote: 'έγραψε', date: 'στις', also: 'επίσης',
    biz: { let: 'για επίσκεψη και προσφορά για το διαμέρισμα', pest: 'για την απεντόμωση και τον νυχτερινό καθαρισμό', spa: 'για τραπέζι για τέσσερις και δύο μασάζ για τις φίλες της', office: 'για την παραγγελία και μια παράδοση που λείπει' },
    roles: { let: ['ιδιοκτήτρια', 'ενοικιαστής'], pest: ['υπεύθυνος εγκαταστάσεων', 'νυχτερινός θυρωρός'], spa: ['πελάτισσα', 'φίλη'], office: ['αγορές', 'λογιστήριο'] },
    keys: { first: 'onoma', last: 'eponymo' },
    words: [],
    months: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
  },
  ro: {
    hi: 'Bună ziua', thanks: 'Mulțumesc', bye: 'Toate cele bune', callback: 'vă rog să mă sunați la', reach: 'disponibil la', or: 'sau', newNo: 'număr nou', oldNo: 'număr vechi',
    phone: 'Telefon', mobile: 'Mobil', email: 'E-mail', name: 'Nume', first: 'Prenume', last: 'Nume', message: 'Mesaj', summary: 'Rezumatul apelului',
    caller: 'Apelant', action: 'De făcut', ref: 'ref.', regards: 'Cu stimă', subject: 'Subiect', wrote: 'a scris', date: 'pe', also: 'și',
    biz: { let: 'pentru o vizionare și o ofertă la apartament', pest: 'pentru vizita de deratizare și curățenia de noapte', spa: 'pentru o masă de patru și două masaje pentru prietene', office: 'pentru comanda de achiziție și o livrare lipsă' },
    roles: { let: ['proprietara', 'chiriaș'], pest: ['administrator clădire', 'portar de noapte'], spa: ['oaspete', 'prietenă'], office: ['achiziții', 'contabilitate'] },
    keys: { first: 'prenume', last: 'nume' },
    words: [],
    months: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  },
  cs: {
    hi: 'Dobrý den', thanks: 'Děkuji', bye: 'S pozdravem', callback: 'prosím zavolejte mi na', reach: 'k zastižení na', or: 'nebo', newNo: 'nové číslo', oldNo: 'staré číslo',
    phone: 'Telefon', mobile: 'Mobil', email: 'E-mail', name: 'Jméno', first: 'Jméno', last: 'Příjmení', message: 'Zpráva', summary: 'Shrnutí hovoru',
    caller: 'Volající', action: 'Úkol', ref: 'č. j.', regards: 'S pozdravem', subject: 'Předmět', wrote: 'napsal(a)', date: 'dne', also: 'také',
    biz: { let: 'kvůli prohlídce a nabídce na byt', pest: 'kvůli deratizaci a nočnímu úklidu', spa: 'kvůli stolu pro čtyři a dvěma masážím pro kamarádky', office: 'kvůli objednávce a chybějící dodávce' },
    roles: { let: ['pronajímatelka', 'nájemník'], pest: ['správce budovy', 'noční vrátný'], spa: ['host', 'kamarádka'], office: ['nákup', 'účtárna'] },
    keys: { first: 'jmeno', last: 'prijmeni' },
    words: [],
    months: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  },
}

export interface Region {
  id: string; lang: string; cc: CountryCode; origins: string[]; flag: string; ibanCC: string; ids: string[]
  date: (r: Rng) => string; amount: (r: Rng) => string; ampm: boolean; domain: string
}
const p2 = (n: number) => String(n).padStart(2, '0')
const dmy = (sep: string) => (r: Rng) => `${p2(r.int(1, 28))}${sep}${p2(r.int(1, 12))}${sep}${r.int(2026, 2027)}`
const eur = (r: Rng) => `${r.int(12, 4800)},${p2(r.int(0, 99))} €`
const US_DATE = (r: Rng) => r.chance(0.5) ? `${EN.months[r.int(0, 11)]} ${r.int(1, 28)}, ${r.int(2026, 2027)}` : `${r.int(1, 12)}/${r.int(1, 28)}/${r.int(2026, 2027)}`
const UK_DATE = (r: Rng) => r.chance(0.5) ? `${r.int(1, 28)} ${EN.months[r.int(0, 11)]} ${r.int(2026, 2027)}` : dmy('/')(r)
export const REGIONS: Region[] = [
  { id: 'usne', lang: 'en', cc: 'US', origins: ['usne'], flag: '🇺🇸', ibanCC: 'GB', ids: ['us-ein'], date: US_DATE, amount: (r) => `$${r.int(20, 9000).toLocaleString('en-US')}.${p2(r.int(0, 99))}`, ampm: true, domain: 'example.com' },
  { id: 'uswest', lang: 'en', cc: 'US', origins: ['uswest'], flag: '🌉', ibanCC: 'GB', ids: ['us-ein'], date: US_DATE, amount: (r) => `$${r.int(20, 9000).toLocaleString('en-US')}.${p2(r.int(0, 99))}`, ampm: true, domain: 'example.net' },
  { id: 'london', lang: 'en', cc: 'GB', origins: ['london'], flag: '🇬🇧', ibanCC: 'GB', ids: ['gb-nhs'], date: UK_DATE, amount: (r) => `£${r.int(20, 9000).toLocaleString('en-GB')}.${p2(r.int(0, 99))}`, ampm: false, domain: 'example.co.uk' },
  { id: 'midlands', lang: 'en', cc: 'GB', origins: ['midlands'], flag: '🏴󠁧󠁢󠁥󠁮󠁧󠁿', ibanCC: 'GB', ids: ['gb-nhs'], date: UK_DATE, amount: (r) => `£${r.int(20, 9000).toLocaleString('en-GB')}.${p2(r.int(0, 99))}`, ampm: false, domain: 'example.co.uk' },
  { id: 'scotland', lang: 'en', cc: 'GB', origins: ['scotland'], flag: '🏴󠁧󠁢󠁳󠁣󠁴󠁿', ibanCC: 'GB', ids: ['gb-nhs'], date: UK_DATE, amount: (r) => `£${r.int(20, 9000).toLocaleString('en-GB')}.${p2(r.int(0, 99))}`, ampm: false, domain: 'example.scot' },
  { id: 'au', lang: 'en', cc: 'AU', origins: ['au'], flag: '🇦🇺', ibanCC: 'GB', ids: ['au-tfn'], date: UK_DATE, amount: (r) => `A$${r.int(20, 9000).toLocaleString('en-AU')}.${p2(r.int(0, 99))}`, ampm: true, domain: 'example.com.au' },
  { id: 'bc', lang: 'en', cc: 'CA', origins: ['bc'], flag: '🇨🇦', ibanCC: 'GB', ids: ['ca-sin'], date: US_DATE, amount: (r) => `$${r.int(20, 9000).toLocaleString('en-CA')}.${p2(r.int(0, 99))} CAD`, ampm: true, domain: 'example.ca' },
  { id: 'de', lang: 'de', cc: 'DE', origins: ['de', 'de', 'trde'], flag: '🇩🇪', ibanCC: 'DE', ids: ['de-steuerid'], date: dmy('.'), amount: eur, ampm: false, domain: 'example.de' },
  { id: 'at', lang: 'de', cc: 'AT', origins: ['at', 'at', 'trde'], flag: '🇦🇹', ibanCC: 'AT', ids: ['at-svnr'], date: dmy('.'), amount: eur, ampm: false, domain: 'example.at' },
  { id: 'fr', lang: 'fr', cc: 'FR', origins: ['fr'], flag: '🇫🇷', ibanCC: 'FR', ids: ['fr-nir'], date: dmy('/'), amount: eur, ampm: false, domain: 'example.fr' },
  { id: 'be', lang: 'fr', cc: 'BE', origins: ['be'], flag: '🇧🇪', ibanCC: 'BE', ids: ['be-nrn'], date: dmy('/'), amount: eur, ampm: false, domain: 'example.be' },
  { id: 'it', lang: 'it', cc: 'IT', origins: ['it'], flag: '🇮🇹', ibanCC: 'IT', ids: ['it-cf'], date: dmy('/'), amount: eur, ampm: false, domain: 'example.it' },
  { id: 'es', lang: 'es', cc: 'ES', origins: ['es'], flag: '🇪🇸', ibanCC: 'ES', ids: ['es-dni'], date: dmy('/'), amount: eur, ampm: false, domain: 'example.es' },
  { id: 'nl', lang: 'nl', cc: 'NL', origins: ['nl'], flag: '🇳🇱', ibanCC: 'NL', ids: ['nl-bsn'], date: dmy('-'), amount: (r) => `€ ${r.int(12, 4800)},${p2(r.int(0, 99))}`, ampm: false, domain: 'example.nl' },
  { id: 'pl', lang: 'pl', cc: 'PL', origins: ['pl'], flag: '🇵🇱', ibanCC: 'PL', ids: ['pl-pesel'], date: dmy('.'), amount: (r) => `${r.int(20, 9000)},${p2(r.int(0, 99))} zł`, ampm: false, domain: 'example.pl' },
  { id: 'pt', lang: 'pt', cc: 'PT', origins: ['pt'], flag: '🇵🇹', ibanCC: 'PT', ids: ['pt-nif'], date: dmy('/'), amount: eur, ampm: false, domain: 'example.pt' },
  { id: 'sv', lang: 'sv', cc: 'SE', origins: ['sv'], flag: '🇸🇪', ibanCC: 'SE', ids: ['se-pnr'], date: (r) => `${r.int(2026, 2027)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`, amount: (r) => `${r.int(100, 30000)} kr`, ampm: false, domain: 'example.se' },
  { id: 'el', lang: 'el', cc: 'GR', origins: ['el'], flag: '🇬🇷', ibanCC: 'GR', ids: ['gr-amka'], date: dmy('/'), amount: eur, ampm: false, domain: 'example.gr' },
  { id: 'ro', lang: 'ro', cc: 'RO', origins: ['ro'], flag: '🇷🇴', ibanCC: 'RO', ids: ['ro-cnp'], date: dmy('.'), amount: (r) => `${r.int(50, 20000)} lei`, ampm: false, domain: 'example.ro' },
  { id: 'cs', lang: 'cs', cc: 'CZ', origins: ['cs'], flag: '🇨🇿', ibanCC: 'CZ', ids: ['cz-rc'], date: (r) => `${r.int(1, 28)}. ${r.int(1, 12)}. ${r.int(2026, 2027)}`, amount: (r) => `${r.int(200, 90000)} Kč`, ampm: false, domain: 'example.cz' },
]
export const FOREIGN: CountryCode[] = ['IE', 'TR', 'MA', 'IN', 'VN', 'CN', 'CH', 'NZ', 'PL', 'DE', 'FR', 'US', 'GB', 'AU']
export const BUSINESS: Record<Biz, { name: string; mail: string; negs: string[] }> = {
  let: { name: 'Harbourline Lettings & Sales', mail: 'lettings@harbourline-homes.example', negs: ['property-ref', 'listing-ref', 'offer-ref', 'key-number', 'alarm-code'] },
  pest: { name: 'Brightwatch Pest & Clean', mail: 'jobs@brightwatch-services.example', negs: ['contract-number', 'job-number', 'gate-code', 'bait-station'] },
  spa: { name: 'The Linden Hotel Spa & Grill', mail: 'reservations@lindenhotel.example', negs: ['table-booking', 'treatment-booking', 'room-number', 'voucher-code', 'gift-card'] },
  office: { name: 'Kestrel Office Supply', mail: 'orders@kestrel-office.example', negs: ['po-number', 'sku', 'invoice-number', 'delivery-note', 'account-code'] },
}
