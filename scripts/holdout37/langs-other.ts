// Nineteen further languages (Serbian twice, in Latin and Cyrillic script).
import type { Lang, Region, WordName, Words } from "./lang-types.ts"

const r = (cc: Region["cc"], places: string, given: string, family: string, domains: string): Region => ({
  cc, places: places.split(","), given: given.split(","), family: family.split(","), domains: domains.split(","),
})
const w = (s: string): Words => {
  const [hi, thanks, callMe, or, name, phone, mobile, email, customer, agent, re, callback, spoke, bye, contact, ext] = s.split("|") as string[]
  return { hi: hi!, thanks: thanks!, callMe: callMe!, or: or!, name: name!, phone: phone!, mobile: mobile!, email: email!, customer: customer!, agent: agent!, re: re!, callback: callback!, spoke: spoke!, bye: bye!, contact: contact!, ext: ext! }
}
const wn = (...xs: string[]): WordName[] => xs.map((x) => { const [name, phrase] = x.split("=") as [string, string]; return { name, phrase } })
const KEY_NAMES = ["Account", "Agreement", "Student ID", "Order"]
const lang = (code: string, regions: Region[], words: string, names: WordName[], iban: string, keys: string, nfd = true): Lang =>
  ({ code, regions, w: w(words), wordNames: names, nfd, iban: iban.split(","), keys: Object.fromEntries(keys.split("|").map((k, i) => [KEY_NAMES[i]!, k])) })

