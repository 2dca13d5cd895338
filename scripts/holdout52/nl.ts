// The Dutch pack (nl-NL).
import type { Pack } from "./pack.ts"

export const NL: Pack = {
  lang: "nl",
  templates: {
    chat: [
      `
Chatgesprek · {biz} · {date}
IP bezoeker: {ip} · {browser}
[{clock}] {a.given} ({biz}): Goedemiddag, u chat met {a.given}. Waarmee kan ik helpen?
[{clock}] {c.given}: hoi, het gaat over {what}. {issue}
[{clock}] {a.given} ({biz}): Vervelend. Mag ik uw naam en een telefoonnummer?
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Dank u, {c.title}. Ik zie uw dossier: {r1}. {fix}
[{clock}] {c.given}: top, kunt u de bevestiging naar {email} sturen?
[{clock}] {a.given} ({biz}): Is verstuurd. Fijne dag!`,
      `
[{clock}] Medewerker: Welkom bij {biz}, u spreekt met {a.given}.
[{clock}] Klant: Hallo, ik krijg nog {amount} terug voor {n1}
[{clock}] Medewerker: Klopt. Op welk rekeningnummer mogen we het storten?
[{clock}] Klant: {iban}
[{clock}] Klant: nee wacht, liever op deze, die van {p.given}: {ibanx}
[{clock}] Medewerker: Genoteerd. Op naam van?
[{clock}] Klant: {p}
[{clock}] Medewerker: Dank u. Het duurt ongeveer {dur}. Vragen: {bizline}.`,
      `
[{wadate}, {clock}] {c}: Hoi, is dit {biz}? {issue}
[{wadate}, {clock}] {biz}: Hoi {c.given}, met {a.given} 👋 Heeft u het nummer van de sticker ({ld})?
[{wadate}, {clock}] {c}: {nd}
[{wadate}, {clock}] {biz}: Dank je! {fix} {k} van ons team belt u op {phone}.
[{wadate}, {clock}] {c}: wanneer precies? [[name-word:Joost]] mag het weten zeker 😅`,
    ],
    sms: [
      `{biz}: Beste {c.given}, uw afspraak op {date} tussen {time} en {time2} is bevestigd. Ref. {n1}. Vragen? {bizline}`,
      `Hoi, met {c}, graag terugbellen over {n1} op {phone} na {time}. Dank!`,
      `{!jewel}Goedemiddag {c.title}, met {k.given} van {biz}. Ik sta bij nummer {house} maar kan nergens parkeren. Belt u mij even op {kphone}?`,
    ],
    note: [
      `
Dossier {case} | {biz}
Klant: {c.crm}
Geb.datum: {dob} | Postcode: {post}
Tel.: {phone} / {land}
E-mail: {email}
Ref.: {r1}; {r2}
Notitie ({a.initial}, {date}): {issue} {fix}
Toegewezen aan: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – inkomend gesprek {c.caps} over {n1}. {issue} Geb.datum bevestigd {dob}. {fix} Terugbellen op {phone.intl} na {time2}. Doorgezet naar {k.given} (planning).`,
      `
Blokkade klantportaal – {c} ({email})
{ts} inloggen mislukt x5 vanaf {ip4}
{ts2} inloggen mislukt vanaf {ip6}
Klant gebeld op {phone}: alleen het tweede adres is van de klant. Reset door {a.given}; {k.given} controleert {ip4}. App {ver}.`,
    ],
    callback: [
      `
TERUGBELVERZOEK
Naam: {c.tfull}
Nummer: {phone}
Beste moment: {date}, na {time}
Betreft: {r1} – {issue}
Aangenomen door: {a.given} | voor: {k}
?{^rd}`,
      `TB {c.crm} {phone} over {n1} – wil alleen {k.given} spreken, niet voor {time}. {|Voicemail ingesproken.|2x geen gehoor.}`,
      `Graag {c.title} terugbellen op {phone}, anders {a.given} op {aline} {ext}. Gaat over {what}. {fix}`,
    ],
    email: [
      `
Onderwerp: RE: Uw opdracht {n1}

Hoi {a.given},

Bedankt voor je snelle reactie. {issue} Kunnen jullie me voor {time} bellen op {phone}? Op {date} ben ik er niet.

Groet,
{c}
{phone.nat}

Op {date2} schreef {a} <{amail}>:
> {c.dear},
> Bedankt voor uw bericht aan {biz}. {fix}
> Met vriendelijke groet,
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Onderwerp: Terugbetaling {n1}

Geachte heer/mevrouw,

Ik heb {what} op {date} geannuleerd en er is mij een terugbetaling van {amount} beloofd. Graag overmaken naar:
{refund}
Ten name van: {c}

Het IBAN {ibanbad} uit mijn eerste mail klopte niet.
Vragen: {phone}

Met vriendelijke groet,
{c.given}`,
      `
---------- Doorgestuurd bericht ---------
Van: {c} <{email}>
Datum: {date}, {time}
Onderwerp: Klacht {n1}
Aan: {role}
X-Originating-IP: [{ip4}]

{issue} Ik ben al twee keer heen en weer gestuurd tussen {q.given} en jullie kantoor.
Ik verwacht uiterlijk {date2} een telefoontje op {phone}.
{c}

{k.given}, wil jij dit oppakken? Dank, {a.given}`,
    ],
    summary: [
      `
Gesprekssamenvatting (automatisch)
• Beller: {c}
• Medewerker: {a}
• Reden: {issue}
• Uitkomst: {fix}
• Vervolg: {k.given} belt voor {date} terug op {phone}
• Referenties: {r1}, {r2}{%50|, {rd}}`,
      `
Terugbetaling – {date}
Klant: {c.crm} | {email}
Betaling: kaart {masked}, {amount}
Terugbetaling: {amount2} naar {refund}
Akkoord: {k} (teamleider)
Reden: {issue}
?Let op: IBAN {ibanbad} op het formulier was ongeldig (controlegetal).`,
      `
Gesprek {case} – {date} {time} – {mins}
Inkomend van {phone.intl}. Naam gespeld: {c.spell}, ref. {r1}.
Kaart eindigend op {masked}; nieuwe kaart {luhnbad} geweigerd, daarna {card} geaccepteerd (geldig tot {exp}).
{fix} Vervolg: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] medewerker: {~biz} goedemiddag, u spreekt met {a.lgiven}
[00:00:05] beller: ja hallo eh met {c.lower}, ik bel over {~what}
[00:00:11] medewerker: kunt u de achternaam spellen
[00:00:14] beller: {c.lspell}
[00:00:20] medewerker: dank u, en een telefoonnummer
[00:00:23] beller: {phone.said}
[00:00:33] medewerker: en uw geboortedatum
[00:00:35] beller: {sdob}
[00:00:40] beller: {~issue}
[00:00:52] medewerker: oké. {~fix}`,
      `
spreker 1: {~biz}, met {a.lgiven}
spreker 2: hallo, ik bel namens {c.lower}, ik ben {p.lower}
spreker 1: is {c.lgiven} bij u? ik heb even toestemming nodig
spreker 2: ja momentje... {c.lgiven} zegt ja
spreker 1: prima. wat is er aan de hand
spreker 2: {~issue}
spreker 1: op welk nummer kunnen we terugbellen
spreker 2: {phone2.said}`,
      `
medewerker: {~biz} betalingen, met {a.lgiven}
beller: hallo ik wil {|de aanbetaling|het restbedrag} voor {n1} betalen
medewerker: prima, dat is {amount}, zegt u het kaartnummer maar
beller: oké het is {card}
medewerker: en de vervaldatum
beller: {exp}
medewerker: dank u, het is gelukt. de bon gaat naar... is dat nog {email}
beller: ja klopt
medewerker: top, fijne dag {c.lower}`,
    ],
    voicemail: [
      `
Voicemail van {phone.intl} · {date} {time}
"hallo met {c.lower} over {n1} eh {~issue} wilt u me terugbellen op {phone.said} dank u doei"`,
      `
Nieuwe voicemail (uitgeschreven)
Van: {c} <{phone}>
"ja hallo, bericht voor {a.lgiven}... met {c.lgiven} nog een keer... de factuur is {amount} en dat hadden we niet afgesproken... bereikbaar op {land.said} of mail naar {email}"`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: Ons team is er van maandag tot en met vrijdag van {time} tot {time2}. Wachttijd nu: ongeveer {mins}.
[{clock}] Bezoeker: oké bedankt, [[name-word:Joost]] mag weten waarom het zo druk is`],
    sms: [`{!jewel}{biz}: we zijn onderweg, aankomst rond {time}. Ref. {n1}.`, `{biz}: betaling van {amount} ontvangen voor {n1}, kaart {masked}. Dank u!`],
    note: [`Operationele notitie {date}: bus 3 in de garage, opdrachten {n1} en {n3} verplaatst naar {date2}. Onderdelen {track} komen voor {time}. App {ver} uitgerold.`],
    callback: [`Terugbelwachtrij {date} {time}: 9 open, oudste sinds {mins}. Prioriteit: {r1}, {r2}.`],
    email: [`Bedankt voor uw bericht aan {biz}. Ons kantoor is gesloten tot {date}. Vermeld {r1} in uw antwoord.`],
    summary: [`Dagoverzicht {date}: 171 gesprekken, gemiddelde duur {mins}, terugbetalingen {amount}. Dossier {case} geëscaleerd.`],
    transcript: [`ivr: welkom bij {~biz}. we zijn bereikbaar van {time} tot {time2}. druk één voor afspraken.`],
    voicemail: [`Voicemail (anoniem nummer) · {date} {time}
"...hallo? ... het gaat over {n1}... ik bel later nog wel"`],
  },
  biz: {
    stair: {
      what: ["de traplift", "de traplift met bocht", "de stoel op de keldertrap", "de badlift"],
      issue: ["De app accepteert het serienummer {nd} van het plaatje onder de stoel niet.", "De traplift stopt halverwege en piept drie keer.", "De stoel draait boven niet meer.", "De afstandsbediening boven werkt niet meer.", "De rail moet verlengd worden voordat mijn moeder op {date3} uit het ziekenhuis komt.", "Het accu-lampje knippert, ook al heeft hij de hele nacht geladen."],
      fix: ["Inmeting gepland: huidige rail {nspec}, verlenging apart geoffreerd.", "Vervangende afstandsbediening vandaag verstuurd, track & trace {track}.", "Monteur ingepland: laadcontacten reinigen en voetsteunsensor testen.", "Nieuwe draaihendel besteld, plaatsing bij het volgende bezoek.", "Klant geholpen met sleutelschakelaar en reset, lift rijdt weer.", "Inmeting voor de verlenging gepland, offerte volgt.", "Accu's vallen onder garantie, nieuw paar gaat vandaag weg."],
      labels: ["opdracht", "rail", "onderhoudsbezoek", "serienr."],
    },
    cater: {
      what: ["het buffet voor 80 personen", "de bestelling hapjes", "de lunch op kantoor", "de doopviering", "het menu voor het afscheid"],
      issue: ["Mijn bank toont de aanbetaling onder {nd}, maar op uw factuur staat een ander nummer.", "We hebben 74 couverts nodig in plaats van 60 en twee vegan hoofdgerechten.", "Een gast heeft een ernstige notenallergie, dat wil ik op de bestelling hebben.", "Het warme eten kwam lauw binnen en de desserts ontbraken.", "Kunnen we de proeverij naar een doordeweekse avond verzetten?", "De aanbetaling van {amount} is twee keer van mijn kaart afgeschreven."],
      fix: ["Menu {nspec} bevestigd met de keuken, allergenen vermeld.", "Aantal aangepast en keuken ingelicht, nieuwe factuur volgt.", "Allergie genoteerd op bestelling en draaiboek.", "Gedeeltelijke terugbetaling van {small} voor de desserts goedgekeurd.", "Proeverij verzet naar {date3} om {time3}; chef akkoord.", "Dubbele aanbetaling teruggeboekt, binnen {dur} zichtbaar."],
      labels: ["boeking", "menucode", "proeverij", "ref. aanbetaling"],
    },
    cool: {
      what: ["de airco", "de split-unit in de slaapkamer", "de cassette-unit op kantoor", "de buitenunit"],
      issue: ["Ik heb de garantie online geregistreerd en kreeg {nd}, maar de bevestiging kwam nooit.", "De binnenunit druppelt langs de muur.", "Op koelen blaast hij warme lucht en staat er E6.", "De buitenunit ratelt 's nachts en de buren klagen.", "De afstandsbediening geeft het filter aan, ook al hebben we het schoongemaakt.", "Op {date3} is er niemand gekomen voor het onderhoud en ik had vrij genomen."],
      fix: ["Nieuwe ventilatormotor voor de {nspec} besteld.", "Reserve-afstandsbediening verstuurd, track & trace {track}.", "Condensafvoer vrijgemaakt, pomp getest.", "Monteur controleert de koelmiddeldruk; F-gassenlogboek bijgewerkt.", "Trillingsdempers voor de buitenunit besteld.", "Filtermelding op afstand gereset.", "Gemist bezoek als klacht geregistreerd, voorrijkosten van {small} vervallen."],
      labels: ["onderhoudscontract", "model", "F-gassenlogboek", "garantieregistratienr."],
    },
    jewel: {
      what: ["de verlovingsring", "de antieke broche", "de zilveren armband", "de zegelring", "de parelketting"],
      issue: ["De verzekeraar gaf me schadenummer {nd} en wil eerst uw taxatie.", "Een van de pootjes van de verlovingsring zit los en de steen beweegt.", "De gravure op de armband heeft de verkeerde initialen.", "Ik wil de ring van maat 17 naar maat 18 laten zetten.", "Ik wil een [[name-word:roos]] laten graveren op de hanger, kan dat voor {date3}?", "Ik heb een taxatie nodig voor de verzekering na de inbraak."],
      fix: ["Gravure gratis opnieuw, proef {nspec} ter goedkeuring verstuurd.", "Sieraad verzekerd teruggestuurd, track & trace {track}.", "Pootjes opnieuw gezet, steen gecontroleerd.", "Gravure gratis opnieuw, nieuwe proef ter goedkeuring verstuurd.", "Maat aanpassen ingepland in het atelier, klaar over {dur}.", "Nieuwe sluiting gezet en sieraad gereinigd.", "Afspraak voor taxatie gemaakt, rapport volgt over {dur}."],
      labels: ["reparatiezakje", "graveerproef", "taxatierapport", "schadenr."],
    },
  },
  words: { ext: ["toestel"], routing: "bankcode", account: "rekening", branch: "filiaal" },
}
