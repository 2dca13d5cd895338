// Norwegian (Bokmål), Danish, Icelandic, Lithuanian and Latvian.
import type { Locale } from "./types.ts"

const d4 = (lo: number, hi: number) => (r: { int(a: number, b: number): number }) => String(r.int(lo, hi)).padStart(4, "0")

export const NORTH: Locale[] = [
  {
    tag: "nb-NO", country: "NO", iban: ["NO"], spoken: false,
    names: {
      m: ["Ola", "Lars", "Henrik", "Magnus", "Sindre", "Eirik", "Håkon", "Øyvind", "Storm"],
      f: ["Ingrid", "Kari", "Solveig", "Liv", "Marte", "Ragnhild", "Åse", "Tone", "Sol"],
      family: ["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Bakken", "Strand", "Nilsen-Lie", "Dahl", "Solberg", "Østby", "Aas"],
      title: ["herr", "fru"],
    },
    w: {
      hi: ["Hei {given},", "Hallo {given}!", "God morgen {given},"], bye: ["Med vennlig hilsen\n{name}", "Mvh {name}", "Hilsen {name}"], me: ["jeg heter {name}", "dette er {name}"],
      call: ["ring meg på {phone}", "mobilnummeret mitt er {phone}"], call2: ["{phone} eller {phone2}"], mail: ["e-posten min er {email}"], card: ["kortnummer {card}"], iban: ["tilbakebetaling til IBAN {iban}"],
      topic: {
        optician: ["Synstest {date} kl. {time}, ny styrke {lens} på høyre øye.", "Innfatning {sku} sendt til reparasjon, sak {repair}, pris {amount}.", "Linseabonnement {plan} fornyes {date}."],
        staffing: ["Kandidat {cand} leverte timeliste {ts} for uka som sluttet {date}.", "Lønnsreferanse {payref}: {amount} utbetalt {date}.", "Skattekortet har referanse {taxref}."],
        funeral: ["Gravferdsavtale {fplan}, seremoni {date} kl. {time}.", "Kremasjonsregister {reg}, urnenedsettelse i gravfelt {plot}."],
        caravan: ["Sesongplass {pitch} fra {date}, strømmåleren viste {meter}.", "Campingvogn med VIN {vin}, trekkbil {vreg}, ankomst ca. {time}."],
      },
      third: {
        optician: ["Optiker {third} anbefaler ny kontroll om ett år."], staffing: ["Referansen {third} bekreftet ansettelsesperioden.", "Kandidaten {third} starter på mandag."],
        funeral: ["Avdøde {third} skal gravlegges i familiegraven.", "Nærmeste pårørende er {third}."], caravan: ["Campingverten {third} har reservenøkkelen."],
      },
      words: ["Det ble [storm] i natt, så vi sikret forteltene.", "Vi sørger over et langt [liv].", "[Sol] og varme hele helga."],
      agent: ["Du snakker med {agent}."], vm: ["Hei, det er {name} som ringer"], vmcall: ["nummeret mitt er {phone}"], thanks: ["Takk for hjelpen.", "Ha en fin dag."],
      keys: { name: "Navn", first: "Fornavn", last: "Etternavn", phone: "Telefon", email: "E-post", ref: "Ref", date: "Dato", note: "Notat", subject: "Emne", customer: "Kunde", agent: "Saksbehandler", fwd: "---------- Videresendt melding ----------", from: "Fra", to: "Til", sent: "Dato", amount: "Beløp", post: "Postnummer" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} kr", "kr {n}", "NOK {n}"], date: ["d.m.y", "d. M y"], months: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"], clock: "24", post: d4(150, 9990) },
    biz: { optician: ["Fjordsyn Optikk", "fjordsyn.no"], staffing: ["Nordbemanning AS", "nordbemanning.no"], funeral: ["Vestre Begravelsesbyrå", "vestrebyraa.no"], caravan: ["Lofoten Camping og Hytter", "lofotencamping.no"] },
    hosts: ["gmail.com", "online.no", "hotmail.no"],
  },
  {
    tag: "da-DK", country: "DK", iban: ["DK"], spoken: false,
    names: {
      m: ["Mads", "Rasmus", "Søren", "Jens", "Frederik", "Mikkel", "Anders", "Kasper", "Bo"],
      f: ["Mette", "Signe", "Sofie", "Ida", "Maj", "Karen", "Birgitte", "Rosa", "Sol"],
      family: ["Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Kjær", "Møller-Holm", "Østergaard", "Bech"],
      title: ["hr.", "fru"],
    },
    w: {
      hi: ["Hej {given},", "Kære {given},"], bye: ["Venlig hilsen\n{name}", "Mvh. {name}", "Hilsen {name}"], me: ["jeg hedder {name}", "mit navn er {name}"],
      call: ["ring til mig på {phone}", "I kan fange mig på {phone}"], call2: ["{phone} eller {phone2}"], mail: ["min mail er {email}"], card: ["kortnummer {card}"], iban: ["pengene retur til {iban}"],
      topic: {
        optician: ["Synsprøve {date} kl. {time}, ny styrke {lens}.", "Stel {sku} sendt til reparation, sag {repair}, {amount}.", "Linseabonnement {plan} trækkes den {date}."],
        staffing: ["Vikar {cand} har afleveret timeseddel {ts}.", "Lønreference {payref}: {amount} udbetalt {date}.", "Skattereference {taxref} skal rettes."],
        funeral: ["Begravelsesaftale {fplan}, bisættelse {date} kl. {time}.", "Kremeringsregister {reg}, urnegravsted {plot}."],
        caravan: ["Sæsonplads {pitch} fra {date}, elmåler {meter}.", "Campingvogn VIN {vin}, bil {vreg}, ankomst kl. {time}."],
      },
      third: {
        optician: ["Optiker {third} vil se dig igen om et år."], staffing: ["Referencen fra {third} var god.", "Vikaren {third} møder mandag."],
        funeral: ["Afdøde {third} bisættes fra kapellet.", "Pårørende: {third}."], caravan: ["Pladsmand {third} har tjekket stikket."],
      },
      words: ["Vi åbner igen i [maj].", "Der var [sol] hele weekenden.", "Stellet fås også i [rosa]."],
      agent: ["Du taler med {agent}."], vm: ["Hej, det er {name}"], vmcall: ["mit nummer er {phone}"], thanks: ["Tak for hjælpen.", "Hav en god dag."],
      keys: { name: "Navn", first: "Fornavn", last: "Efternavn", phone: "Telefon", email: "E-mail", ref: "Ref.", date: "Dato", note: "Note", subject: "Emne", customer: "Kunde", agent: "Medarbejder", fwd: "---------- Videresendt meddelelse ----------", from: "Fra", to: "Til", sent: "Dato", amount: "Beløb", post: "Postnr." },
    },
    fmt: { dec: ",", thou: ".", money: ["{n} kr.", "kr. {n}", "DKK {n}"], date: ["d.m.y", "d/m-y", "d. M y"], months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"], clock: "dot", post: d4(1050, 9990) },
    biz: { optician: ["Klarsyn Optik", "klarsyn.dk"], staffing: ["Vikarhuset Aarhus", "vikarhuset.dk"], funeral: ["Fyns Bedemandsforretning", "fynsbedemand.dk"], caravan: ["Klitten Camping", "klittencamping.dk"] },
    hosts: ["gmail.com", "mail.dk", "hotmail.dk"],
  },
  {
    tag: "is-IS", country: "IS", iban: ["IS"], spoken: false,
    names: {
      m: ["Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Hrafn", "Stefán"],
      f: ["Guðrún", "Anna", "Sigríður", "Kristín", "Sól", "Björk", "Katrín", "Birta", "Helga"],
      family: ["Jónsson|Jónsdóttir", "Sigurðsson|Sigurðardóttir", "Guðmundsson|Guðmundsdóttir", "Gunnarsson|Gunnarsdóttir", "Ólafsson|Ólafsdóttir", "Einarsson|Einarsdóttir", "Stefánsson|Stefánsdóttir", "Magnússon|Magnúsdóttir", "Helgason|Helgadóttir"],
      title: ["", ""],
    },
    w: {
      hi: ["Góðan dag {given},", "Hæ {given},"], bye: ["Kveðja,\n{name}", "Bestu kveðjur,\n{name}"], me: ["ég heiti {name}", "þetta er {name}"],
      call: ["hringdu í mig í síma {phone}", "síminn minn er {phone}"], call2: ["{phone} eða {phone2}"], mail: ["netfangið mitt er {email}"], card: ["kortanúmer {card}"], iban: ["endurgreiðsla á reikning {iban}"],
      topic: {
        optician: ["Sjónmæling {date} kl. {time}, nýr styrkur {lens}.", "Umgjörð {sku} í viðgerð, verk {repair}, {amount}.", "Linsuáskrift {plan} endurnýjast {date}."],
        staffing: ["Umsækjandi {cand} skilaði tímaskýrslu {ts}.", "Launatilvísun {payref}: {amount} greitt {date}.", "Skattatilvísun {taxref} þarf að uppfæra."],
        funeral: ["Útfararsamningur {fplan}, útför {date} kl. {time}.", "Bálfararskrá {reg}, duftreitur {plot}."],
        caravan: ["Stæði {pitch} frá {date}, rafmagnsmælir {meter}.", "Hjólhýsi með VIN {vin}, bíll {vreg}."],
      },
      third: {
        optician: ["Sjóntækjafræðingurinn {third} vill sjá þig aftur eftir ár."], staffing: ["Meðmælandi {third} staðfesti starfstímann."],
        funeral: ["Hinn látni, {third}, verður jarðsunginn frá Hallgrímskirkju.", "Nánasti aðstandandi er {third}."], caravan: ["Tjaldvörðurinn {third} er með lykilinn."],
      },
      words: ["[Sól] og blíða á tjaldsvæðinu.", "Það er [von] á nýjum umgjörðum.", "Stór [björk] stendur við innganginn."],
      agent: ["Þú ert að tala við {agent}."], vm: ["Góðan dag, þetta er {name}"], vmcall: ["númerið mitt er {phone}"], thanks: ["Takk fyrir.", "Bestu þakkir."],
      keys: { name: "Nafn", first: "Fornafn", last: "Eftirnafn", phone: "Sími", email: "Netfang", ref: "Tilvísun", date: "Dagsetning", note: "Athugasemd", subject: "Efni", customer: "Viðskiptavinur", agent: "Fulltrúi", fwd: "---------- Áframsend skilaboð ----------", from: "Frá", to: "Til", sent: "Dags.", amount: "Upphæð", post: "Póstnúmer" },
    },
    fmt: { dec: ",", thou: ".", money: ["{n} kr.", "ISK {n}"], date: ["d.m.y", "d. M y"], months: ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"], clock: "24", post: (r) => String(r.int(101, 902)) },
    biz: { optician: ["Sjónhús Reykjavíkur", "sjonhus.is"], staffing: ["Vinnuafl ráðningar", "vinnuafl.is"], funeral: ["Útfararþjónusta Suðurlands", "utfor-sudurland.is"], caravan: ["Tjaldsvæðið Laugarvatni", "laugarvatncamp.is"] },
    hosts: ["simnet.is", "gmail.com", "internet.is"],
  },
  {
    tag: "lt-LT", country: "LT", iban: ["LT"], spoken: false,
    names: {
      m: ["Jonas", "Tomas", "Mantas", "Gintaras", "Darius", "Andrius", "Paulius", "Vytautas", "Saulius"],
      f: ["Rasa", "Aušra", "Ieva", "Eglė", "Rūta", "Viltė", "Gabija", "Jurgita", "Indrė"],
      family: ["Kazlauskas|Kazlauskienė", "Petrauskas|Petrauskaitė", "Jankauskas|Jankauskienė", "Žukauskas|Žukauskaitė", "Butkus|Butkienė", "Stankevičius|Stankevičiūtė", "Vasiliauskas|Vasiliauskienė", "Paulauskas|Paulauskienė", "Urbonas|Urbonienė"],
      title: ["ponas", "ponia"],
    },
    w: {
      hi: ["Laba diena, {given},", "Sveiki, {given},"], bye: ["Pagarbiai\n{name}", "Ačiū, {name}"], me: ["mano vardas {name}", "čia {name}"],
      call: ["skambinkite {phone}", "mano numeris {phone}"], call2: ["{phone} arba {phone2}"], mail: ["mano el. paštas {email}"], card: ["kortelės numeris {card}"], iban: ["grąžinkite į sąskaitą {iban}"],
      topic: {
        optician: ["Regėjimo patikra {date} {time}, naujas receptas {lens}.", "Rėmeliai {sku} taisomi, užsakymas {repair}, kaina {amount}.", "Lęšių prenumerata {plan} pratęsiama {date}."],
        staffing: ["Kandidatas {cand} pateikė darbo laiko žiniaraštį {ts}.", "Atlyginimo nuoroda {payref}: {amount} išmokėta {date}.", "Mokesčių nuoroda {taxref} neteisinga."],
        funeral: ["Laidojimo planas {fplan}, laidotuvės {date} {time}.", "Kremavimo registras {reg}, kapavietė {plot}."],
        caravan: ["Sezoninė aikštelė {pitch} nuo {date}, elektros skaitiklis {meter}.", "Kemperio VIN {vin}, automobilis {vreg}."],
      },
      third: {
        optician: ["Optometristė {third} rekomenduoja pakartotinę patikrą."], staffing: ["Rekomendaciją davė {third}."],
        funeral: ["Velionis {third} bus pašarvotas šarvojimo salėje.", "Artimiausias giminaitis: {third}."], caravan: ["Stovyklos prižiūrėtojas {third} turi raktą."],
      },
      words: ["Ryte ant žolės [rasa], tad avėkite batus.", "[Aušra] prie ežero labai graži.", "Mūsų [viltis] – baigti iki penktadienio."],
      agent: ["Jums padeda {agent}."], vm: ["Laba diena, čia {name}"], vmcall: ["mano numeris {phone}"], thanks: ["Ačiū.", "Geros dienos."],
      keys: { name: "Vardas", first: "Vardas", last: "Pavardė", phone: "Telefonas", email: "El. paštas", ref: "Nr.", date: "Data", note: "Pastaba", subject: "Tema", customer: "Klientas", agent: "Operatorius", fwd: "---------- Persiųstas laiškas ----------", from: "Nuo", to: "Kam", sent: "Data", amount: "Suma", post: "Pašto kodas" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} €", "{n} Eur"], date: ["y-m-d", "y.m.d"], months: [], clock: "24", post: (r) => `LT-${r.int(10001, 99999)}` },
    biz: { optician: ["Akių šviesa optika", "akiusviesa.lt"], staffing: ["Darbo jėga LT", "darbojega.lt"], funeral: ["Rimties laidojimo namai", "rimtis.lt"], caravan: ["Kuršių kempingas", "kursiukempingas.lt"] },
    hosts: ["gmail.com", "one.lt", "inbox.lt"],
  },
  {
    tag: "lv-LV", country: "LV", iban: ["LV"], spoken: false,
    names: {
      m: ["Jānis", "Andris", "Mārtiņš", "Kārlis", "Dzintars", "Edgars", "Raimonds", "Artūrs"],
      f: ["Anna", "Laima", "Ilze", "Inese", "Kristīne", "Zane", "Saule", "Līga", "Rasa"],
      family: ["Bērziņš|Bērziņa", "Kalniņš|Kalniņa", "Ozoliņš|Ozoliņa", "Jansons|Jansone", "Liepiņš|Liepiņa", "Krūmiņš|Krūmiņa", "Zariņš|Zariņa", "Vītols|Vītola", "Kļaviņš|Kļaviņa"],
      title: ["", ""],
    },
    w: {
      hi: ["Labdien, {given}!", "Sveiki, {given},"], bye: ["Ar cieņu,\n{name}", "Paldies, {name}"], me: ["mani sauc {name}", "te runā {name}"],
      call: ["zvaniet man uz {phone}", "mans numurs ir {phone}"], call2: ["{phone} vai {phone2}"], mail: ["mans e-pasts ir {email}"], card: ["kartes numurs {card}"], iban: ["atmaksu lūdzu uz kontu {iban}"],
      topic: {
        optician: ["Redzes pārbaude {date} plkst. {time}, jaunā recepte {lens}.", "Ietvars {sku} nodots remontā, pasūtījums {repair}, {amount}.", "Lēcu abonements {plan} atjaunojas {date}."],
        staffing: ["Kandidāts {cand} iesniedza darba laika uzskaiti {ts}.", "Algas atsauce {payref}: {amount} izmaksāts {date}.", "Nodokļu atsauce {taxref} jālabo."],
        funeral: ["Apbedīšanas plāns {fplan}, bēres {date} plkst. {time}.", "Kremācijas reģistrs {reg}, kapavieta {plot}."],
        caravan: ["Sezonas vieta {pitch} no {date}, elektrības skaitītājs {meter}.", "Treilera VIN {vin}, auto {vreg}."],
      },
      third: {
        optician: ["Optometriste {third} iesaka atkārtotu pārbaudi."], staffing: ["Atsauksmi sniedza {third}."],
        funeral: ["Aizgājējs {third} tiks guldīts dzimtas kapos.", "Tuvākais radinieks: {third}."], caravan: ["Kempinga pārzinis {third} pārbaudīja pieslēgumu."],
      },
      words: ["Pasūtījumā ir [Laima] šokolāde.", "[Saule] spīd visu dienu.", "Rīta [rasa] vēl uz zāles."],
      agent: ["Jūs apkalpo {agent}."], vm: ["Labdien, te {name}"], vmcall: ["mans numurs ir {phone}"], thanks: ["Paldies.", "Jauku dienu."],
      keys: { name: "Vārds", first: "Vārds", last: "Uzvārds", phone: "Tālrunis", email: "E-pasts", ref: "Nr.", date: "Datums", note: "Piezīme", subject: "Temats", customer: "Klients", agent: "Operators", fwd: "---------- Pārsūtīta ziņa ----------", from: "No", to: "Kam", sent: "Datums", amount: "Summa", post: "Pasta indekss" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} €", "EUR {n}"], date: ["d.m.y", "y-m-d"], months: [], clock: "24", post: (r) => `LV-${r.int(1001, 5711)}` },
    biz: { optician: ["Redzes centrs Rīga", "redzescentrs.lv"], staffing: ["Darba partneri", "darbapartneri.lv"], funeral: ["Mūžības apbedīšanas birojs", "muzibas.lv"], caravan: ["Jūrmalas kempings", "jurmalaskempings.lv"] },
    hosts: ["inbox.lv", "gmail.com", "apollo.lv"],
  },
]
