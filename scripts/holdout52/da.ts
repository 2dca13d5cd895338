// The Danish pack (da-DK).
import type { Pack } from "./pack.ts"

export const DA: Pack = {
  lang: "da",
  templates: {
    chat: [
      `
Chatlog · {biz} · {date}
Besøgendes IP: {ip} · {browser}
[{clock}] {a.given} ({biz}): Hej, du chatter med {a.given}. Hvad kan jeg hjælpe med?
[{clock}] {c.given}: hej, det handler om {what}. {issue}
[{clock}] {a.given} ({biz}): Det er jeg ked af at høre. Må jeg få dit navn og et telefonnummer?
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Tak {c.given}. Jeg kan se sagen: {r1}. {fix}
[{clock}] {c.given}: super, kan I sende bekræftelsen til {email}?
[{clock}] {a.given} ({biz}): Sendt. Hav en god dag!`,
      `
[{clock}] Medarbejder: Velkommen til {biz}, jeg hedder {a.given}.
[{clock}] Kunde: Hej, jeg skal have {amount} retur for {n1}
[{clock}] Medarbejder: Det passer. Hvilken konto skal pengene ind på?
[{clock}] Kunde: {iban}
[{clock}] Kunde: nej vent, hellere den her: {ibanx}
[{clock}] Medarbejder: Noteret. Kontohaver?
[{clock}] Kunde: {p}
[{clock}] Medarbejder: Tak. Det tager cirka {dur}. Spørgsmål: {bizline}.`,
      `
[{wadate} {clock}] {c}: Hej, er det {biz}? {issue}
[{wadate} {clock}] {biz}: Hej {c.given}, det er {a.given} 👋 Har du nummeret fra mærkaten ({ld})?
[{wadate} {clock}] {c}: {nd}
[{wadate} {clock}] {biz}: Tak! {fix} {k} fra vores team ringer til dig på {phone}.
[{wadate} {clock}] {c}: tak, send gerne svar [[name-word:per]] sms 👍`,
    ],
    sms: [
      `{biz}: Hej {c.given}, dit besøg {date} mellem kl. {time} og {time2} er bekræftet. Ref. {n1}. Spørgsmål? {bizline}`,
      `Hej, det er {c}, ring venligst om {n1} på {phone} efter kl. {time}. Tak!`,
      `{!jewel}Hej {c.given}, det er {k.given} fra {biz}. Jeg holder ud for nummer {house}, men der er ingen parkering. Kan du ringe til mig på {kphone}?`,
    ],
    note: [
      `
Sag {case} | {biz}
Kunde: {c.crm}
Fødselsdato: {dob} | Postnr.: {post}
Tlf.: {phone} / {land}
E-mail: {email}
Ref.: {r1}; {r2}
Note ({a.initial}, {date}): {issue} {fix}
Tildelt: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – indgående opkald fra {c.caps} om {n1}. {issue} Fødselsdato bekræftet {dob}. {fix} Ønsker opkald på {phone.intl} efter kl. {time2}. Sendt videre til {k.given} (planlægning).`,
      `
Spærret kundekonto – {c} ({email})
{ts} mislykket login x5 fra {ip4}
{ts2} mislykket login fra {ip6}
Ringede til kunden på {phone}: kun den anden adresse er kundens. Nulstillet af {a.given}; {k.given} tjekker {ip4}. App {ver}.`,
    ],
    callback: [
      `
OPRINGNING ØNSKES
Navn: {c}
Nummer: {phone}
Bedst: {date}, efter kl. {time}
Vedr.: {r1} – {issue}
Modtaget af: {a.given} | til: {k}
?{^rd}`,
      `Ring til {c.crm} {phone} om {n1} – vil kun tale med {k.given}, ikke før kl. {time}. {|Talt ind på telefonsvarer.|Intet svar x2.}`,
      `Ring {c} op på {phone}, ellers {a.given} på {aline} {ext}. Vedr. {what}. {fix}`,
    ],
    email: [
      `
Emne: SV: Din ordre {n1}

Hej {a.given}

Tak for det hurtige svar. {issue} Kan I ringe til mig på {phone} før kl. {time}? Den {date} er jeg ikke hjemme.

Venlig hilsen
{c}
{phone.nat}

{date2} skrev {a} <{amail}>:
> {c.dear}
> Tak fordi du kontaktede {biz}. {fix}
> Med venlig hilsen
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Emne: Tilbagebetaling {n1}

Hej

Jeg afbestilte {what} den {date} og fik lovet en tilbagebetaling på {amount}. Indsæt den venligst på:
{refund}
Kontohaver: {c}

IBAN-nummeret {ibanbad} i min første mail var forkert.
Spørgsmål: {phone}

Venlig hilsen
{c.given}`,
      `
---------- Videresendt meddelelse ---------
Fra: {c} <{email}>
Dato: {date}, {time}
Emne: Klage {n1}
Til: {role}
X-Originating-IP: [{ip4}]

{issue} Jeg er allerede blevet sendt frem og tilbage mellem {q.given} og jeres kontor to gange.
Jeg forventer et opkald på {phone} senest {date2}.
{c}

{k.given}, kan du tage den? Tak, {a.given}`,
    ],
    summary: [
      `
Opkaldsresumé (automatisk)
• Opkalder: {c}
• Medarbejder: {a}
• Årsag: {issue}
• Resultat: {fix}
• Opfølgning: {k.given} ringer til {phone} senest {date}
• Referencer: {r1}, {r2}{%50|, {rd}}`,
      `
Tilbagebetaling – {date}
Kunde: {c.crm} | {email}
Betaling: kort {masked}, {amount}
Tilbagebetaling: {amount2} til {refund}
Godkendt af: {k} (teamleder)
Årsag: {issue}
?Bemærk: IBAN {ibanbad} i formularen var ugyldigt (kontrolcifre).`,
      `
Opkald {case} – {date} {time} – {mins}
Indgående fra {phone.intl}. Navnet stavet: {c.spell}, ref. {r1}.
Kort der ender på {masked}; nyt kort {luhnbad} blev afvist, derefter godkendt {card} (udløb {exp}).
{fix} Næste: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] medarbejder: {~biz} hej, du taler med {a.lgiven}
[00:00:05] kunde: ja hej øh det er {c.lower}, jeg ringer om {~what}
[00:00:11] medarbejder: kan du stave efternavnet
[00:00:14] kunde: {c.lspell}
[00:00:20] medarbejder: tak, og et telefonnummer
[00:00:23] kunde: {phone.said}
[00:00:33] medarbejder: og fødselsdato
[00:00:35] kunde: {sdob}
[00:00:40] kunde: {~issue}
[00:00:52] medarbejder: okay. {~fix}`,
      `
taler 1: {~biz}, det er {a.lgiven}
taler 2: hej, jeg ringer på vegne af {c.lower}, jeg hedder {p.lower}
taler 1: er {c.lgiven} der sammen med dig? jeg skal lige have et ok
taler 2: ja øjeblik... {c.lgiven} siger ja
taler 1: godt. hvad er der sket
taler 2: {~issue}
taler 1: hvilket nummer kan vi ringe tilbage på
taler 2: {phone2.said}`,
      `
medarbejder: {~biz} betalinger, det er {a.lgiven}
kunde: hej jeg vil gerne betale {|depositummet|restbeløbet} for {n1}
medarbejder: selvfølgelig, det bliver {amount}, læs kortnummeret op når du er klar
kunde: okay det er {card}
medarbejder: og udløbsdato
kunde: {exp}
medarbejder: tak, det er gået igennem. kvitteringen går til... er det stadig {email}
kunde: ja præcis
medarbejder: super, hav en god dag {c.lower}`,
    ],
    voicemail: [
      `
Telefonsvarerbesked fra {phone.intl} · {date} {time}
"hej det er {c.lower} om {n1} øh {~issue} ring til mig på {phone.said} tak hej hej"`,
      `
Ny telefonsvarerbesked (transskriberet)
Fra: {c} <{phone}>
"ja hej, besked til {a.lgiven}... det er {c.lgiven} igen... regningen lød på {amount}, og det var ikke det vi aftalte... jeg kan nås på {land.said} eller mail {email}"`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: Vi sidder klar mandag til fredag kl. {time}–{time2}. Ventetid lige nu: cirka {mins}.
[{clock}] Besøgende: ok tak, jeg skriver igen [[name-word:per]] mail`],
    sms: [`{!jewel}{biz}: vi er på vej og kommer omkring kl. {time}. Ref. {n1}.`, `{biz}: betaling på {amount} modtaget for {n1}, kort {masked}. Tak!`],
    note: [`Driftsnote {date}: bil 3 på værksted, opgaverne {n1} og {n3} flyttet til {date2}. Dele {track} kommer før kl. {time}. App {ver} rullet ud.`],
    callback: [`Kø til tilbageringning {date} {time}: 9 venter, ældste siden {mins}. Prioritet: {r1}, {r2}.`],
    email: [`Tak for din mail til {biz}. Kontoret er lukket indtil {date}. Angiv {r1} i dit svar.`],
    summary: [`Dagsresumé {date}: 131 opkald, gennemsnit {mins}, tilbagebetalinger {amount}. Sag {case} eskaleret.`],
    transcript: [`ivr: velkommen til {~biz}. vi har åbent fra {time} til {time2}. tryk et for at booke en tid.`],
    voicemail: [`Telefonsvarerbesked (skjult nummer) · {date} {time}
"...hallo? ... det drejer sig om {n1}... jeg ringer igen senere"`],
  },
  biz: {
    stair: {
      what: ["trappeliften", "den buede trappelift", "stolen på kældertrappen", "badekarsliften"],
      issue: ["Appen godtager ikke serienummeret {nd} fra skiltet under sædet.", "Trappeliften stopper halvvejs og bipper tre gange.", "Sædet kan ikke dreje mere oppe ved toppen.", "Fjernbetjeningen på første sal virker ikke længere.", "Skinnen skal forlænges, før min mor kommer hjem fra hospitalet den {date3}.", "Batterilampen blinker, selvom den har ladet hele natten."],
      fix: ["Opmåling booket: nuværende skinne {nspec}, forlængelsen gives der særskilt tilbud på.", "Ny fjernbetjening sendt i dag, trackingnr. {track}.", "Tekniker booket: rense ladekontakter og teste fodstøttesensoren.", "Nyt drejehåndtag bestilt, monteres ved næste besøg.", "Kunden guidet gennem nøglen og nulstillingen, liften kører igen.", "Opmåling til forlængelsen booket, tilbud følger.", "Batterierne er dækket af garantien, et nyt sæt sendes i dag."],
      labels: ["ordre", "skinne", "servicebesøg", "serienr."],
    },
    cater: {
      what: ["buffeten til 80 personer", "bestillingen af tapas", "frokosten til kontoret", "barnedåben", "menuen til afskedsreceptionen"],
      issue: ["Banken viser depositummet under {nd}, men jeres faktura har et andet nummer.", "Vi skal bruge 74 kuverter i stedet for 60 og to veganske hovedretter.", "En gæst har svær nøddeallergi, og det vil jeg have skrevet på bestillingen.", "Den varme mad var lunken, og dessertfadet manglede.", "Kan vi flytte smagsprøven til en hverdagsaften?", "Depositummet på {amount} blev trukket to gange fra mit kort."],
      fix: ["Menu {nspec} bekræftet med køkkenet, allergener angivet.", "Antal opdateret og køkkenet orienteret, ny faktura følger.", "Allergien noteret på bestillingen og drejebogen.", "Delvis tilbagebetaling på {small} for desserterne godkendt.", "Smagsprøven flyttet til {date3} kl. {time3}; kokken bekræfter.", "Dobbelt depositum tilbageført, synligt inden for {dur}."],
      labels: ["booking", "menukode", "smagsprøve", "depositumsref."],
    },
    cool: {
      what: ["airconditionanlægget", "splitanlægget i soveværelset", "kassetteanlægget på kontoret", "udedelen"],
      issue: ["Jeg registrerede garantien online og fik {nd}, men bekræftelsen kom aldrig.", "Indedelen drypper vand ned ad væggen.", "På køl blæser den varm luft og viser E6.", "Udedelen rasler om natten, og naboerne klager.", "Fjernbetjeningen viser filtersymbolet, selvom vi har renset filtrene.", "Der kom ingen til service den {date3}, og jeg havde taget fri."],
      fix: ["Ny blæsermotor til {nspec} bestilt.", "Ny fjernbetjening sendt, trackingnr. {track}.", "Kondensafløbet renset, pumpen testet.", "Teknikeren tjekker kølemiddeltrykket; F-gaslogbogen opdateret.", "Vibrationsdæmpere til udedelen bestilt.", "Filterpåmindelsen nulstillet via fjernadgang.", "Mistet besøg registreret som klage, kørselsgebyret på {small} frafaldet."],
      labels: ["serviceaftale", "model", "F-gaslog", "garantiregistreringsnr."],
    },
    jewel: {
      what: ["forlovelsesringen", "den antikke broche", "sølvarmbåndet", "signetringen", "perlekæden"],
      issue: ["Forsikringen har givet mig skadesnummer {nd} og skal bruge jeres vurdering.", "En klo på forlovelsesringen er løs, og stenen bevæger sig.", "Graveringen på armbåndet har de forkerte initialer.", "Jeg vil have ringen ændret fra størrelse 54 til 57.", "Låsen på perlekæden går op hele tiden.", "Jeg skal bruge en vurdering til forsikringen efter indbruddet."],
      fix: ["Graveringen laves om gratis, udkast {nspec} sendt til godkendelse.", "Smykket returneret med værdipost, trackingnr. {track}.", "Kløerne efterspændt og stenen kontrolleret.", "Graveringen laves om gratis, nyt udkast sendt til godkendelse.", "Størrelsesændring booket på værkstedet, klar om {dur}.", "Ny lås monteret og smykket renset.", "Tid til vurdering booket, certifikatet følger om {dur}."],
      labels: ["reparationskuvert", "graveringsudkast", "vurderingscertifikat", "skadesnr."],
    },
  },
  words: { ext: ["lokal"], routing: "reg.nr.", account: "konto", branch: "filial" },
}
