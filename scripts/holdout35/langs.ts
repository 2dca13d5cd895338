// Every language of the corpus: its regions, names, words that are also names,
// and the phrases its texts are written with. Slots: {P} a person, {G} a given
// name alone, {T} a phone, {R} a relative, {N} a business number with its noun,
// {K} a business noun alone, {or} the word for "or".
import { EN_NAMES, EN_WORDS, type NameGroup } from "./names-en.ts"

export interface Lang {
  code: string
  regions: string[]
  names: NameGroup[]
  words: Array<[string, string]>
  or: string
  hi: string
  thanks: string
  /** Relatives; "f:"/"m:" mark a phrase that needs a woman's or a man's name. */
  rel: string[]
  intro: string[]
  relS: string
  firstS: string
  bizS: string
  labels: { name: string; phone: string; email: string; card: string; iban: string; note: string }
  /** A sentence naming the main person by an inflected surname (title outside the span); {I} is where the name goes, at its end. */
  inflect?: { tpl: string; forms: Record<string, [string, string]> }
  /** patient|plan|tooth|lab|slot|rental|plate|job|mileage|fuel|unit|seal|inventory|crates|volume|quote|serial|repair|part|passcode */
  nouns: string
}

/** Given names borne by women (the rest are men's or either). */
export const FEMALE = new Set(("Eilidh,Catriona,Morag,Mhairi,Màiri,Siân,Carys,Angharad,Llinos,Eira,Ffion,Wanjiru,Njeri,Wambui,Nyambura,Achieng,Muthoni,Funmilayo,Ngozi,Chiamaka,Patience,Mercy," +
  "Nurul Aisyah,Siti Hajar,Kavitha,Thivya,Farhana,Siew Ling,Priya,Hui Min,Farah,Shanice,Alicia,Tamika,Sheryl-Ann,Kavita,Shereen,Anya,Marisa,Ka Yan,Wing Sze,Pui Shan,Summer,Sky,Hope,Grace,Rose,Kayla,Tegan," +
  "Anneke,Elmarie,Thandiwe,Zanele,Marija,Graziella,Mariella,Ayesha,Hina,Zainab,Mehwish,Sanne,Femke,Anouk,Roos,Lotte,Ine,Agnieszka,Małgorzata,Zofia,Róża,Jana,Petra,Lucie,Radka,Ioana,Mihaela,Alexandra,Doina," +
  "Ivana,Nada,Zora,Vesna,Dubravka,Jelena,Milica,Radost,Јелена,Милица,Вера,Нада,Радост,Μαρία,Ελένη,Κατερίνα,Ελπίδα,Ειρήνη,Ayşe,Zeynep,Elif,Aino,Aada,Satu,Ilona,Linnea,Astrid,Saga,Frida,Elsa," +
  "Олена,Надія,Віра,Любов,Оксана,Katharina,Johanna,Theresia,Valentina,Constance,Léa,Solène,Camille,Dolores,Soledad,Sol,Consuelo,Catalina,Rocío,Glória,Luana,Graça,Vitória,Beatriz,Giulia,Chiara,Serena").split(","))
/** Names borne by both. */
export const EITHER = new Set(["Camille", "Deniz", "Umut", "Temitope", "Gurpreet"])
/** Family names that only fit a woman, or only a man (Polish, Czech, Greek). */
export const familyFits = (family: string, female: boolean): boolean =>
  /(ska|cka|ová|á|ούλου|Βλάχου)$/.test(family) ? female : /(ski|cki|ński|ý|ος|ης|Dvořák|Procházka)$/.test(family) ? !female : true

const g = (region: string, given: string, family: string): NameGroup => ({ region, given: given.split(","), family: family.split(",") })

