// Swedish, Danish, Norwegian and Finnish: names, formats and templates.
import { fmt, type Lang } from './lang'

const nordicTime = (r: Parameters<Lang['time']>[0]): string => r.pick([fmt.hm(r, '.'), `kl. ${fmt.hm(r, '.')}`, fmt.hm(r)])

export const sv: Lang = {
  code: 'sv', regions: ['SE'], ibans: ['SE'], domains: ['telia.com', 'bredband.net', 'gmail.com', 'hotmail.se'],
  names: { m: ['Björn', 'Anders', 'Linus', 'Örjan'], f: ['Åsa', 'Ingrid', 'Maja', 'Linnéa'], last: ['Lindqvist', 'Åkesson', 'Söderberg', 'Nyström', 'Ek'] },
  title: () => '', dear: () => 'Hej',
  date: (r) => r.pick([`${r.int(2025, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(10, 28))}`, `${r.int(1, 28)} ${r.pick(['januari', 'mars', 'maj', 'oktober'])}`]),
  time: nordicTime, amount: (r) => r.pick([`${r.int(100, 9999)} kr`, `${r.int(1, 9)} ${r.digits(3)},${r.digits(2)} SEK`]),
  postcode: (r) => `${r.int(100, 984)} ${r.digits(2)}`,
  street: (r) => `${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Sveavägen'])} ${r.int(1, 120)}${r.pick(['', ' B', ' lgh 1102'])}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Göteborg\n\nÄrende: klagomål på faktura {INVOICE}\n\nHej,\n\nDen {DATE} drogs {AMOUNT} från mitt konto utan att jag beställt något. Jag vill ha pengarna tillbaka till {IBAN}. Ni når mig på {PHONE} eller {EMAIL}.\n\nMed vänliga hälsningar\n{NAME}', 'Från: {NAME} <{EMAIL}>\nTill: {ROLEMAIL}\nÄmne: SV: ärende {CASE}\n\n{ADEAR} {AGENT}!\n\nTack för mejlet {DATE}. Beloppet {AMOUNT} är redan betalt med kort {CARD}.\n\nVänliga hälsningar\n{NAME}\n{STREET}, {ZIP} Uppsala\nMobil {PHONE}'],
    dm: ['@HelmarkHjalp hej 😤 paketet {TRACK} har stått still sedan {DATE}. Ring mig på {PHONE}', 'tjena, {FIRSTLC} ha\u0308r 😅 fo\u0308rla\u030at fo\u0308r strulet, kan du mejla kvittot till {EMAIL}?'],
    form: ['Kontaktformulär\nNamn: {NAME}\nE-post: {EMAIL}\nTelefon: {PHONE}\nOrdernummer: {ORDER}\nMeddelande: Hej! Artikel {SKU} kom trasig. Ring gärna efter {TIME}. Mvh {FIRST}'],
    note: ['ring tillbaka {NAME} på {PHONEN} imorgon {TIME}; kreditnota {AMOUNT} för {INVOICE}. Ärende {CASE}. /{AGENT}', 'Kund {NAME} uppgav kort {CARD}; tidigare kort {BADCARD} ogiltigt (kontrollsiffra). Inloggning från {IP4}.'],
    transcript: ['Handläggare {AGENT}: Helmark, du pratar med {AGENTFULL}.\nKund: Hej, det är {NAME}. Jag har fått en påminnelse på {AMOUNT}.\nHandläggare {AGENT}: Vilket kontonummer vill du ha återbetalningen till?\nKund: {IBAN}.\nHandläggare {AGENT}: Tack {FIRST}, ärendet {CASE} är skapat.', 'Kund: Hej, det är {NAME}, jag ringer för min mamma {NAME2}.\nHandläggare {AGENT}: Okej. Har du ett nummer vi kan nå henne på?\nKund: Ja, {PHONEI}, eller mitt eget, {PHONEF}.\nHandläggare {AGENT}: Noterat. Fakturan {INVOICE} på {AMOUNT} pausas till {DATE}.'],
    delivery: ['Leverans till {NAME}, {STREET}, {ZIP} Malmö, portkod 1942. Lämna hos {NAME2} om ingen svarar. Tel. {PHONEI}. Tid {TIME}–{TIME}. Kolli {TRACK}.', 'Kolli {TRACK}: leveransförsök {DATE} {TIME}, postnr {ZIP}, {STREET}. Efterkrav {AMOUNT}, artikel {SKU}.'],
    invoice: ['> Påminnelse faktura {INVOICE} ({DATE})\n> Att betala: {AMOUNT}\n> IBAN: {BADIBAN}\nKunden säger att IBAN ovan har fel kontrollsiffror, rätt är {IBAN}. Frågor: {ROLEMAIL}'],
  },
}

export const da: Lang = {
  code: 'da', regions: ['DK'], ibans: ['DK'], domains: ['mail.dk', 'jubii.dk', 'gmail.com', 'stofanet.dk'],
  names: { m: ['Søren', 'Mads', 'Rasmus', 'Jørgen'], f: ['Mette', 'Sørine', 'Camilla', 'Birthe'], last: ['Sørensen', 'Kjærgaard', 'Møller', 'Østergaard', 'Holm'] },
  title: () => '', dear: () => 'Kære',
  date: (r) => r.pick([fmt.dmy(r, '.'), `${r.int(1, 28)}. ${r.pick(['januar', 'marts', 'maj'])} ${r.int(2025, 2026)}`]),
  time: nordicTime, amount: (r) => r.pick([`${fmt.euro(r, '.', ' kr.')}`, `DKK ${r.int(100, 9999)}`]),
  postcode: (r) => `${r.int(1000, 9990)}`,
  street: (r) => `${r.pick(['Nørrebrogade', 'Vesterbrogade', 'Strandvejen', 'Søndergade'])} ${r.int(1, 200)}, ${r.int(1, 5)}. ${r.pick(['th.', 'tv.'])}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Aarhus C\n\nVedr.: klage over faktura {INVOICE}\n\nHej,\n\nDen {DATE} blev der trukket {AMOUNT} uden min accept. Beløbet bedes tilbageført til {IBAN}. Ring på {PHONE} eller skriv til {EMAIL}.\n\nVenlig hilsen\n{NAME}', 'Fra: {NAME} <{EMAIL}>\nTil: {ROLEMAIL}\nEmne: SV: sag {CASE}\n\n{ADEAR} {AGENT}\n\nTak for din mail af {DATE}. Beløbet på {AMOUNT} er allerede betalt med kort {CARD}.\n\nMed venlig hilsen\n{NAME}\n{STREET}, {ZIP} Odense\nMobil: {PHONE}'],
    dm: ['@KaskadeDK hej 😑 ingen forbindelse siden {DATE}, kundenr. {LONGREF}. Ring mig op på {PHONE}'],
    form: ['Kontaktformular\nNavn: {NAME}\nE-mail: {EMAIL}\nTelefon: {PHONE}\nOrdrenr.: {ORDER}\nBesked: Hej, vare {SKU} kom i stykker. Ring gerne efter {TIME}. Mvh {FIRST}'],
    note: ['ring tilbage til {NAME} på {PHONEN} {TIME}; kreditnota {AMOUNT} på {INVOICE}. Sag {CASE}. /{AGENT}', 'Kunde {NAME} opgav kort {CARD}; det gamle {BADCARD} fejler kontrolciffer. Login fra {IP4}, app {VER}. Ring tilbage {PHONEF}.'],
    transcript: ['Rådgiver {AGENT}: Kaskade, det er {AGENTFULL}.\nKunde: Hej, {NAME} her. Min router ({VER}) genstarter hele tiden.\nRådgiver {AGENT}: Jeg kan se den på {IP6}. Hvad er din e-mail?\nKunde: {EMAIL}.\nRådgiver {AGENT}: Tak {FIRST}. Sag {CASE}.', 'Kunde: Hej, det er {NAME}, jeg ringer på vegne af min mor, {NAME2}.\nRådgiver {AGENT}: Fint. Har du et nummer til hende?\nKunde: Ja, {PHONEI}.\nRådgiver {AGENT}: Noteret. Faktura {INVOICE} på {AMOUNT} sættes i bero til {DATE}.'],
    delivery: ['Levering til {NAME}, {STREET}, {ZIP} København. Stil pakken hos {NAME2}. Tlf. {PHONEI}. Tidsrum {TIME}-{TIME}. Pakke {TRACK}.', 'Pakke {TRACK}: leveringsforsøg {DATE} kl. {TIME}, postnr. {ZIP}, {STREET}. Efterkrav {AMOUNT}, vare {SKU}.'],
    invoice: ['> Rykker for faktura {INVOICE} af {DATE}\n> Beløb: {AMOUNT}\n> Konto: {BADIBAN}\nKunden oplyser at kontonummeret ovenfor har forkerte kontrolcifre; korrekt er {IBAN}. {ROLEMAIL}'],
  },
}

