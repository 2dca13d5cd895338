// Phrase books of the ten other languages: field labels, the four businesses' numbers, roles, stock sentences and
// name-word sentences (a given name of the language used as an ordinary word).
import type { Domain } from './ctx.ts'

export interface Phr {
  form: string; name: string; given: string; family: string; phone: string; alt: string; email: string; msg: string; sent: string
  roles: Record<Domain, [string, string]>; labels: Record<string, string[]>
  amount: string; date: string; card: string; declined: string; retry: string; id: string
  hi: string; callMe: string; oldNo: string; newNo: string; thanks: string; regards: string; wrote: string; subject: string
  summary: string; caller: string; reason: Record<Domain, string>; follow: string; confirm: string
  vm: string; here: string; before: string; or: string; calledFrom: string; check: string
  th: [string, string, string, string]; present: string; and: string; confirmQ: string; done: string; alsoAdd: string
  tr: { greet: string; me: string; num: string; it: string; other: string; my: string }
  nw: [string, string, string][]
}

const labels = (o: Record<string, string[]>) => o
export const PHR: Record<string, Phr> = {
  pl: {
    form: 'formularz kontaktowy', name: 'Imię i nazwisko', given: 'Imię', family: 'Nazwisko', phone: 'Telefon komórkowy', alt: 'Drugi numer', email: 'E-mail', msg: 'Wiadomość', sent: 'Wysłano',
    roles: { porting: ['abonent', 'użytkownik'], dental: ['rodzic', 'pacjent (dziecko)'], loan: ['kredytobiorca', 'poręczyciel'], toll: ['właściciel pojazdu', 'kierowca'] },
    labels: labels({ 'porting-code': ['kod autoryzacji', 'kod PAC'], iccid: ['numer karty SIM (ICCID)', 'ICCID'], imei: ['IMEI'], 'account-pin': ['PIN do konta'], 'porting-ref': ['nr zlecenia przeniesienia'], 'patient-number': ['nr pacjenta'], 'appointment-number': ['nr wizyty'], 'treatment-code': ['kod zabiegu'], 'loan-number': ['nr pożyczki'], 'borrower-ref': ['nr klienta'], 'payroll-number': ['nr kadrowy pracodawcy'], plate: ['nr rejestracyjny'], 'penalty-notice': ['nr wezwania do zapłaty'], transponder: ['nr urządzenia OBU'], 'toll-account': ['konto e-TOLL'] }),
    amount: 'Kwota', date: 'Termin', card: 'Karta', declined: 'Karta odrzucona', retry: 'ponownie z', id: 'PESEL',
    hi: 'Dzień dobry', callMe: 'proszę o kontakt pod numerem', oldNo: 'stary numer', newNo: 'nowy numer', thanks: 'Dziękuję', regards: 'Pozdrawiam', wrote: 'napisał(a)', subject: 'Temat',
    summary: 'Podsumowanie rozmowy (AI)', caller: 'Dzwoniący', reason: { porting: 'chce przenieść numer do nowej karty SIM', dental: 'umawia wizytę kontrolną dla dziecka', loan: 'prosi o zmianę terminu spłaty', toll: 'kwestionuje wezwanie do zapłaty' }, follow: 'Oddzwonić', confirm: 'potwierdzenie na',
    vm: 'Poczta głosowa', here: 'tu', before: 'przed', or: 'albo', calledFrom: 'dzwonił(a) z numeru', check: 'proszę sprawdzić',
    th: ['rola', 'imię i nazwisko', 'telefon', 'kiedy'], present: 'Obecni', and: 'i', confirmQ: 'Proszę podać numer', done: 'Gotowe', alsoAdd: 'proszę dodać',
    tr: { greet: 'dzień dobry w czym mogę pomóc', me: 'dzień dobry tu', num: 'pod jaki numer oddzwonić', it: 'to', other: 'a drugi numer', my: 'to numer' },
    nw: [['W recepcji stoi bukiet, jedna ', 'róża', ' już zwiędła.'], ['Na tablicy wisi ', 'róża', ' z papieru.']],
  },
  ro: {
    form: 'formular de contact', name: 'Nume complet', given: 'Prenume', family: 'Nume', phone: 'Telefon mobil', alt: 'Alt număr', email: 'E-mail', msg: 'Mesaj', sent: 'Trimis',
    roles: { porting: ['titular', 'utilizator'], dental: ['părinte', 'pacient (copil)'], loan: ['împrumutat', 'girant'], toll: ['proprietar', 'șofer'] },
    labels: labels({ 'porting-code': ['cod de portare'], iccid: ['ICCID', 'serie SIM'], imei: ['IMEI'], 'account-pin': ['PIN cont'], 'porting-ref': ['nr. cerere portare'], 'patient-number': ['nr. pacient'], 'appointment-number': ['nr. programare'], 'treatment-code': ['cod tratament'], 'loan-number': ['nr. împrumut'], 'borrower-ref': ['cod client'], 'payroll-number': ['marca angajatorului'], plate: ['nr. înmatriculare'], 'penalty-notice': ['proces-verbal nr.'], transponder: ['nr. transponder'], 'toll-account': ['cont rovinietă'] }),
    amount: 'Suma', date: 'Data', card: 'Card', declined: 'Card refuzat', retry: 'reîncercat cu', id: 'CNP',
    hi: 'Bună ziua', callMe: 'vă rog sunați-mă la', oldNo: 'numărul vechi', newNo: 'numărul nou', thanks: 'Mulțumesc', regards: 'Cu stimă', wrote: 'a scris', subject: 'Subiect',
    summary: 'Rezumat apel (AI)', caller: 'Apelant', reason: { porting: 'vrea să porteze numărul pe o cartelă nouă', dental: 'programează un control pentru copil', loan: 'cere mutarea datei de plată', toll: 'contestă un proces-verbal' }, follow: 'De revenit', confirm: 'confirmare la',
    vm: 'Mesaj vocal', here: 'sunt', before: 'înainte de', or: 'sau', calledFrom: 'a sunat de la', check: 'vă rog verificați',
    th: ['rol', 'nume', 'telefon', 'când'], present: 'Prezenți', and: 'și', confirmQ: 'Confirmați numărul', done: 'Gata', alsoAdd: 'adăugați și',
    tr: { greet: 'bună ziua cu ce vă pot ajuta', me: 'bună ziua sunt', num: 'la ce număr vă sunăm', it: 'e', other: 'și celălalt număr', my: 'e numărul lui' },
    nw: [['Am primit o ', 'floare', ' la recepție, mulțumim!'], ['Pe ecran apare o ', 'floare', ' în loc de logo.']],
  },
  el: {
    form: 'φόρμα επικοινωνίας', name: 'Ονοματεπώνυμο', given: 'Όνομα', family: 'Επώνυμο', phone: 'Κινητό', alt: 'Άλλο τηλέφωνο', email: 'Email', msg: 'Μήνυμα', sent: 'Υποβλήθηκε',
    roles: { porting: ['συνδρομητής', 'χρήστης'], dental: ['γονέας', 'ασθενής (παιδί)'], loan: ['δανειολήπτης', 'εγγυητής'], toll: ['ιδιοκτήτης', 'οδηγός'] },
    labels: labels({ 'porting-code': ['κωδικός φορητότητας'], iccid: ['ICCID', 'σειριακός SIM'], imei: ['IMEI'], 'account-pin': ['PIN λογαριασμού'], 'porting-ref': ['αρ. αίτησης φορητότητας'], 'patient-number': ['αρ. ασθενούς'], 'appointment-number': ['αρ. ραντεβού'], 'treatment-code': ['κωδικός θεραπείας'], 'loan-number': ['αρ. δανείου'], 'borrower-ref': ['κωδ. πελάτη'], 'payroll-number': ['αρ. μητρώου εργοδότη'], plate: ['αρ. κυκλοφορίας'], 'penalty-notice': ['αρ. κλήσης'], transponder: ['αρ. πομποδέκτη'], 'toll-account': ['λογαριασμός διοδίων'] }),
    amount: 'Ποσό', date: 'Ημερομηνία', card: 'Κάρτα', declined: 'Απορρίφθηκε η κάρτα', retry: 'ξανά με', id: 'ΑΜΚΑ',
    hi: 'Καλησπέρα', callMe: 'καλέστε με στο', oldNo: 'παλιό νούμερο', newNo: 'νέο νούμερο', thanks: 'Ευχαριστώ', regards: 'Με εκτίμηση', wrote: 'έγραψε', subject: 'Θέμα',
    summary: 'Σύνοψη κλήσης (AI)', caller: 'Καλών', reason: { porting: 'θέλει φορητότητα του αριθμού σε νέα SIM', dental: 'κλείνει έλεγχο για το παιδί', loan: 'ζητά αλλαγή ημερομηνίας δόσης', toll: 'αμφισβητεί κλήση στάθμευσης' }, follow: 'Επανάκληση', confirm: 'επιβεβαίωση στο',
    vm: 'Φωνητικό μήνυμα', here: 'είμαι ο/η', before: 'πριν τις', or: 'ή', calledFrom: 'κάλεσε από', check: 'παρακαλώ ελέγξτε',
    th: ['ρόλος', 'όνομα', 'τηλέφωνο', 'πότε'], present: 'Παρόντες', and: 'και', confirmQ: 'Επιβεβαιώστε τον αριθμό', done: 'Έγινε', alsoAdd: 'προσθέστε και',
    tr: { greet: 'καλησπέρα πώς μπορώ να βοηθήσω', me: 'καλησπέρα είμαι ο', num: 'σε ποιο νούμερο να σας πάρουμε', it: 'είναι', other: 'και το άλλο νούμερο', my: 'είναι του' },
    nw: [['Υπάρχει ', 'ελπίδα', ' να λυθεί σήμερα.'], ['Θέλουμε λίγη ', 'ειρήνη', ' στο γκισέ.'], ['Η τελευταία μας ', 'ελπίδα', ' είναι το τεχνικό τμήμα.']],
  },
  sk: {
    form: 'kontaktný formulár', name: 'Meno a priezvisko', given: 'Meno', family: 'Priezvisko', phone: 'Mobil', alt: 'Iné číslo', email: 'E-mail', msg: 'Správa', sent: 'Odoslané',
    roles: { porting: ['majiteľ účtu', 'používateľ'], dental: ['rodič', 'pacient (dieťa)'], loan: ['dlžník', 'ručiteľ'], toll: ['držiteľ vozidla', 'vodič'] },
    labels: labels({ 'porting-code': ['prenosový kód'], iccid: ['ICCID', 'sériové číslo SIM'], imei: ['IMEI'], 'account-pin': ['PIN k účtu'], 'porting-ref': ['č. žiadosti o prenos'], 'patient-number': ['č. pacienta'], 'appointment-number': ['č. termínu'], 'treatment-code': ['kód výkonu'], 'loan-number': ['č. úveru'], 'borrower-ref': ['zákaznícke č.'], 'payroll-number': ['osobné č. u zamestnávateľa'], plate: ['EČV'], 'penalty-notice': ['č. výzvy'], transponder: ['č. palubnej jednotky'], 'toll-account': ['mýtny účet'] }),
    amount: 'Suma', date: 'Dátum', card: 'Karta', declined: 'Karta zamietnutá', retry: 'znova s', id: 'Rodné číslo',
    hi: 'Dobrý deň', callMe: 'zavolajte mi na', oldNo: 'staré číslo', newNo: 'nové číslo', thanks: 'Ďakujem', regards: 'S pozdravom', wrote: 'napísal(a)', subject: 'Predmet',
    summary: 'Zhrnutie hovoru (AI)', caller: 'Volajúci', reason: { porting: 'chce preniesť číslo na novú SIM', dental: 'objednáva prehliadku pre dieťa', loan: 'žiada posun splátky', toll: 'rozporuje výzvu na úhradu' }, follow: 'Zavolať späť', confirm: 'potvrdenie na',
    vm: 'Hlasová správa', here: 'tu je', before: 'pred', or: 'alebo', calledFrom: 'volal(a) z', check: 'prosím skontrolujte',
    th: ['rola', 'meno', 'telefón', 'kedy'], present: 'Prítomní', and: 'a', confirmQ: 'Potvrďte číslo', done: 'Hotovo', alsoAdd: 'pridajte aj',
    tr: { greet: 'dobrý deň ako vám môžem pomôcť', me: 'dobrý deň tu je', num: 'na aké číslo vám zavoláme', it: 'je to', other: 'a druhé číslo', my: 'to je číslo' },
    nw: [['Moja ', 'viera', ' v operátora klesá.'], ['Je to otázka, nie ', 'viera', '.']],
  },
  fi: {
    form: 'yhteydenottolomake', name: 'Nimi', given: 'Etunimi', family: 'Sukunimi', phone: 'Matkapuhelin', alt: 'Muu numero', email: 'Sähköposti', msg: 'Viesti', sent: 'Lähetetty',
    roles: { porting: ['tilaaja', 'käyttäjä'], dental: ['huoltaja', 'potilas (lapsi)'], loan: ['lainansaaja', 'takaaja'], toll: ['omistaja', 'kuljettaja'] },
    labels: labels({ 'porting-code': ['siirtokoodi'], iccid: ['ICCID', 'SIM-sarjanumero'], imei: ['IMEI'], 'account-pin': ['tilin PIN'], 'porting-ref': ['siirtopyyntö nro'], 'patient-number': ['potilasnumero'], 'appointment-number': ['ajanvarausnumero'], 'treatment-code': ['toimenpidekoodi'], 'loan-number': ['lainanumero'], 'borrower-ref': ['asiakasnumero'], 'payroll-number': ['työnantajan henkilönumero'], plate: ['rekisterinumero'], 'penalty-notice': ['pysäköintivirhemaksu nro'], transponder: ['tunnistin nro'], 'toll-account': ['tietulli-tili'] }),
    amount: 'Summa', date: 'Päivämäärä', card: 'Kortti', declined: 'Kortti hylätty', retry: 'uudelleen kortilla', id: 'Henkilötunnus',
    hi: 'Hei', callMe: 'soittakaa numeroon', oldNo: 'vanha numero', newNo: 'uusi numero', thanks: 'Kiitos', regards: 'Ystävällisin terveisin', wrote: 'kirjoitti', subject: 'Aihe',
    summary: 'Puhelun yhteenveto (AI)', caller: 'Soittaja', reason: { porting: 'haluaa siirtää numeron uudelle SIM-kortille', dental: 'varaa lapselle tarkastuksen', loan: 'pyytää eräpäivän siirtoa', toll: 'kiistää pysäköintivirhemaksun' }, follow: 'Soita takaisin', confirm: 'vahvistus osoitteeseen',
    vm: 'Vastaajaviesti', here: 'täällä', before: 'ennen', or: 'tai', calledFrom: 'soitti numerosta', check: 'tarkistakaa',
    th: ['rooli', 'nimi', 'puhelin', 'milloin'], present: 'Paikalla', and: 'ja', confirmQ: 'Vahvistakaa numero', done: 'Valmis', alsoAdd: 'lisätkää myös',
    tr: { greet: 'hei miten voin auttaa', me: 'hei täällä', num: 'mihin numeroon soitetaan', it: 'se on', other: 'ja toinen numero', my: 'se on' },
    nw: [['Oli ', 'onni', ' että soititte ajoissa.'], ['Viimeinen ', 'toivo', ' on huominen.'], ['Pieni ', 'onni', ' matkassa.']],
  },
  sv: {
    form: 'kontaktformulär', name: 'Namn', given: 'Förnamn', family: 'Efternamn', phone: 'Mobil', alt: 'Annat nummer', email: 'E-post', msg: 'Meddelande', sent: 'Skickat',
    roles: { porting: ['abonnent', 'användare'], dental: ['vårdnadshavare', 'patient (barn)'], loan: ['låntagare', 'borgensman'], toll: ['fordonsägare', 'förare'] },
    labels: labels({ 'porting-code': ['portering-kod'], iccid: ['ICCID', 'SIM-serienummer'], imei: ['IMEI'], 'account-pin': ['kontots PIN'], 'porting-ref': ['porteringsärende'], 'patient-number': ['patientnummer'], 'appointment-number': ['bokningsnummer'], 'treatment-code': ['åtgärdskod'], 'loan-number': ['lånenummer'], 'borrower-ref': ['kundnummer'], 'payroll-number': ['anställningsnummer'], plate: ['reg.nr'], 'penalty-notice': ['kontrollavgift nr'], transponder: ['transponder nr'], 'toll-account': ['trängselskattkonto'] }),
    amount: 'Belopp', date: 'Datum', card: 'Kort', declined: 'Kortet nekades', retry: 'igen med', id: 'Personnummer',
    hi: 'Hej', callMe: 'ring mig på', oldNo: 'gamla numret', newNo: 'nya numret', thanks: 'Tack', regards: 'Vänliga hälsningar', wrote: 'skrev', subject: 'Ämne',
    summary: 'Samtalssammanfattning (AI)', caller: 'Uppringare', reason: { porting: 'vill flytta numret till nytt SIM', dental: 'bokar kontroll för sitt barn', loan: 'ber om ändrat förfallodatum', toll: 'bestrider en kontrollavgift' }, follow: 'Ring tillbaka', confirm: 'bekräftelse till',
    vm: 'Röstmeddelande', here: 'det är', before: 'före', or: 'eller', calledFrom: 'ringde från', check: 'kolla gärna',
    th: ['roll', 'namn', 'telefon', 'när'], present: 'Närvarande', and: 'och', confirmQ: 'Bekräfta numret', done: 'Klart', alsoAdd: 'lägg också till',
    tr: { greet: 'hej hur kan jag hjälpa till', me: 'hej det är', num: 'vilket nummer ska vi ringa', it: 'det är', other: 'och det andra numret', my: 'det är' },
    nw: [['Det är ', 'sol', ' i Malmö idag.'], ['Efter regn kommer ', 'sol', '.']],
  },
  es: {
    form: 'formulario de contacto', name: 'Nombre completo', given: 'Nombre', family: 'Apellido', phone: 'Celular', alt: 'Otro número', email: 'Correo', msg: 'Mensaje', sent: 'Enviado',
    roles: { porting: ['titular', 'usuario'], dental: ['madre o padre', 'paciente (menor)'], loan: ['deudor', 'codeudor'], toll: ['titular del vehículo', 'conductor'] },
    labels: labels({ 'porting-code': ['código de portabilidad', 'PIN de portación'], iccid: ['ICCID', 'serie del chip'], imei: ['IMEI'], 'account-pin': ['PIN de la cuenta'], 'porting-ref': ['n.º de trámite'], 'patient-number': ['n.º de paciente', 'ficha'], 'appointment-number': ['n.º de turno'], 'treatment-code': ['código de prestación'], 'loan-number': ['n.º de crédito'], 'borrower-ref': ['n.º de cliente'], 'payroll-number': ['legajo'], plate: ['patente'], 'penalty-notice': ['n.º de infracción'], transponder: ['n.º de TAG'], 'toll-account': ['cuenta de peaje'] }),
    amount: 'Monto', date: 'Fecha', card: 'Tarjeta', declined: 'Tarjeta rechazada', retry: 'de nuevo con', id: 'DNI',
    hi: 'Hola', callMe: 'me pueden llamar al', oldNo: 'número viejo', newNo: 'número nuevo', thanks: 'Gracias', regards: 'Saludos', wrote: 'escribió', subject: 'Asunto',
    summary: 'Resumen de llamada (IA)', caller: 'Llamante', reason: { porting: 'quiere portar su número a un chip nuevo', dental: 'pide turno de control para su hijo', loan: 'pide cambiar la fecha de la cuota', toll: 'impugna una infracción' }, follow: 'Volver a llamar', confirm: 'confirmación a',
    vm: 'Mensaje de voz', here: 'habla', before: 'antes de las', or: 'o', calledFrom: 'llamó desde', check: 'por favor revisar',
    th: ['rol', 'nombre', 'teléfono', 'cuándo'], present: 'Presentes', and: 'y', confirmQ: 'Confirmame el número', done: 'Listo', alsoAdd: 'agregá también a',
    tr: { greet: 'hola en qué te puedo ayudar', me: 'hola habla', num: 'a qué número te llamamos', it: 'es el', other: 'y el otro número', my: 'es de' },
    nw: [['Se cortó la ', 'luz', ' en la clínica.'], ['Mi abuela vive en ', 'soledad', ' y necesita ayuda.'], ['No hay ', 'luz', ' en la cabina del peaje.']],
  },
  fr: {
    form: 'formulaire de contact', name: 'Nom complet', given: 'Prénom', family: 'Nom', phone: 'Cellulaire', alt: 'Autre numéro', email: 'Courriel', msg: 'Message', sent: 'Envoyé',
    roles: { porting: ['titulaire', 'utilisateur'], dental: ['parent', 'patient (enfant)'], loan: ['emprunteur', 'cosignataire'], toll: ['titulaire du certificat', 'conducteur'] },
    labels: labels({ 'porting-code': ['code de portabilité', 'code RIO'], iccid: ['ICCID', 'n° de série SIM'], imei: ['IMEI'], 'account-pin': ['NIP du compte'], 'porting-ref': ['n° de demande de transfert'], 'patient-number': ['n° de dossier patient'], 'appointment-number': ['n° de rendez-vous'], 'treatment-code': ['code d\'acte'], 'loan-number': ['n° de prêt'], 'borrower-ref': ['n° client'], 'payroll-number': ['matricule employeur'], plate: ['immatriculation'], 'penalty-notice': ['avis de contravention n°'], transponder: ['n° de transpondeur'], 'toll-account': ['compte péage'] }),
    amount: 'Montant', date: 'Date', card: 'Carte', declined: 'Carte refusée', retry: 'réessayé avec', id: 'NAS',
    hi: 'Bonjour', callMe: 'rappelez-moi au', oldNo: 'ancien numéro', newNo: 'nouveau numéro', thanks: 'Merci', regards: 'Cordialement', wrote: 'a écrit', subject: 'Objet',
    summary: 'Résumé d\'appel (IA)', caller: 'Appelant', reason: { porting: 'veut transférer son numéro vers une nouvelle SIM', dental: 'prend rendez-vous pour son enfant', loan: 'demande de décaler la mensualité', toll: 'conteste un avis de contravention' }, follow: 'Rappeler', confirm: 'confirmation à',
    vm: 'Message vocal', here: 'c\'est', before: 'avant', or: 'ou', calledFrom: 'a appelé du', check: 'merci de vérifier',
    th: ['rôle', 'nom', 'téléphone', 'quand'], present: 'Présents', and: 'et', confirmQ: 'Pouvez-vous confirmer le numéro', done: 'C\'est fait', alsoAdd: 'ajoutez aussi',
    tr: { greet: 'bonjour comment puis-je vous aider', me: 'bonjour c\'est', num: 'à quel numéro on vous rappelle', it: 'c\'est le', other: 'et l\'autre numéro', my: 'c\'est celui de' },
    nw: [['Nous demandons votre ', 'clémence', ' pour ce retard.'], ['Le formulaire ', 'rose', ' est à signer.']],
  },
  it: {
    form: 'modulo di contatto', name: 'Nome e cognome', given: 'Nome', family: 'Cognome', phone: 'Cellulare', alt: 'Altro numero', email: 'Email', msg: 'Messaggio', sent: 'Inviato',
    roles: { porting: ['intestatario', 'utilizzatore'], dental: ['genitore', 'paziente (minore)'], loan: ['mutuatario', 'garante'], toll: ['intestatario del veicolo', 'conducente'] },
    labels: labels({ 'porting-code': ['codice di migrazione'], iccid: ['ICCID', 'seriale SIM'], imei: ['IMEI'], 'account-pin': ['PIN del conto'], 'porting-ref': ['n. pratica portabilità'], 'patient-number': ['n. paziente'], 'appointment-number': ['n. appuntamento'], 'treatment-code': ['codice prestazione'], 'loan-number': ['n. prestito'], 'borrower-ref': ['codice cliente'], 'payroll-number': ['matricola aziendale'], plate: ['targa'], 'penalty-notice': ['n. verbale'], transponder: ['n. apparato Telepass'], 'toll-account': ['conto pedaggi'] }),
    amount: 'Importo', date: 'Data', card: 'Carta', declined: 'Carta rifiutata', retry: 'riprovato con', id: 'Codice fiscale',
    hi: 'Buongiorno', callMe: 'richiamatemi al', oldNo: 'vecchio numero', newNo: 'nuovo numero', thanks: 'Grazie', regards: 'Cordiali saluti', wrote: 'ha scritto', subject: 'Oggetto',
    summary: 'Riepilogo chiamata (IA)', caller: 'Chiamante', reason: { porting: 'vuole portare il numero su una nuova SIM', dental: 'prenota un controllo per il figlio', loan: 'chiede di spostare la rata', toll: 'contesta un verbale' }, follow: 'Richiamare', confirm: 'conferma a',
    vm: 'Messaggio vocale', here: 'sono', before: 'prima delle', or: 'oppure', calledFrom: 'ha chiamato dal', check: 'per favore verificate',
    th: ['ruolo', 'nome', 'telefono', 'quando'], present: 'Presenti', and: 'e', confirmQ: 'Mi conferma il numero', done: 'Fatto', alsoAdd: 'aggiungete anche',
    tr: { greet: 'buongiorno come posso aiutarla', me: 'buongiorno sono', num: 'a che numero la richiamiamo', it: 'è il', other: 'e l\'altro numero', my: 'è di' },
    nw: [['Che ', 'gioia', ', finalmente risolto!'], ['La giornata è ', 'serena', ', il casello è libero.']],
  },
  ca: {
    form: 'formulari de contacte', name: 'Nom i cognoms', given: 'Nom', family: 'Cognoms', phone: 'Mòbil', alt: 'Altre número', email: 'Correu', msg: 'Missatge', sent: 'Enviat',
    roles: { porting: ['titular', 'usuari'], dental: ['pare o mare', 'pacient (menor)'], loan: ['prestatari', 'avalador'], toll: ['titular del vehicle', 'conductor'] },
    labels: labels({ 'porting-code': ['codi de portabilitat'], iccid: ['ICCID', 'número de sèrie SIM'], imei: ['IMEI'], 'account-pin': ['PIN del compte'], 'porting-ref': ['núm. de sol·licitud'], 'patient-number': ['núm. de pacient'], 'appointment-number': ['núm. de cita'], 'treatment-code': ['codi de tractament'], 'loan-number': ['núm. de préstec'], 'borrower-ref': ['codi de client'], 'payroll-number': ['núm. de nòmina'], plate: ['matrícula'], 'penalty-notice': ['núm. de denúncia'], transponder: ['núm. de teletac'], 'toll-account': ['compte de peatge'] }),
    amount: 'Import', date: 'Data', card: 'Targeta', declined: 'Targeta rebutjada', retry: 'de nou amb', id: 'DNI',
    hi: 'Bon dia', callMe: 'truqueu-me al', oldNo: 'número antic', newNo: 'número nou', thanks: 'Gràcies', regards: 'Salutacions', wrote: 'va escriure', subject: 'Assumpte',
    summary: 'Resum de la trucada (IA)', caller: 'Persona que truca', reason: { porting: 'vol portar el número a una SIM nova', dental: 'demana visita de control per al fill', loan: 'demana canviar la data de la quota', toll: 'recorre una denúncia' }, follow: 'Tornar a trucar', confirm: 'confirmació a',
    vm: 'Missatge de veu', here: 'sóc', before: 'abans de les', or: 'o', calledFrom: 'ha trucat des del', check: 'si us plau reviseu',
    th: ['rol', 'nom', 'telèfon', 'quan'], present: 'Presents', and: 'i', confirmQ: 'Em confirmeu el número', done: 'Fet', alsoAdd: 'afegiu també',
    tr: { greet: 'bon dia en què la puc ajudar', me: 'bon dia sóc', num: 'a quin número us truquem', it: 'és el', other: 'i l\'altre número', my: 'és de' },
    nw: [['Estem a la ', 'mercè', ' del banc.'], ['Amb les ', 'neus', ' d\'aquest hivern el peatge és tancat.']],
  },
}
/** Locale overrides of a phrase book (Belgian French says GSM and NISS, Chile says RUT...) */
export const PHR_LOC: Record<string, Partial<Phr>> = {
  'fr-be': { phone: 'GSM', email: 'E-mail', id: 'NISS', labels: { ...PHR.fr!.labels, 'account-pin': ['code PIN du compte'], plate: ['plaque'] } },
  'es-cl': { id: 'RUT', labels: { ...PHR.es!.labels, 'appointment-number': ['n.º de hora'], 'payroll-number': ['n.º de ficha del empleador'] } },
  'es-ar': { id: 'CUIL/DNI' },
}