export const LANGS: Lang[] = [
  { code: "en", regions: ["GB", "KE", "NG", "MY", "SG", "JM", "TT", "HK", "AU", "ZA", "MT", "PK"], names: EN_NAMES, words: EN_WORDS, or: "or", hi: "Hi", thanks: "Thanks",
    rel: ["my partner", "my cousin", "my neighbour", "my flatmate", "my other half"], intro: ["{P} here, best number is {T}.", "Call me on {T} after {H}, it's {P}.", "This is {P}, ring me on {T} after work.", "It's {P}. You can get me on {T}."],
    relS: "If I'm out, {rel} {R} picks up on {T}.", firstS: "{K} is on the letter, but for me call {T}.", bizS: "For the file: {N} and {N}.",
    labels: { name: "Name", phone: "Phone", email: "Email", card: "card", iban: "refund to account", note: "Note" },
    nouns: "patient no.|treatment plan|tooth|lab order|appointment|rental agreement|plate|breakdown job|mileage|fuel|unit|seal|inventory|crates|volume|quote|serial|repair ticket|part|passcode" },
  { code: "nl", regions: ["NL", "BE"], names: [g("NL", "Sanne,Daan,Femke,Joris,Anouk,Bram,Roos", "de Vries,van Dijk,Bakker,Visser,van den Berg,Jansen"), g("BE", "Lotte,Wout,Ine,Jelle,Roos", "Van den Bossche,Peeters,Claes,Maes,Verstraete")],
    words: [["Roos", "een *roos* op de doos"]], or: "of", hi: "Hoi", thanks: "Bedankt", rel: ["m:mijn zoon", "f:mijn vrouw", "f:mijn moeder", "mijn partner"],
    intro: ["Met {P}, mijn nummer is {T}.", "Hier {P}; bel me op {T} na vijf uur."], relS: "Ben ik weg, dan neemt {rel} {R} op via {T}.", firstS: "{K} staat op de brief, maar voor mij: bel {T}.", bizS: "Voor het dossier: {N} en {N}.",
    labels: { name: "Naam", phone: "Telefoon", email: "E-mail", card: "kaart", iban: "terugbetaling op rekening", note: "Notitie" },
    nouns: "patiëntnummer|behandelplan|tand|labopdracht|afspraak|huurcontract|kenteken|pechgeval|kilometerstand|brandstof|unit|zegel|inventaris|kratten|volume|offerte|serienummer|reparatiebon|onderdeel|toegangscode" },
  { code: "pl", regions: ["PL"], names: [g("PL", "Agnieszka,Krzysztof,Małgorzata,Wojciech,Zofia,Łukasz,Róża", "Kowalska,Wiśniewski,Nowak,Zieliński,Wójcik,Lewandowska")],
    inflect: { tpl: "Proszę przekazać wiadomość dla {title} ", forms: { Kowalska: ["pani", "Kowalskiej"], Lewandowska: ["pani", "Lewandowskiej"], Wiśniewski: ["pana", "Wiśniewskiego"], Zieliński: ["pana", "Zielińskiego"], Nowak: ["pana", "Nowaka"], Wójcik: ["pana", "Wójcika"] } },
    words: [["Róża", "*róża* na pudełku"]], or: "lub", hi: "Dzień dobry", thanks: "Dziękuję", rel: ["m:mój syn", "f:moja żona", "f:moja mama", "m:mój brat"],
    intro: ["Tu {P}, mój numer to {T}.", "Pisze {P}; proszę dzwonić pod {T} po południu."], relS: "Gdy mnie nie ma, {rel} {R} odbiera pod {T}.", firstS: "{K} jest w piśmie, ale do mnie: {T}.", bizS: "Do akt: {N} oraz {N}.",
    labels: { name: "Imię i nazwisko", phone: "Telefon", email: "E-mail", card: "karta", iban: "zwrot na konto", note: "Notatka" },
    nouns: "nr pacjenta|plan leczenia|ząb|zlecenie lab.|wizyta|umowa najmu|tablica|zlecenie pomocy|przebieg|paliwo|boks|plomba|spis|skrzynie|objętość|wycena|nr seryjny|zlecenie naprawy|część|kod" },
  { code: "cs", regions: ["CZ"], names: [g("CZ", "Jana,Tomáš,Petra,Jiří,Lucie,Ondřej,Radka", "Nováková,Dvořák,Svobodová,Černý,Procházka,Veselá")],
    inflect: { tpl: "Vzkaz prosím předejte {title} ", forms: { Nováková: ["paní", "Novákové"], Svobodová: ["paní", "Svobodové"], Dvořák: ["panu", "Dvořákovi"], Černý: ["panu", "Černému"], Procházka: ["panu", "Procházkovi"] } },
    words: [["Veselá", "nálada byla *veselá*"]], or: "nebo", hi: "Dobrý den", thanks: "Děkuji", rel: ["m:můj syn", "f:moje žena", "f:moje máma", "m:můj bratr"],
    intro: ["Tady {P}, moje číslo je {T}.", "Píše {P}; volejte prosím na {T}."], relS: "Když nejsem doma, {rel} {R} to vezme na {T}.", firstS: "{K} je v dopise, ale mně volejte na {T}.", bizS: "Do spisu: {N} a {N}.",
    labels: { name: "Jméno", phone: "Telefon", email: "E-mail", card: "karta", iban: "vrácení na účet", note: "Poznámka" },
    nouns: "číslo pacienta|léčebný plán|zub|laboratorní zakázka|termín|nájemní smlouva|SPZ|zásah asistence|stav tachometru|palivo|box|plomba|soupis|bedny|objem|nabídka|sériové číslo|zakázka opravy|díl|kód" },
  { code: "ro", regions: ["RO"], names: [g("RO", "Ioana,Andrei,Mihaela,Ștefan,Alexandra,Bogdan,Doina", "Popescu,Ionescu,Țurcanu,Dumitrescu,Mureșan,Stănescu")],
    words: [["Doina", "o *doina* veche la radio"]], or: "sau", hi: "Bună ziua", thanks: "Mulțumesc", rel: ["m:fiul meu", "f:soția mea", "f:mama mea", "m:fratele meu"],
    intro: ["Sunt {P}, numărul meu e {T}.", "Scrie {P}; sunați-mă la {T} după-amiază."], relS: "Dacă lipsesc, răspunde {rel} {R} la {T}.", firstS: "{K} e în scrisoare, dar pe mine mă găsiți la {T}.", bizS: "Pentru dosar: {N} și {N}.",
    labels: { name: "Nume", phone: "Telefon", email: "E-mail", card: "card", iban: "rambursare în contul", note: "Notă" },
    nouns: "nr. pacient|plan de tratament|dinte|comandă laborator|programare|contract de închiriere|număr auto|intervenție|kilometraj|combustibil|boxa|sigiliu|inventar|lăzi|volum|ofertă|serie|fișă reparație|piesă|cod" },
  { code: "hr", regions: ["HR"], names: [g("HR", "Ivana,Marko,Nada,Zora,Vesna,Tomislav,Dubravka", "Horvat,Kovačević,Babić,Marić,Jurić,Perković")],
    words: [["Nada", "*nada* je ostala"], ["Zora", "do *zora* smo čekali"]], or: "ili", hi: "Dobar dan", thanks: "Hvala", rel: ["m:moj sin", "f:moja žena", "f:moja mama", "m:moj brat"],
    intro: ["Ovdje {P}, moj broj je {T}.", "Piše {P}; nazovite me na {T}."], relS: "Ako nisam tu, {rel} {R} javlja se na {T}.", firstS: "{K} je u dopisu, a mene zovite na {T}.", bizS: "Za spis: {N} i {N}.",
    labels: { name: "Ime", phone: "Telefon", email: "E-pošta", card: "kartica", iban: "povrat na račun", note: "Bilješka" },
    nouns: "br. pacijenta|plan liječenja|zub|laboratorijski nalog|termin|ugovor o najmu|registracija|intervencija|kilometraža|gorivo|spremište|plomba|popis|sanduci|volumen|ponuda|serijski broj|radni nalog|dio|šifra" },
  { code: "sr", regions: ["RS"], names: [g("RS", "Јелена,Никола,Милица,Драган,Вера,Нада,Радост", "Петровић,Јовановић,Николић,Ђорђевић,Стојановић")],
    words: [["Вера", "*вера* у бољи дан"], ["Нада", "*нада* постоји"], ["Радост", "*радост* у кући"]], or: "или", hi: "Добар дан", thanks: "Хвала", rel: ["m:мој син", "f:моја жена", "f:моја мајка", "m:мој брат"],
    intro: ["Овде {P}, мој број је {T}.", "Пише {P}; позовите ме на {T}."], relS: "Ако нисам ту, {rel} {R} се јавља на {T}.", firstS: "{K} је у допису, а мене зовите на {T}.", bizS: "За досије: {N} и {N}.",
    labels: { name: "Име", phone: "Телефон", email: "Е-пошта", card: "картица", iban: "повраћај на рачун", note: "Белешка" },
    nouns: "бр. пацијента|план лечења|зуб|лабораторијски налог|термин|уговор о закупу|таблице|интервенција|километража|гориво|боксу|пломба|попис|сандуци|запремина|понуда|серијски број|радни налог|део|шифра" },
  { code: "sr", regions: ["RS"], names: [g("RS", "Jelena,Nikola,Milica,Dragan,Radost,Nada", "Petrović,Jovanović,Nikolić,Đorđević,Stojanović")],
    words: [["Nada", "*nada* postoji"], ["Radost", "velika *radost*"]], or: "ili", hi: "Dobar dan", thanks: "Hvala", rel: ["m:moj sin", "f:moja žena", "f:moja majka", "m:moj brat"],
    intro: ["Ovde {P}, moj broj je {T}.", "Piše {P}; pozovite me na {T}."], relS: "Ako nisam tu, {rel} {R} se javlja na {T}.", firstS: "{K} je u dopisu, a mene zovite na {T}.", bizS: "Za dosije: {N} i {N}.",
    labels: { name: "Ime", phone: "Telefon", email: "E-pošta", card: "kartica", iban: "povraćaj na račun", note: "Beleška" },
    nouns: "br. pacijenta|plan lečenja|zub|laboratorijski nalog|termin|ugovor o zakupu|tablice|intervencija|kilometraža|gorivo|boksu|plomba|popis|sanduci|zapremina|ponuda|serijski broj|radni nalog|deo|šifra" },
  { code: "el", regions: ["GR"], names: [g("GR", "Γιώργος,Μαρία,Δημήτρης,Ελένη,Κατερίνα,Ελπίδα,Ειρήνη", "Παπαδόπουλος,Παπαδοπούλου,Οικονόμου,Γεωργίου,Καραγιάννης,Βλάχου")],
    words: [["Ελπίδα", "η *ελπίδα* μένει"], ["Ειρήνη", "*ειρήνη* στο σπίτι"]], or: "ή", hi: "Καλημέρα", thanks: "Ευχαριστώ", rel: ["m:ο γιος μου", "f:η γυναίκα μου", "f:η μητέρα μου", "m:ο αδελφός μου"],
    intro: ["Είμαι ο/η {P}, το κινητό μου είναι {T}.", "Γράφει {P}· καλέστε με στο {T}."], relS: "Αν λείπω, απαντά {rel} {R} στο {T}.", firstS: "{K} είναι στην επιστολή, αλλά για μένα: {T}.", bizS: "Για τον φάκελο: {N} και {N}.",
    labels: { name: "Όνομα", phone: "Τηλέφωνο", email: "Email", card: "κάρτα", iban: "επιστροφή στον λογαριασμό", note: "Σημείωση" },
    nouns: "αρ. ασθενούς|πλάνο θεραπείας|δόντι|εντολή εργαστηρίου|ραντεβού|μισθωτήριο|πινακίδα|οδική βοήθεια|χιλιόμετρα|καύσιμο|αποθήκη|σφραγίδα|απογραφή|κιβώτια|όγκος|προσφορά|σειριακός|δελτίο επισκευής|ανταλλακτικό|κωδικός" },
  { code: "tr", regions: ["TR"], names: [g("TR", "Ayşe,Mehmet,Zeynep,Oğuz,Elif,Barış,Deniz,Umut", "Yılmaz,Kaya,Şahin,Çelik,Aydın,Güneş,Öztürk")],
    words: [["Deniz", "*deniz* manzaralı"], ["Umut", "hâlâ *umut* var"], ["Barış", "*barış* içinde"]], or: "veya", hi: "Merhaba", thanks: "Teşekkürler", rel: ["m:oğlum", "eşim", "f:annem", "f:kızım"],
    intro: ["Ben {P}, numaram {T}.", "Yazan {P}; beni {T} numarasından arayın."], relS: "Ben yoksam {rel} {R} {T} numarasından açar.", firstS: "{K} mektupta yazıyor ama beni {T} ile arayın.", bizS: "Dosya için: {N} ve {N}.",
    labels: { name: "Ad Soyad", phone: "Telefon", email: "E-posta", card: "kart", iban: "iade hesabı", note: "Not" },
    nouns: "hasta no|tedavi planı|diş|laboratuvar siparişi|randevu|kira sözleşmesi|plaka|yol yardım kaydı|kilometre|yakıt|depo|mühür|envanter|kasa|hacim|teklif|seri no|servis fişi|parça|şifre" },
  { code: "fi", regions: ["FI"], names: [g("FI", "Aino,Onni,Toivo,Aada,Juha,Satu,Ilona", "Korhonen,Virtanen,Mäkinen,Nieminen,Hämäläinen,Järvinen")],
    words: [["Onni", "hyvä *onni* matkaan"], ["Toivo", "*toivo* elää"], ["Satu", "kuin *satu* lapsille"]], or: "tai", hi: "Hei", thanks: "Kiitos", rel: ["m:poikani", "f:vaimoni", "f:äitini", "puolisoni"],
    intro: ["Täällä {P}, numeroni on {T}.", "Kirjoittaa {P}; soittakaa numeroon {T}."], relS: "Jos olen poissa, {rel} {R} vastaa numerossa {T}.", firstS: "{K} on kirjeessä, mutta minulle soitetaan {T}.", bizS: "Kansioon: {N} ja {N}.",
    labels: { name: "Nimi", phone: "Puhelin", email: "Sähköposti", card: "kortti", iban: "palautus tilille", note: "Muistiinpano" },
    nouns: "potilasnumero|hoitosuunnitelma|hammas|laboratoriotilaus|vastaanotto|vuokrasopimus|rekisterinumero|tiepalvelutehtävä|mittarilukema|polttoaine|varasto|sinetti|inventaario|laatikot|tilavuus|tarjous|sarjanumero|huoltolappu|osa|koodi" },
  { code: "sv", regions: ["SE"], names: [g("SE", "Linnea,Erik,Astrid,Björn,Saga,Frida,Elsa", "Lindqvist,Andersson,Bergström,Nyström,Åberg,Sjöberg")],
    words: [["Björn", "en *björn* i skogen"], ["Saga", "som en *saga*"]], or: "eller", hi: "Hej", thanks: "Tack", rel: ["m:min son", "f:min fru", "f:min mamma", "min partner"],
    intro: ["Det är {P}, mitt nummer är {T}.", "Skriver {P}; ring mig på {T}."], relS: "Om jag är borta svarar {rel} {R} på {T}.", firstS: "{K} står i brevet, men ring mig på {T}.", bizS: "Till akten: {N} och {N}.",
    labels: { name: "Namn", phone: "Telefon", email: "E-post", card: "kort", iban: "återbetalning till konto", note: "Anteckning" },
    nouns: "patientnr|behandlingsplan|tand|labborder|tid|hyresavtal|regnr|bärgningsuppdrag|mätarställning|bränsle|förråd|plomb|inventering|lådor|volym|offert|serienr|reparationsorder|del|kod" },
  { code: "uk", regions: ["UA"], names: [g("UA", "Олена,Тарас,Надія,Віра,Любов,Богдан,Оксана,Андрій", "Шевченко,Коваленко,Бондаренко,Ткачук,Мельничук,Гончаренко")],
    words: [["Надія", "*надія* є"], ["Віра", "*віра* в краще"], ["Любов", "*любов* до справи"]], or: "або", hi: "Добрий день", thanks: "Дякую", rel: ["m:мій син", "f:моя дружина", "f:моя мама", "m:мій брат"],
    intro: ["Це {P}, мій номер {T}.", "Пише {P}; телефонуйте на {T}."], relS: "Якщо мене немає, {rel} {R} відповідає на {T}.", firstS: "{K} є в листі, але мені дзвоніть на {T}.", bizS: "До справи: {N} і {N}.",
    labels: { name: "Ім'я", phone: "Телефон", email: "Ел. пошта", card: "картка", iban: "повернення на рахунок", note: "Примітка" },
    nouns: "№ пацієнта|план лікування|зуб|лабораторне замовлення|запис|договір оренди|номерний знак|виклик допомоги|пробіг|пальне|бокс|пломба|опис|ящики|об'єм|кошторис|серійний №|квитанція ремонту|деталь|код" },
  { code: "de", regions: ["AT"], names: [g("AT", "Katharina,Florian,Johanna,Lukas,Theresia,Ernst,Valentina", "Huber,Gruber,Wimmer,Hofer,Pichler,Steinbauer")],
    words: [["Ernst", "die Lage ist *ernst*"]], or: "oder", hi: "Grüß Gott", thanks: "Danke", rel: ["m:mein Sohn", "f:meine Frau", "f:meine Mutter", "m:mein Bruder"],
    intro: ["Hier {P}, meine Nummer ist {T}.", "Bitte unter {T} ab {H} Uhr anrufen, {P}.", "Es schreibt {P}; bitte unter {T} anrufen."], relS: "Wenn ich weg bin, hebt {rel} {R} unter {T} ab.", firstS: "{K} steht im Brief, mich erreichen Sie unter {T}.", bizS: "Zum Akt: {N} und {N}.",
    labels: { name: "Name", phone: "Telefon", email: "E-Mail", card: "Karte", iban: "Rückzahlung auf Konto", note: "Notiz" },
    nouns: "Patientennr.|Behandlungsplan|Zahn|Laborauftrag|Termin|Mietvertrag|Kennzeichen|Pannenauftrag|Kilometerstand|Tank|Abteil|Plombe|Inventar|Kisten|Volumen|Angebot|Seriennr.|Reparaturschein|Teil|Code" },
  { code: "fr", regions: ["FR"], names: [g("FR", "Camille,Théo,Aimé,Constance,Léa,Mathis,Solène", "Lefèvre,Girard,Rousseau,de la Croix,Moreau,Chevalier")],
    words: [["Constance", "avec *constance*"], ["Aimé", "très *aimé* du quartier"]], or: "ou", hi: "Bonjour", thanks: "Merci", rel: ["m:mon fils", "f:ma femme", "f:ma mère", "m:mon frère"],
    intro: ["C'est {P}, mon numéro est le {T}.", "{P}, joignable au {T} après {H}.", "{P} à l'appareil ; rappelez-moi au {T}."], relS: "Si je suis absent, {rel} {R} répond au {T}.", firstS: "{K} figure sur le courrier, mais pour moi : {T}.", bizS: "Pour le dossier : {N} et {N}.",
    labels: { name: "Nom", phone: "Téléphone", email: "Courriel", card: "carte", iban: "remboursement sur le compte", note: "Note" },
    nouns: "n° patient|plan de traitement|dent|bon de labo|rendez-vous|contrat de location|plaque|dépannage|kilométrage|carburant|box|scellé|inventaire|caisses|volume|devis|n° de série|bon de réparation|pièce|code" },
  { code: "es", regions: ["CL", "CO"], names: [g("CL", "Dolores,Soledad,Sol,Consuelo,Catalina,Matías", "González,Muñoz,Rojas,Díaz,Sepúlveda"), g("CO", "Rocío,Sebastián,Valentina,Andrés,Dolores", "Restrepo,Ospina,Cárdenas,Gutiérrez,Londoño")],
    words: [["Dolores", "con *dolores* de muela"], ["Soledad", "la *soledad* del campo"], ["Rocío", "el *rocío* de la mañana"], ["Sol", "mucho *sol* hoy"], ["Consuelo", "un *consuelo* al menos"]], or: "o", hi: "Hola", thanks: "Gracias", rel: ["m:mi hijo", "f:mi señora", "f:mi mamá", "mi pareja"],
    intro: ["Habla {P}, mi número es {T}.", "Escribe {P}; llámeme al {T} en la tarde."], relS: "Si no estoy, contesta {rel} {R} al {T}.", firstS: "{K} está en la carta, pero a mí llámeme al {T}.", bizS: "Para el expediente: {N} y {N}.",
    labels: { name: "Nombre", phone: "Teléfono", email: "Correo", card: "tarjeta", iban: "reembolso a la cuenta", note: "Nota" },
    nouns: "n.º paciente|plan de tratamiento|diente|orden de laboratorio|hora|contrato de arriendo|patente|asistencia en ruta|kilometraje|combustible|bodega|sello|inventario|cajas|volumen|cotización|n.º de serie|orden de reparación|repuesto|clave" },
  { code: "pt", regions: ["BR"], names: [g("BR", "Glória,João,Thiago,Luana,Graça,Vitória,Beatriz", "da Silva,Souza,Oliveira,Pereira,dos Santos,Carvalho")],
    words: [["Glória", "a *glória* do time"], ["Vitória", "foi uma *vitória*"], ["Graça", "de *graça*"]], or: "ou", hi: "Olá", thanks: "Obrigado", rel: ["m:meu filho", "f:minha esposa", "f:minha mãe", "m:meu irmão"],
    intro: ["Aqui é {P}, meu número é {T}.", "Escreve {P}; me liga no {T} à tarde."], relS: "Se eu não estiver, {rel} {R} atende no {T}.", firstS: "{K} está na carta, mas para mim ligue {T}.", bizS: "Para o cadastro: {N} e {N}.",
    labels: { name: "Nome", phone: "Telefone", email: "E-mail", card: "cartão", iban: "reembolso na conta", note: "Observação" },
    nouns: "nº paciente|plano de tratamento|dente|pedido de laboratório|consulta|contrato de locação|placa|socorro|quilometragem|combustível|box|lacre|inventário|caixas|volume|orçamento|nº de série|ordem de serviço|peça|senha" },
  { code: "it", regions: ["IT"], names: [g("IT", "Giulia,Lorenzo,Chiara,Alessandro,Serena,Fortunato", "Rossi,Esposito,Bianchi,Ferrari,di Giacomo,Romano")],
    words: [["Serena", "una giornata *serena*"], ["Fortunato", "un caso *fortunato*"]], or: "oppure", hi: "Buongiorno", thanks: "Grazie", rel: ["m:mio figlio", "f:mia moglie", "f:mia madre", "m:mio fratello"],
    intro: ["Sono {P}, il mio numero è {T}.", "Scrive {P}; mi chiami al {T} nel pomeriggio."], relS: "Se non ci sono, risponde {rel} {R} al {T}.", firstS: "{K} è nella lettera, ma per me chiamate il {T}.", bizS: "Per la pratica: {N} e {N}.",
    labels: { name: "Nome", phone: "Telefono", email: "Email", card: "carta", iban: "rimborso sul conto", note: "Nota" },
    nouns: "n. paziente|piano di cura|dente|ordine laboratorio|appuntamento|contratto di noleggio|targa|soccorso stradale|chilometraggio|carburante|box|sigillo|inventario|casse|volume|preventivo|n. di serie|scheda riparazione|ricambio|codice" },
]
