// Dutch (Netherlands): chat, notitie, terugbelverzoek, e-mail met citaat, gesprekssamenvatting, transcriptie.
import type { Pack } from "./pack.ts"

export const NL: Pack = {
  lang: "nl",
  titles: { f: ["mevrouw", "mevr.", "Mevrouw"], m: ["meneer", "dhr.", "de heer"] },
  phrases: {
    paycard: ["creditcard {card}, geldig tot {expiry}", "kaart {card} ({expiry})"],
    payiban: ["IBAN {iban}", "terugstorten op IBAN {iban}", "mijn rekening: {iban}"],
    badcard: ["de kaart {luhnbad} werd geweigerd", "betaling met {luhnbad} ging niet door"],
    badiban: ["het IBAN {ibanbad} is volgens de bank ongeldig", "IBAN {ibanbad} afgewezen (tikfout?)"],
    hi: ["Hoi", "Hallo", "Goedemiddag", "Goedemorgen"],
    bye: ["Met vriendelijke groet", "Groetjes", "Alvast bedankt", "Mvg"],
    um: ["eh", "uhm", "nou"],
    sayok: ["oké", "prima", "top", "ja"],
    nw: ["De [[name-word:roos]] op de gevel is nieuw geschilderd.", "Het [[name-word:iris]]-logo staat op de bon.", "Op de verpakking staat een [[name-word:roos]].", "[[name-word:Joost]] mag weten waarom het zo lang duurde.", "De [[name-word:iris]] van het logo is paars."],
  },
  biz: {
    sleep: {
      longline: ["Financieringscontract {long}"],
      item: ["matras", "boxspring", "topper"],
      issue: ["mijn matras zou op {date} komen maar er kwam niemand, bestelling {ref}", "de topper van bestelling {ref} kwam met een scheur in de hoes", "ik wil het matras binnen de 100 nachten proefslapen terugsturen, bestelling {ref}", "jullie hebben {amount} twee keer afgeschreven, bestelling {ref}", "mijn financieringscontract {long} toont een verkeerd saldo"],
      nissue: ["levering {ref} van {date} gemist", "retour proefslapen, {ref}, ophalen inplannen", "hoes beschadigd, art. {n.mattress-sku}", "dubbele afschrijving {amount} op {ref}", "financiering {long}: saldo onjuist"],
      sissue: ["het matras is nooit gekomen dat zou op {dsaid} komen", "ik wil het matras terugsturen het is te hard", "de hoes is gescheurd"],
      fix: ["levering opnieuw ingepland op {date2} tussen {time} en {time2}", "retour {n.trial-return} aangemaakt, de vervoerder belt u", "nieuwe hoes ({n.mattress-sku}) verstuurd, track & trace {track}", "de dubbele betaling van {amount} wordt binnen {dur} teruggestort"],
      visit: ["de levering", "het ophalen"],
      ops: ["rit 3 vervalt, leveringen vanaf {ts} verschoven; {n.mattress-sku} pas op {date2} weer op voorraad"],
    },
    physio: {
      longline: ["Machtigingsnummer verzekeraar {long}"],
      item: ["afspraak", "intake", "sportmassage"],
      issue: ["ik moet mijn afspraak van {date} verzetten, ref. {ref}", "ik heb {amount} betaald voor een afgezegde behandeling", "mijn verzekeraar wil het machtigingsnummer {long} op de factuur", "mijn knie is erger sinds de laatste behandeling", "de link naar oefenschema {n.exercise-plan} werkt niet"],
      nissue: ["afspraak {ref} van {date} verzetten", "no-show tarief {amount} betwist", "machtiging {long} op {n.physio-invoice} zetten", "pijn na behandeling, fysio belt terug", "oefenschema {n.exercise-plan} opnieuw gestuurd"],
      sissue: ["ik moet de afspraak van {dsaid} verzetten", "mijn schouder is erger geworden", "de verzekering wil een nummer op de factuur"],
      fix: ["verzet naar {date2} om {time} bij {t.first}", "no-show tarief kwijtgescholden", "factuur {n.physio-invoice} opnieuw gemaakt met machtigingsnummer", "controle van {mins} ingepland bij {t.full}"],
      visit: ["de afspraak", "de behandeling"],
      ops: ["ruimte 2 dicht op {date2}, behandelingen verplaatst; oefenschema {n.exercise-plan} bijgewerkt"],
    },
    windows: {
      longline: ["Garantiecertificaat {long}"],
      item: ["schuifpui", "voordeur", "kunststof kozijn"],
      issue: ["de monteurs hebben een kier bij de schuifpui gelaten, offerte {ref}", "er zit condens tussen de ruiten van het keukenraam", "ik moet de inmeetafspraak {n.survey-ref} verzetten", "de klink van de voordeur is afgebroken, garantie {long}", "mijn aanbetaling van {amount} staat niet op offerte {ref}"],
      nissue: ["HR++ ruit lek, garantie {long}", "inmeten {n.survey-ref} verzetten", "tocht na montage, {ref}", "aanbetaling {amount} ontbreekt op {ref}", "maat {n.frame-size} verkeerd besteld"],
      sissue: ["er zit mist tussen het glas", "de monteurs hebben een gat bij de deur gelaten", "de klink is eraf gebroken"],
      fix: ["servicebezoek op {date2} tussen {time} en {time2}", "nieuwe ruit {n.frame-size} besteld, levertijd {dur}", "inmeten met {t.first} op {date2}", "aanbetaling van {amount} op offerte {ref} geboekt"],
      visit: ["het inmeten", "de montage"],
      ops: ["glasleverancier {dur} vertraagd, maten {n.frame-size} geraakt vanaf {ts}"],
    },
    dry: {
      longline: ["Klantenkaart {long}"],
      item: ["pak", "trouwjurk", "dekbed"],
      issue: ["mijn pak is terug maar de vlek zit er nog, bon {ref}", "ik kan de bon van mijn jurk niet vinden", "er mist een knoop aan mijn colbert, bon {ref}", "de zoom van mijn broek is 2 cm te kort", "ik heb het dekbed voor {date} nodig"],
      nissue: ["klantenkaart {long} niet gestempeld", "vlek niet weg, {ref}", "bon kwijt, kledingstuk op rek {n.rack-slot}", "knoop kwijt, {ref}", "zoom te kort, opnieuw", "spoed voor {date}, zakelijk account {n.corporate-account}"],
      sissue: ["de vlek zit er nog steeds", "ik ben de bon kwijt", "er mist een knoop"],
      fix: ["wordt gratis opnieuw gereinigd, klaar op {date2}", "hangt op rek {n.rack-slot}, klaar om op te halen", "{t.first} maakt de zoom opnieuw voor {date2}", "we schrijven {amount} bij op account {n.corporate-account}"],
      visit: ["het ophalen", "het passen"],
      ops: ["pers 2 kapot sinds {ts}, rek {n.rack-slot} vol, ophalen verschoven naar {date2}"],
    },
  },
  kinds: {
    chat: [
      `{clock} {a.first}: Hoi! Je spreekt met {a.first} van {brand} {emo} Waarmee kan ik helpen?
{clock} Klant: hoi, {issue}
{clock} {a.first}: Vervelend! Mag ik je naam en telefoonnummer?
{clock} Klant: {c.lc}, {c.phone}
{clock} {a.first}: Dank je, {c.first}. {^fix}.
{clock} Klant: oke top {emo}`,
      `[{date} {clock}] {c.full}: {hi} {emo} {issue}
[{date} {clock}] {brand}: Hoi {c.first}, met {a.first}. Kun je je e-mailadres en postcode sturen?
[{date} {clock}] {c.full}: {c.email} en {post}
[{date} {clock}] {brand}: Dank! {^fix}. {nw}`,
      `Chat · {brand} · bezoeker-IP {ip} · {browser}
{clock} Bezoeker: hoi kan ik het restbedrag van {ref} hier betalen? {amount}
{clock} {a.full}: Zet liever geen bankgegevens in de chat, ik stuur een betaallink.
{clock} Bezoeker: te laat 🙈 {pay}
{clock} {a.full}: Geen probleem, het is afgeschermd. De link gaat naar {c.email}.
{clock} Bezoeker: dank, ik ben {c.first}. als ik niet opneem: {p.first} op {p.phone}`,
    ],
    note: [
      `{date} {time} {a.init}: klant {c.full} belt over {nissue}. Geverifieerd (geb.datum {dob}, postcode {post}). {^fix}. Terugbellen op {c.phone}. {nw}`,
      `Dossier {case} | {brand} | {date}
Klant: {c.lastcomma}
E-mail: {c.email}
Tel.: {c.phone} / vast {c.land}
Adres: Dorpsstraat {house}, {post}
Reden: {nissue}
Actie: {^fix}
Terugbetaling naar: {iban}
{longline}
{badpay}
Medewerker: {a.first}`,
      `{ts} account geblokkeerd: {c.full} ({c.email}), 5 mislukte pogingen vanaf {ip} en {ip6}, app {ver}. Resetlink gestuurd, geldig {mins}. {a.init}`,
    ],
    callback: [
      `TERUGBELVERZOEK {date} {time}
Naam: {c.titlefull}
Bereikbaar: {c.phone} (mobiel) of {c.land} na {time2}
Onderwerp: {nissue}
Ref.: {ref}
{longline}
Aangenomen door: {a.first}`,
      `{c.title} terugbellen op {c.phone} voor {time} — {nissue}. {p.first} neemt misschien op. Voicemail ingesproken op {date}. {a.first}`,
      `Terugbellen voor {t.full} (centrale {bizphone}): {c.full} wil gebeld worden over {nissue}. Geen gehoor op {c.phone} om {time}, opnieuw op {date}.`,
    ],
    email: [
      `Onderwerp: RE: Bestelling {ref}

{hi} {a.first},

{issue}. Ik wacht al sinds {date} en het begint me wel te irriteren.

Kunnen jullie me bellen op {c.phone}? Na {time} ben ik thuis.

{bye}
{c.full}

Op {date2} schreef {a.full} <{a.email}>:
> Beste {c.title},
> Bedankt voor je bericht. {^fix}.
> Met vriendelijke groet,
> {a.first} | {brand} | {bizphone} | {role}`,
      `Geachte {c.title},

Naar aanleiding van uw telefoontje bevestigen wij: {fix}.

Uw referentie is {ref}. Heeft u vragen, beantwoord dan deze e-mail of bel {bizphone}.

{nw}

Met vriendelijke groet,
{a.full}
Klantenservice {brand}
{a.email}`,
      `Van: {c.full} <{c.email}>
Aan: {role2}
Onderwerp: terugbetaling {ref}

Hallo,

{issue}. Graag terugstorten op:
{pay}

Tel. {c.phone}

{c.first}`,
    ],
    summary: [
      `Gesprekssamenvatting {date} {time}, duur {mins}
Beller: {c.full} ({c.phone})
Medewerker: {a.full}
Reden: {nissue}
Uitkomst: {^fix}
Bevestiging gestuurd naar {c.email} (cc {role}). Dossier {case}.`,
      `AI-samenvatting ({ver})
• {^c.titlefull} belt over {ref}.
• Probleem: {nissue}.
• Oplossing: {^fix}.
• Contact: {c.email}, {c.phone2}`,
      `{^c.titlefull} belde op {date}: {issue}. Afgesproken: {fix}. {^badpay}. Contact via {c.email} of {c.phone}. {nw}`,
    ],
    transcript: [
      `[{off}] MEDEWERKER: {brandlc} goedemiddag u spreekt met {a.lcfirst} waarmee kan ik helpen
[{off}] BELLER: ja hallo {um} met {c.lc} {um} {sissue}
[{off}] MEDEWERKER: {sayok} op welk nummer kan ik u bereiken
[{off}] BELLER: {c.said}
[{off}] MEDEWERKER: dank u dus {fix}
[{off}] BELLER: top dank u wel`,
      `Voicemail · van {c.phone} · {date} {time} · getranscribeerd
"ja hallo met {c.lcfirst} {um} over {visit} van {dsaid} {um} kunt u mij terugbellen op {c.said} dank u"`,
      `Spreker 1: {brandlc} met {a.lcfirst}
Spreker 2: ja {um} ik bel voor {c.lc} ik ben {p.lcfirst}
Spreker 1: {sayok} waar gaat het over
Spreker 2: {sissue}
Spreker 1: {c.lcfirst} kan ons terugbellen op {bizphone}
Spreker 2: {sayok} of bel mij op {p.said}`,
    ],
  },
  bare: {
    chat: [`{clock} Bezoeker: bezorgen jullie ook in {post}?
{clock} Medewerker: Ja, meestal binnen {dur}. Verzenden kost {amount}.
{clock} Bezoeker: dank {emo}`],
    note: [`Operationele notitie {date}: {ops}. {nw}`],
    callback: [`Terugbellijst {date}: 6 open, oudste van {time}. Veel vragen over levertijden ({dur}).`],
    email: [`Onderwerp: Uw dossier {case}

Bedankt voor uw bericht aan {brand}. We reageren binnen {dur}. Houd uw referentie {ref} bij de hand.`],
    summary: [`Samenvatting {date}: beller gaf geen naam, algemene vraag over prijzen ({amount}) en levertijd ({dur}). Geen actie.`],
    transcript: [`[{off}] KEUZEMENU: welkom bij {brandlc}
[{off}] BELLER: {um} openingstijden
[{off}] KEUZEMENU: we zijn open vanaf {time} blijf aan de lijn`],
  },
}