export const no: Lang = {
  code: 'no', regions: ['NO'], ibans: ['NO'], domains: ['online.no', 'gmail.com', 'hotmail.no'],
  names: { m: ['Håkon', 'Eirik', 'Sindre', 'Øyvind'], f: ['Solveig', 'Ingvild', 'Ragnhild', 'Åse'], last: ['Haugen', 'Bråthen', 'Løvås', 'Kristiansen', 'Ødegård'] },
  title: () => '', dear: () => 'Hei',
  date: (r) => r.pick([fmt.dmy(r, '.'), `${r.int(1, 28)}. ${r.pick(['januar', 'mars', 'mai'])}`]),
  time: nordicTime, amount: (r) => r.pick([`kr ${r.int(100, 9999)},-`, `${fmt.euro(r, ' ', ' NOK')}`]),
  postcode: (r) => `${String(r.int(1, 9990)).padStart(4, '0')}`,
  street: (r) => `${r.pick(['Karl Johans gate', 'Storgata', 'Bygdøy allé', 'Thorvald Meyers gate'])} ${r.int(1, 90)}${r.pick(['', 'B', ' H0203'])}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Bergen\n\nGjelder: klage på faktura {INVOICE}\n\nHei,\n\n{DATE} ble det trukket {AMOUNT} fra kontoen min. Jeg ber om tilbakebetaling til {IBAN}. Nå meg på {PHONE} eller {EMAIL}.\n\nMed vennlig hilsen\n{NAME}', 'Fra: {NAME} <{EMAIL}>\nTil: {ROLEMAIL}\nEmne: SV: sak {CASE}\n\n{ADEAR} {AGENT}!\n\nTakk for e-posten {DATE}. Beløpet {AMOUNT} er allerede betalt med kort {CARD}.\n\nMvh\n{NAME}\n{STREET}, {ZIP} Trondheim\nMobil {PHONE}'],
    dm: ['@FjordnettHjelp hei 😩 nettet har vært nede i {DUR}, kundenr {LONGREF}. Ring meg på {PHONE}', '{FIRSTLC} her 👋 send kvitteringa til {EMAIL} da'],
    form: ['Kontaktskjema\nNavn: {NAME}\nE-post: {EMAIL}\nTelefon: {PHONE}\nOrdrenummer: {ORDER}\nMelding: Hei, vare {SKU} kom ødelagt. Ring etter {TIME}. Hilsen {FIRST}'],
    note: ['ring tilbake {NAME} på {PHONEN} i morgen {TIME}; kreditnota {AMOUNT} til {INVOICE}. Sak {CASE}. /{AGENT}', 'Kunde {NAME} oppga kort {CARD}; gamle {BADCARD} er ugyldig. Innlogging fra {IP6}, app {VER}. {COMPANY} er underleverandør.'],
    transcript: ['Kundebehandler {AGENT}: Fjordnett, du snakker med {AGENTFULL}.\nKunde: Hei, dette er {NAME}. Jeg har fått to fakturaer.\nKundebehandler {AGENT}: Kan du lese opp kortnummeret du betalte med?\nKunde: {CARD}.\nKundebehandler {AGENT}: Takk, {FIRST}. Sak {CASE}.', 'Kunde: Hei, det er {NAME}, jeg ringer for moren min, {NAME2}.\nKundebehandler {AGENT}: Greit. Har du et nummer til henne?\nKunde: Ja, {PHONEI}.\nKundebehandler {AGENT}: Notert. Faktura {INVOICE} på {AMOUNT} stilles i bero til {DATE}.'],
    delivery: ['Levering til {NAME}, {STREET}, {ZIP} Oslo. Legg pakken hos {NAME2} i 2. etg. Tlf. {PHONEI}. Tid {TIME}–{TIME}. Sending {TRACK}.', 'Sending {TRACK}: leveringsforsøk {DATE} {TIME}, postnr. {ZIP}, {STREET}. Oppkrav {AMOUNT}, vare {SKU}.'],
    invoice: ['> Purring faktura {INVOICE} datert {DATE}\n> Å betale: {AMOUNT}\n> Kontonummer: {BADIBAN}\nKunden sier kontrollsifrene i IBAN over er feil; riktig er {IBAN}. {ROLEMAIL}'],
  },
}

export const fi: Lang = {
  code: 'fi', regions: ['FI'], ibans: ['FI'], domains: ['elisanet.fi', 'luukku.com', 'gmail.com', 'kolumbus.fi'],
  names: { m: ['Jukka', 'Mikko', 'Väinö', 'Antti'], f: ['Päivi', 'Aino', 'Riikka', 'Sanna'], last: ['Virtanen', 'Mäkinen', 'Heikkilä', 'Järvinen', 'Korhonen'] },
  title: () => '', dear: () => 'Hei',
  date: (r) => `${r.int(1, 28)}.${r.int(1, 12)}.${r.int(2025, 2026)}`, time: (r) => r.pick([fmt.hm(r, '.'), `klo ${fmt.hm(r, '.')}`]),
  amount: (r) => r.pick([fmt.euro(r, ' ', ' €'), `${r.int(5, 999)} euroa`]), postcode: (r) => fmt.zip(r, 5).replace(/^./, '0'),
  street: (r) => `${r.pick(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu'])} ${r.int(1, 90)} ${r.pick(['A 5', 'B 12', 'C'])}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Tampere\n\nAihe: reklamaatio, lasku {INVOICE}\n\nHyvä asiakaspalvelu,\n\n{DATE} tililtäni veloitettiin {AMOUNT} ilman perustetta. Pyydän palautusta tilille {IBAN}. Tavoitatte minut numerosta {PHONE} tai osoitteesta {EMAIL}.\n\nYstävällisin terveisin\n{NAME}', 'Lähettäjä: {NAME} <{EMAIL}>\nVastaanottaja: {ROLEMAIL}\nAihe: VS: tiketti {CASE}\n\n{ADEAR} {AGENT},\n\nkiitos viestistäsi {DATE}. Summa {AMOUNT} on jo maksettu kortilla {CARD}.\n\nTerveisin\n{NAME}\n{STREET}, {ZIP} Oulu\nP. {PHONE}'],
    dm: ['@KaskadeFI moi 😠 netti poikki {DATE} asti, asiakasnro {LONGREF}. Soittakaa {PHONE}', 'moi täällä {FIRSTLC} 😊 laita kuitti osoitteeseen {EMAIL}'],
    form: ['Yhteydenottolomake\nNimi: {NAME}\nSähköposti: {EMAIL}\nPuhelin: {PHONE}\nTilausnumero: {ORDER}\nViesti: Hei, tuote {SKU} tuli rikki. Soittakaa {TIME} jälkeen. T. {FIRST}'],
    note: ['soitto takaisin {NAME}, {PHONEN}, huomenna {TIME}; hyvitys {AMOUNT} laskulle {INVOICE}. Tiketti {CASE}. /{AGENT}', 'Asiakas {NAME} ilmoitti kortin {CARD}; aiempi {BADCARD} ei läpäise tarkistusta. Kirjautuminen osoitteesta {IP4}, sovellus {VER}.'],
    transcript: ['Asiakaspalvelija {AGENT}: Kaskade, {AGENTFULL}, hyvää päivää.\nAsiakas: Päivää, täällä {NAME}. Kortiltani veloitettiin kahdesti {AMOUNT}.\nAsiakaspalvelija {AGENT}: Mikä kortti oli kyseessä?\nAsiakas: {CARD}.\nAsiakaspalvelija {AGENT}: Kiitos {FIRST}, tiketti {CASE}.', 'Asiakas: Päivää, {NAME} täällä, soitan äitini {NAME2} puolesta.\nAsiakaspalvelija {AGENT}: Selvä. Onko hänelle numeroa?\nAsiakas: On, {PHONEI}.\nAsiakaspalvelija {AGENT}: Kirjattu. Lasku {INVOICE} ({AMOUNT}) on pidossa {DATE} asti.'],
    delivery: ['Toimitus: {NAME}, {STREET}, {ZIP} Helsinki. Jos ei kotona, jätä naapurille {NAME2}. Puh. {PHONEI}. Aika {TIME}–{TIME}. Lähetys {TRACK}.', 'Lähetys {TRACK}: jakeluyritys {DATE} {TIME}, postinumero {ZIP}, {STREET}. Jälkivaatimus {AMOUNT}, tuote {SKU}.'],
    invoice: ['> Maksumuistutus lasku {INVOICE} ({DATE})\n> Maksettava: {AMOUNT}\n> IBAN: {BADIBAN}\nAsiakkaan mukaan yllä olevan IBANin tarkisteet ovat väärin; oikea on {IBAN}. {ROLEMAIL}'],
  },
}