export const OTHERS: Lang[] = [
  lang("nl", [r("NL", "Utrecht,Zwolle,Haarlem", "Roos,Lieve,Fleur,Sanne,Joost,Maarten,Anouk,Thijs,Femke", "van der Linden,de Vries,van den Berg,Bakker,ter Horst,Visser,de Jong-Smit,Mulder", "ziggo.nl,kpnmail.nl,gmail.com"),
    r("BE", "Gent,Leuven,Antwerpen", "Roos,Lieve,Fleur,Wout,Lotte,Jens,Ine,Bram", "Van Damme,De Smet,Claes,Vermeulen,Van den Bossche,Peeters,Goossens", "telenet.be,skynet.be")],
    "Hallo|Bedankt|bel me op|of|Naam|Telefoon|Mobiel|E-mail|klant|Medewerker|Betreft|Graag terugbellen|Gesproken met|Groet|contact|toestel",
    wn("Roos=Er staat een [roos] op het etiket.", "Lieve=[Lieve] groet van het team.", "Fleur=Het pand heeft zijn [fleur] terug."), "NL,BE", "Klantnummer|Huurovereenkomst|Studentnummer|Bestelnummer"),
  lang("sv", [r("SE", "Uppsala,Göteborg,Umeå,Malmö", "Saga,Vilja,Sol,Åsa,Björn,Linnéa,Märta,Göran,Elin", "Lindqvist,Öberg,Åström,Sjöberg,Bergström,Nyström,Häggblom,Ek", "telia.com,gmail.com,bredband.net")],
    "Hej|Tack|ring mig på|eller|Namn|Telefon|Mobil|E-post|kund|Handläggare|Ang.|Ring tillbaka|Pratade med|Hälsningar|kontakt|ankn.",
    wn("Saga=Det låter som en [saga].", "Vilja=Kunden saknar [vilja] att vänta.", "Sol=Det var [sol] hela dagen."), "SE", "Kundnummer|Avtal|Studentnummer|Ordernummer"),
  lang("fi", [r("FI", "Tampere,Oulu,Turku,Jyväskylä", "Onni,Toivo,Satu,Tuuli,Aino,Väinö,Päivi,Jyrki,Heli", "Mäkinen,Virtanen,Häkkinen,Kärkkäinen,Lehtonen,Nieminen,Jääskeläinen,Ahonen", "elisanet.fi,gmail.com,luukku.com")],
    "Hei|Kiitos|soita numeroon|tai|Nimi|Puhelin|Matkapuhelin|Sähköposti|asiakas|Asiakaspalvelija|Aihe|Soittakaa takaisin|Puhuttu|Terveisin|yhteyshenkilö|alanumero",
    wn("Onni=Hyvää [onni] matkaan!", "Toivo=Vielä on [toivo] asian ratkaisusta.", "Satu=Tarina kuulostaa kuin [satu].", "Tuuli=Kova [tuuli] katkaisi yhteyden."), "FI", "Asiakasnumero|Sopimus|Opiskelijanumero|Tilausnumero"),
  lang("pl", [r("PL", "Kraków,Wrocław,Gdańsk,Łódź", "Róża/f,Kalina/f,Jagoda/f,Małgorzata/f,Zbigniew/m,Łukasz/m,Grzegorz/m,Agnieszka/f", "Kowalski/m,Kowalska/f,Wiśniewski/m,Wiśniewska/f,Zieliński/m,Zielińska/f,Nowak,Wójcik,Dąbrowski/m,Dąbrowska/f", "wp.pl,onet.pl,interia.pl")],
    "Dzień dobry|Dziękuję|proszę dzwonić na|lub|Imię i nazwisko|Telefon|Komórka|E-mail|klient|Konsultant|Dot.|Proszę oddzwonić|Rozmowa z|Pozdrawiam|kontakt|wew.",
    wn("Róża=Na kartce była [róża] z logo.", "Kalina=Za płotem rośnie [kalina].", "Jagoda=Jedna [jagoda] w koszyku, reszta zgniła."), "PL", "Nr klienta|Umowa|Nr albumu|Nr zamówienia"),
  lang("cs", [r("CZ", "Brno,Olomouc,Plzeň,Ostrava", "Sláva/m,Zora/f,Věra/f,Jiří/m,Kateřina/f,Tomáš/m,Lucie/f,Přemysl/m", "Novák/m,Nováková/f,Dvořák/m,Dvořáková/f,Černý/m,Černá/f,Procházka/m,Procházková/f,Kučera/m,Kučerová/f", "seznam.cz,email.cz,centrum.cz")],
    "Dobrý den|Děkuji|volejte na|nebo|Jméno|Telefon|Mobil|E-mail|zákazník|Operátor|Věc|Prosím zavolejte zpět|Hovořeno s|S pozdravem|kontakt|linka",
    wn("Sláva=Velká [sláva] to nebyla.", "Zora=Ranní [zora] nad Brnem."), "CZ", "Číslo zákazníka|Smlouva|Studentské číslo|Objednávka"),
  lang("ro", [r("RO", "Cluj-Napoca,Iași,Timișoara,Brașov", "Speranța,Doina,Florin,Ioana,Mihai,Ștefan,Andreea,Bogdan", "Popescu,Ionescu,Constantinescu,Munteanu,Dumitrescu,Țurcanu,Stănescu,Moldoveanu", "yahoo.ro,gmail.com")],
    "Bună ziua|Mulțumesc|sunați-mă la|sau|Nume|Telefon|Mobil|E-mail|client|Operator|Ref.|Vă rog sunați înapoi|Am vorbit cu|Cu stimă|contact|interior",
    wn("Speranța=Clientul și-a pierdut [speranța].", "Doina=Se auzea o [doina] la radio."), "RO", "Cont client|Contract|Număr matricol|Comanda"),
  lang("hr", [r("HR", "Split,Rijeka,Osijek,Zadar", "Nada,Zora,Ruža,Ivana,Krešimir,Dubravka,Tomislav,Željka", "Horvat,Kovačević,Babić,Marić,Jurić,Novaković,Knežević,Vuković", "t-com.hr,gmail.com")],
    "Dobar dan|Hvala|nazovite me na|ili|Ime i prezime|Telefon|Mobitel|E-pošta|korisnik|Djelatnik|Predmet|Molim povratni poziv|Razgovarao s|Lijep pozdrav|kontakt|lokal",
    wn("Nada=Još ima [nada] za rješenje.", "Zora=Kvar je nastao prije [zora].", "Ruža=Na kartici je [ruža]."), "HR", "Broj korisnika|Ugovor|JMBAG|Narudžba"),
  lang("sr", [r("RS", "Novi Sad,Niš,Kragujevac", "Nada,Zora,Vesna,Dragan,Milica,Nemanja,Jelena,Miloš", "Jovanović,Petrović,Nikolić,Đorđević,Stojanović,Ilić,Pavlović,Marković", "gmail.com,eunet.rs")],
    "Dobar dan|Hvala|pozovite me na|ili|Ime i prezime|Telefon|Mobilni|Imejl|korisnik|Operater|Predmet|Molim da me pozovete|Razgovarao sa|Srdačan pozdrav|kontakt|lokal",
    wn("Nada=Ostala je samo [nada].", "Zora=Stigli su pre [zora]."), "RS", "Broj korisnika|Ugovor|Broj indeksa|Porudžbina"),
  lang("sr", [r("RS", "Београд,Нови Сад,Ниш", "Нада,Зора,Весна,Драган,Милица,Немања,Јелена,Милош", "Јовановић,Петровић,Николић,Ђорђевић,Стојановић,Илић,Павловић,Марковић", "gmail.com,mts.rs")],
    "Добар дан|Хвала|позовите ме на|или|Име и презиме|Телефон|Мобилни|Имејл|корисник|Оператер|Предмет|Молим да ме позовете|Разговарао са|Срдачан поздрав|контакт|локал",
    wn("Нада=Остала је само [нада].", "Зора=Стигли су пре [зора]."), "RS", "Број корисника|Уговор|Број индекса|Поруџбина", false),
  lang("el", [r("GR", "Θεσσαλονίκη,Πάτρα,Ηράκλειο", "Ελπίδα/f,Ειρήνη/f,Χαρά/f,Γιώργος/m,Δημήτρης/m,Αικατερίνη/f,Νίκος/m,Σοφία/f", "Παπαδόπουλος/m,Παπαδοπούλου/f,Γεωργίου,Νικολάου,Οικονόμου,Καραγιάννης/m,Καραγιάννη/f,Βλάχος/m,Βλάχου/f", "otenet.gr,gmail.com")],
    "Καλημέρα|Ευχαριστώ|καλέστε με στο|ή|Όνομα|Τηλέφωνο|Κινητό|Email|πελάτης|Υπάλληλος|Θέμα|Παρακαλώ καλέστε πίσω|Μίλησα με|Με εκτίμηση|επαφή|εσωτ.",
    wn("Ελπίδα=Υπάρχει ακόμα [ελπίδα] για λύση.", "Ειρήνη=Θέλουμε [ειρήνη] με τους γείτονες.", "Χαρά=Μεγάλη [χαρά] μας."), "GR", "Αρ. πελάτη|Συμβόλαιο|Αρ. μητρώου|Παραγγελία"),
  lang("tr", [r("TR", "İzmir,Bursa,Ankara,Eskişehir", "Umut,Deniz,Güneş,Yıldız,Barış,Şükrü,Gülşen,Çağla,Oğuz", "Yılmaz,Şahin,Öztürk,Çelik,Aydın,Güler,Kılıç,Doğan", "hotmail.com,gmail.com,yandex.com.tr")],
    "Merhaba|Teşekkürler|beni şu numaradan arayın|veya|Ad Soyad|Telefon|Cep|E-posta|müşteri|Temsilci|Konu|Lütfen geri arayın|Görüşülen|Saygılarımla|iletişim|dahili",
    wn("Umut=Hâlâ [umut] var.", "Deniz=Ofis [deniz] kenarında.", "Güneş=Bugün [güneş] açtı.", "Barış=Komşularla [barış] sağlandı."), "TR", "Müşteri no|Sözleşme|Öğrenci no|Sipariş"),
  lang("et", [r("EE", "Tartu,Pärnu,Narva,Viljandi", "Kaja,Laine,Mari,Tõnu,Jüri,Kädi,Märt,Helle", "Tamm,Saar,Mägi,Kask,Pärn,Õunapuu,Rebane,Sepp", "hot.ee,gmail.com,mail.ee")],
    "Tere|Aitäh|helistage mulle|või|Nimi|Telefon|Mobiil|E-post|klient|Teenindaja|Teema|Palun helistage tagasi|Rääkisin|Lugupidamisega|kontakt|lisanumber",
    wn("Kaja=Toas oli tugev [kaja].", "Laine=Suur [laine] ujutas tee üle."), "EE", "Kliendi nr|Leping|Matrikli nr|Tellimus"),
  lang("is", [r("IS", "Akureyri,Reykjavík,Selfoss", "Sól/f,Björk/f,Dögg/f,Guðrún/f,Sigurður/m,Þórdís/f,Ólafur/m,Hrafn/m", "Jónsdóttir/f,Sigurðsson/m,Ólafsdóttir/f,Gunnarsson/m,Þórsdóttir/f,Einarsson/m", "simnet.is,gmail.com")],
    "Halló|Takk|hringdu í|eða|Nafn|Sími|Farsími|Netfang|viðskiptavinur|Þjónustufulltrúi|Efni|Vinsamlegast hringið til baka|Talaði við|Kveðja|tengiliður|innanhúss",
    wn("Sól=Það var [sól] allan daginn.", "Björk=Stór [björk] féll á línuna."), "IS", "Viðskiptanúmer|Samningur|Nemendanúmer|Pöntun"),
  lang("uk", [r("UA", "Львів,Харків,Одеса,Дніпро", "Надія/f,Віра/f,Любов/f,Олександр/m,Юлія/f,Андрій/m,Оксана/f,Тарас/m", "Шевченко,Коваленко,Бондаренко,Ткаченко,Кравчук,Мельник,Гнатюк,Литвиненко", "ukr.net,gmail.com,i.ua")],
    "Добрий день|Дякую|телефонуйте на|або|ПІБ|Телефон|Мобільний|Ел. пошта|клієнт|Оператор|Тема|Просимо передзвонити|Розмова з|З повагою|контакт|дод.",
    wn("Надія=Є [надія] на швидке рішення.", "Віра=Клієнт втратив [віра] у сервіс.", "Любов=Це [любов] до тварин."), "UA", "Особовий рахунок|Договір|Номер студента|Замовлення"),
  lang("de", [r("AT", "Graz,Linz,Innsbruck,Salzburg", "Ernst,Wolf,Rosa,Jürgen,Anneliese,Günther,Lena,Kathrin", "Gruber,Huber,Pichler,Moser,Steiner,Hofer,Leitner,Weißenböck", "gmx.at,aon.at,a1.net")],
    "Grüß Gott|Danke|rufen Sie mich an unter|oder|Name|Telefon|Handy|E-Mail|Kunde|Sachbearbeiterin|Betreff|Bitte um Rückruf|Gesprochen mit|Liebe Grüße|Kontakt|DW",
    wn("Ernst=Die Lage ist [ernst].", "Wolf=Der Hund sieht aus wie ein [Wolf].", "Rosa=Die Rechnung ist [rosa] markiert."), "AT", "Kundennummer|Mietvertrag|Matrikelnummer|Bestellung"),
  lang("fr", [r("FR", "Lyon,Nantes,Lille,Rennes", "Rose,Constance,Marine,Violette,Amélie,Jérôme,Hélène,François", "Lefèvre,Dubois,Gérard,Mercier,de la Fontaine,Rousseau,Faure,Girard", "orange.fr,free.fr,laposte.net")],
    "Bonjour|Merci|rappelez-moi au|ou|Nom|Tél.|Portable|Courriel|client|Conseiller|Objet|Merci de rappeler|Échange avec|Cordialement|contact|poste",
    wn("Rose=Le formulaire est [rose] pâle.", "Constance=Il faut de la [constance] avec ce dossier.", "Marine=Une veste bleu [marine] oubliée.", "Violette=Une [violette] dessinée sur le ticket."), "FR", "N° client|Contrat|N° étudiant|Commande"),
  lang("es", [r("ES", "Valencia,Sevilla,Bilbao", "Esperanza,Luz,Pilar,Consuelo,Íñigo,Begoña,Álvaro,Nuria", "García,Martínez,Fernández,de la Torre,Muñoz,Iglesias,Sáez-Ortega", "telefonica.net,gmail.com"),
    r("CO", "Medellín,Cali,Bogotá", "Esperanza,Luz,Yeison,Dayana,Andrés,Marisol", "Restrepo,Ospina,Giraldo,Cárdenas,Londoño,Zuluaga", "hotmail.com,gmail.com"),
    r("CL", "Valparaíso,Concepción,Santiago", "Consuelo,Pilar,Matías,Javiera,Benjamín,Catalina", "Muñoz,Rojas,Soto,Contreras,Sepúlveda,Fuentealba", "gmail.com,vtr.net")],
    "Hola|Gracias|llámame al|o|Nombre|Teléfono|Móvil|Correo|cliente|Agente|Asunto|Por favor devolver llamada|Hablé con|Saludos|contacto|ext.",
    wn("Esperanza=Aún hay [esperanza] de arreglarlo.", "Luz=Se fue la [luz] en la oficina.", "Pilar=El [pilar] del portón está roto.", "Consuelo=Es un [consuelo] saberlo."), "ES", "N.º cliente|Contrato|Código estudiante|Pedido"),
  lang("pt", [r("BR", "Belo Horizonte,Curitiba,Recife,Campinas", "Vitória,Graça,Flor,João,Conceição,Thiago,Luíza,Sebastião", "Silva,Souza,Gonçalves,Araújo,dos Santos,Magalhães,Conceição-Ribeiro,Brandão", "uol.com.br,bol.com.br,gmail.com")],
    "Olá|Obrigado|me liga no|ou|Nome|Telefone|Celular|E-mail|cliente|Atendente|Assunto|Favor retornar a ligação|Falei com|Abraços|contato|ramal",
    wn("Vitória=Foi uma [vitória] resolver isso.", "Graça=Achei [graça] na história.", "Flor=Tem uma [flor] no logo."), "BR", "Nº cliente|Contrato|Matrícula|Pedido"),
  lang("it", [r("IT", "Bologna,Torino,Bari,Verona", "Gioia,Serena,Felice,Chiara,Niccolò,Raffaella,Gianluca,Ludovica", "Rossi,Bianchi,Esposito,di Giovanni,Ferrari,Colombo,De Luca,Romano", "libero.it,virgilio.it,gmail.com")],
    "Buongiorno|Grazie|chiamatemi al|oppure|Nome|Tel.|Cellulare|E-mail|cliente|Operatore|Oggetto|Si prega di richiamare|Parlato con|Cordiali saluti|contatto|int.",
    wn("Gioia=Che [gioia] ricevere la notizia.", "Serena=Una giornata [serena].", "Felice=Il cliente è [felice] del servizio.", "Chiara=La fattura è [chiara]."), "IT", "Codice cliente|Contratto|Matricola|Ordine"),
]
