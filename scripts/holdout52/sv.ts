// The Swedish pack (sv-SE).
import type { Pack } from "./pack.ts"

export const SV: Pack = {
  lang: "sv",
  templates: {
    chat: [
      `
Chattlogg · {biz} · {date}
Besökarens IP: {ip} · {browser}
[{clock}] {a.given} ({biz}): Hej, du chattar med {a.given}. Vad kan jag hjälpa till med?
[{clock}] {c.given}: hej, det gäller {what}. {issue}
[{clock}] {a.given} ({biz}): Tråkigt att höra. Kan jag få ditt namn och ett telefonnummer?
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Tack {c.given}. Jag ser ärendet: {r1}. {fix}
[{clock}] {c.given}: toppen, kan ni skicka bekräftelsen till {email}?
[{clock}] {a.given} ({biz}): Skickat. Ha en bra dag!`,
      `
[{clock}] Handläggare: Välkommen till {biz}, jag heter {a.given}.
[{clock}] Kund: Hej, jag ska få tillbaka {amount} för {n1}
[{clock}] Handläggare: Stämmer. Vilket konto ska vi sätta in det på?
[{clock}] Kund: {iban}
[{clock}] Kund: nej vänta, hellre det här: {ibanx}
[{clock}] Handläggare: Noterat. Kontoinnehavare?
[{clock}] Kund: {p}
[{clock}] Handläggare: Tack. Det tar ungefär {dur}. Frågor: {bizline}.`,
      `
[{wadate} {clock}] {c}: Hej, är det {biz}? {issue}
[{wadate} {clock}] {biz}: Hej {c.given}, {a.given} här 👋 Har du numret från klistermärket ({ld})?
[{wadate} {clock}] {c}: {nd}
[{wadate} {clock}] {biz}: Tack! {fix} {k} i vårt team ringer dig på {phone}.
[{wadate} {clock}] {c}: tack, jag skulle [[name-word:vilja]] ha en tid efter lunch`,
    ],
    sms: [
      `{biz}: Hej {c.given}, ditt besök {date} mellan {time} och {time2} är bekräftat. Ref. {n1}. Frågor? {bizline}`,
      `Hej, det är {c}, ring mig gärna om {n1} på {phone} efter {time}. Tack!`,
      `{!jewel}Hej {c.given}, {k.given} från {biz} här. Jag står utanför nummer {house} men hittar ingen parkering. Kan du ringa mig på {kphone}?`,
    ],
    note: [
      `
Ärende {case} | {biz}
Kund: {c.crm}
Födelsedatum: {dob} | Postnr: {post}
Tel: {phone} / {land}
E-post: {email}
Ref.: {r1}; {r2}
Anteckning ({a.initial}, {date}): {issue} {fix}
Tilldelad: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – inkommande samtal från {c.caps} om {n1}. {issue} Bekräftat födelsedatum {dob}. {fix} Vill bli uppringd på {phone.intl} efter {time2}. Skickat till {k.given} (planering).`,
      `
Spärrat kundkonto – {c} ({email})
{ts} misslyckad inloggning x5 från {ip4}
{ts2} misslyckad inloggning från {ip6}
Ringde kunden på {phone}: bara den andra adressen är kundens. Återställt av {a.given}; {k.given} kollar {ip4}. App {ver}.`,
    ],
    callback: [
      `
ÅTERUPPRINGNING
Namn: {c}
Nummer: {phone}
Bäst: {date}, efter {time}
Gäller: {r1} – {issue}
Tagen av: {a.given} | till: {k}
?{^rd}`,
      `Ring {c.crm} {phone} om {n1} – vill bara prata med {k.given}, inte före {time}. {|Lämnat röstmeddelande.|Inget svar x2.}`,
      `Ring upp {c} på {phone}, annars {a.given} på {aline} {ext}. Gäller {what}. {fix}`,
    ],
    email: [
      `
Ämne: SV: Din beställning {n1}

Hej {a.given},

Tack för snabbt svar. {issue} Kan ni ringa mig på {phone} före {time}? Den {date} är jag bortrest.

Hälsningar
{c}
{phone.nat}

Den {date2} skrev {a} <{amail}>:
> {c.dear},
> Tack för att du kontaktade {biz}. {fix}
> Vänliga hälsningar
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Ämne: Återbetalning {n1}

Hej,

Jag avbokade {what} den {date} och blev lovad en återbetalning på {amount}. Sätt in den på:
{refund}
Kontoinnehavare: {c}

IBAN-numret {ibanbad} i mitt första mejl var fel.
Frågor: {phone}

Hälsningar
{c.given}`,
      `
---------- Vidarebefordrat meddelande ---------
Från: {c} <{email}>
Datum: {date}, {time}
Ämne: Klagomål {n1}
Till: {role}
X-Originating-IP: [{ip4}]

{issue} Jag har redan skickats fram och tillbaka mellan {q.given} och ert kontor två gånger.
Jag förväntar mig ett samtal på {phone} senast {date2}.
{c}

{k.given}, kan du ta den här? Tack, {a.given}`,
    ],
    summary: [
      `
Samtalssammanfattning (automatisk)
• Uppringare: {c}
• Handläggare: {a}
• Anledning: {issue}
• Resultat: {fix}
• Uppföljning: {k.given} ringer {phone} senast {date}
• Referenser: {r1}, {r2}{%50|, {rd}}`,
      `
Återbetalning – {date}
Kund: {c.crm} | {email}
Betalning: kort {masked}, {amount}
Återbetalning: {amount2} till {refund}
Godkänd av: {k} (teamledare)
Anledning: {issue}
?Obs: IBAN {ibanbad} i formuläret var ogiltigt (kontrollsiffror).`,
      `
Samtal {case} – {date} {time} – {mins}
Inkommande från {phone.intl}. Namnet bokstaverat: {c.spell}, ref. {r1}.
Kort som slutar på {masked}; nytt kort {luhnbad} nekades, sedan godkändes {card} (giltigt t.o.m. {exp}).
{fix} Nästa: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] handläggare: {~biz} hej, du pratar med {a.lgiven}
[00:00:05] kund: ja hej eh det är {c.lower}, jag ringer om {~what}
[00:00:11] handläggare: kan du bokstavera efternamnet
[00:00:14] kund: {c.lspell}
[00:00:20] handläggare: tack, och ett telefonnummer
[00:00:23] kund: {phone.said}
[00:00:33] handläggare: och födelsedatum
[00:00:35] kund: {sdob}
[00:00:40] kund: {~issue}
[00:00:52] handläggare: okej. {~fix}`,
      `
talare 1: {~biz}, {a.lgiven}
talare 2: hej, jag ringer åt {c.lower}, jag heter {p.lower}
talare 1: är {c.lgiven} med dig? jag behöver ett okej
talare 2: ja vänta... {c.lgiven} säger ja
talare 1: bra. vad har hänt
talare 2: {~issue}
talare 1: vilket nummer når vi dig på
talare 2: {phone2.said}`,
      `
handläggare: {~biz} betalningar, {a.lgiven}
kund: hej jag vill betala {|handpenningen|resten} för {n1}
handläggare: absolut, det blir {amount}, läs upp kortnumret när du är redo
kund: okej det är {card}
handläggare: och giltighetstid
kund: {exp}
handläggare: tack, det gick igenom. kvittot går till... är det fortfarande {email}
kund: ja precis
handläggare: toppen, ha det bra {c.lower}`,
    ],
    voicemail: [
      `
Röstmeddelande från {phone.intl} · {date} {time}
”hej det är {c.lower} om {n1} eh {~issue} ring mig på {phone.said} tack hej då”`,
      `
Nytt röstmeddelande (transkriberat)
Från: {c} <{phone}>
”ja hej, meddelande till {a.lgiven}... det är {c.lgiven} igen... fakturan var på {amount}, det var inte det vi kom överens om... jag nås på {land.said} eller mejl {email}”`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: Vi finns här måndag till fredag {time}–{time2}. Väntetid just nu: cirka {mins}.
[{clock}] Besökare: ok tack, jag skulle [[name-word:vilja]] bli uppringd i stället`],
    sms: [`{!jewel}{biz}: vi är på väg och kommer runt {time}. Ref. {n1}. Pris 450 kr [[name-word:per]] timme.`, `{biz}: betalning på {amount} mottagen för {n1}, kort {masked}. Tack!`],
    note: [`Driftnotering {date}: bil 3 på verkstad, jobb {n1} och {n3} flyttade till {date2}. Delar {track} kommer före {time}. App {ver} utrullad.`],
    callback: [`Kö för återuppringning {date} {time}: 9 väntar, äldsta sedan {mins}. Prioritet: {r1}, {r2}.`],
    email: [`Tack för ditt mejl till {biz}. Kontoret är stängt till {date}. Ange {r1} i ditt svar.`],
    summary: [`Dagssammanfattning {date}: 139 samtal, snittid {mins}, återbetalningar {amount}. Ärende {case} eskalerat.`],
    transcript: [`ivr: välkommen till {~biz}. vi har öppet {time} till {time2}. tryck ett för att boka tid.`],
    voicemail: [`Röstmeddelande (dolt nummer) · {date} {time}
”...hallå? ... det gäller {n1}... jag ringer senare”`],
  },
  biz: {
    stair: {
      what: ["trapphissen", "den svängda trapphissen", "stolen i källartrappan", "badkarslyften"],
      issue: ["Appen godkänner inte serienumret {nd} från skylten under sätet.", "Trapphissen stannar halvvägs och piper tre gånger.", "Sätet går inte att vrida längre där uppe.", "Fjärrkontrollen på övervåningen har slutat fungera.", "Skenan måste förlängas innan mamma kommer hem från sjukhuset den {date3}.", "Batterilampan blinkar fast den har laddat hela natten."],
      fix: ["Inmätning bokad: nuvarande skena {nspec}, förlängningen offereras separat.", "Ny fjärrkontroll skickad i dag, spårningsnr {track}.", "Tekniker bokad: rengöra laddkontakter och testa fotstödssensorn.", "Ny vridspak beställd, monteras vid nästa besök.", "Kunden guidad genom nyckeln och återställningen, hissen går igen.", "Inmätning för förlängningen bokad, offert kommer.", "Batterierna har garanti, ett nytt par skickas i dag."],
      labels: ["order", "skena", "servicebesök", "serienr"],
    },
    cater: {
      what: ["buffén för 80 personer", "beställningen av plockmat", "lunchen till kontoret", "dopfesten", "menyn till avtackningen"],
      issue: ["Banken visar handpenningen under {nd}, men er faktura har ett annat nummer.", "Vi behöver 74 kuvert i stället för 60 och två veganska varmrätter.", "En gäst har svår nötallergi och jag vill ha det skriftligt på beställningen.", "Den varma maten var ljummen och dessertbrickan saknades.", "Kan vi flytta provsmakningen till en vardagskväll?", "Handpenningen på {amount} drogs två gånger från mitt kort."],
      fix: ["Meny {nspec} bekräftad med köket, allergener angivna.", "Antal uppdaterat och köket informerat, ny faktura kommer.", "Allergin noterad på beställningen och körschemat.", "Delåterbetalning på {small} för desserterna godkänd.", "Provsmakningen flyttad till {date3} kl. {time3}; kocken bekräftar.", "Dubbel handpenning återförd, syns inom {dur}."],
      labels: ["bokning", "menykod", "provsmakning", "handpenningsref."],
    },
    cool: {
      what: ["luftkonditioneringen", "splitaggregatet i sovrummet", "kassettaggregatet på kontoret", "utedelen"],
      issue: ["Jag registrerade garantin på nätet och fick {nd}, men bekräftelsen kom aldrig.", "Innedelen droppar vatten längs väggen.", "På kyla blåser den varm luft och visar E6.", "Utedelen skramlar på natten och grannarna klagar.", "Fjärrkontrollen visar filtersymbolen fast vi har rengjort filtren.", "Ingen kom på servicen den {date3} och jag hade tagit ledigt."],
      fix: ["Ny fläktmotor till {nspec} beställd.", "Ny fjärrkontroll skickad, spårningsnr {track}.", "Kondensavloppet rensat, pumpen testad.", "Teknikern kontrollerar köldmedietrycket; F-gasloggen uppdaterad.", "Vibrationsdämpare till utedelen beställda.", "Filterpåminnelsen nollställd på distans.", "Missat besök registrerat som klagomål, utryckningsavgiften på {small} struken."],
      labels: ["serviceavtal", "modell", "F-gaslogg", "garantiregistreringsnr"],
    },
    jewel: {
      what: ["förlovningsringen", "den antika broschen", "silverarmbandet", "klackringen", "pärlhalsbandet"],
      issue: ["Försäkringsbolaget gav mig skadenummer {nd} och behöver er värdering.", "En klo på förlovningsringen har lossnat och stenen rör sig.", "Graveringen på armbandet har fel initialer.", "Jag vill ändra ringen från storlek 17 till 18.", "Låset på halsbandet öppnar sig hela tiden.", "Jag behöver en värdering till försäkringsbolaget efter inbrottet."],
      fix: ["Graveringen görs om utan kostnad, förslag {nspec} skickat för godkännande.", "Smycket returnerat med värdepost, spårningsnr {track}.", "Klorna åtgärdade och stenen kontrollerad.", "Graveringen görs om utan kostnad, nytt förslag skickat för godkännande.", "Storleksändring inbokad i verkstaden, klar om {dur}.", "Nytt lås monterat och smycket rengjort.", "Tid för värdering bokad, intyget kommer om {dur}."],
      labels: ["reparationskuvert", "graveringsförslag", "värderingsintyg", "skadenr"],
    },
  },
  words: { ext: ["ankn."], routing: "clearingnr", account: "konto", branch: "kontor" },
}
