// Swedish (Sweden): chatt, anteckning, återuppringning, mejl med citat, samtalssammanfattning, transkribering.
// Swedes use no titles: a title form falls back to the full name.
import type { Pack } from "./pack.ts"

export const SV: Pack = {
  lang: "sv",
  titles: { f: [], m: [] },
  phrases: {
    paycard: ["kort {card}, giltigt till {expiry}", "kortnummer {card} ({expiry})"],
    payiban: ["IBAN {iban}", "återbetalning till IBAN {iban}", "mitt konto: IBAN {iban}"],
    badcard: ["kortet {luhnbad} nekades", "betalningen med {luhnbad} gick inte igenom"],
    badiban: ["banken säger att IBAN {ibanbad} är ogiltigt", "IBAN {ibanbad} avvisat (felskrivning?)"],
    hi: ["Hej", "Hejsan", "Hallå", "God morgon"],
    bye: ["Mvh", "Med vänlig hälsning", "Tack på förhand", "Hälsningar"],
    um: ["öh", "eh", "alltså"],
    sayok: ["okej", "bra", "toppen", "ja"],
    nw: ["Kostar 50 kr [[name-word:per]] plagg.", "Jag skulle [[name-word:vilja]] flytta tiden.", "Jag skulle [[name-word:vilja]] ha besked i dag.", "Det är [[name-word:sol]] i dag så leveransen går bra.", "Den är stark som en [[name-word:björn]]."],
  },
  biz: {
    sleep: {
      longline: ["Finansieringsavtal {long}"],
      item: ["madrass", "kontinentalsäng", "bäddmadrass"],
      issue: ["madrassen skulle komma {date} men ingen kom, order {ref}", "bäddmadrassen från order {ref} kom med ett hål i klädseln", "jag vill lämna tillbaka madrassen inom 100 nätters provsovning, order {ref}", "ni har dragit {amount} två gånger, order {ref}", "mitt finansieringsavtal {long} visar fel saldo"],
      nissue: ["leverans {ref} {date} uteblev", "retur provsovning, {ref}, hämtning ej bokad", "skadad klädsel, art. {n.mattress-sku}", "dubbeldragning {amount} på {ref}", "avtal {long}: fel saldo"],
      sissue: ["madrassen kom aldrig den skulle komma {dsaid}", "jag vill lämna tillbaka madrassen den är för hård", "klädseln är trasig"],
      fix: ["leveransen ombokad till {date2} mellan {time} och {time2}", "retur {n.trial-return} skapad, speditören ringer", "ny klädsel ({n.mattress-sku}) skickad, kolli-id {track}", "den dubbla betalningen på {amount} återbetalas inom {dur}"],
      visit: ["leveransen", "hämtningen"],
      ops: ["tur 3 inställd, leveranser från {ts} flyttade; {n.mattress-sku} slut till {date2}"],
    },
    physio: {
      longline: ["Försäkringsbeslut {long}"],
      item: ["tid", "bedömning", "massage"],
      issue: ["jag behöver flytta min tid {date}, ref {ref}", "jag fick betala {amount} för en avbokad behandling", "försäkringsbolaget vill ha beslutsnumret {long} på fakturan", "knät är sämre sedan förra behandlingen", "länken till träningsprogrammet {n.exercise-plan} fungerar inte"],
      nissue: ["flytta tid {ref} från {date}", "uteblivandeavgift {amount} bestrids", "beslut {long} ska in på {n.physio-invoice}", "smärta efter behandling, fysio ringer", "program {n.exercise-plan} skickat igen"],
      sissue: ["jag måste flytta tiden {dsaid}", "axeln är värre än innan", "försäkringen vill ha ett nummer på fakturan"],
      fix: ["flyttad till {date2} kl. {time} hos {t.first}", "avgiften struken", "faktura {n.physio-invoice} omgjord med beslutsnumret", "uppföljning {mins} bokad hos {t.full}"],
      visit: ["tiden", "behandlingen"],
      ops: ["rum 2 stängt {date2}, behandlingar flyttade; program {n.exercise-plan} uppdaterat"],
    },
    windows: {
      longline: ["Garantibevis {long}"],
      item: ["altandörr", "ytterdörr", "fönster"],
      issue: ["montörerna lämnade en springa vid altandörren, offert {ref}", "det är kondens mellan glasen i köksfönstret", "jag behöver flytta inmätningen {n.survey-ref}", "handtaget på ytterdörren gick av, garanti {long}", "min handpenning på {amount} syns inte på offert {ref}"],
      nissue: ["immig isolerruta, garanti {long}", "inmätning {n.survey-ref} flyttas", "drag efter montage, {ref}", "handpenning {amount} saknas på {ref}", "mått {n.frame-size} fel beställt"],
      sissue: ["det är dimma mellan glasen", "montörerna lämnade ett hål vid dörren", "handtaget har gått av"],
      fix: ["servicebesök {date2} mellan {time} och {time2}", "ny ruta {n.frame-size} beställd, leveranstid {dur}", "inmätning med {t.first} den {date2}", "handpenningen {amount} bokförd på offert {ref}"],
      visit: ["inmätningen", "monteringen"],
      ops: ["glasleverantören {dur} försenad, mått {n.frame-size} berörda från {ts}"],
    },
    dry: {
      longline: ["Kundkort {long}"],
      item: ["kostym", "brudklänning", "täcke"],
      issue: ["kostymen kom tillbaka med fläcken kvar, kvitto {ref}", "jag hittar inte lappen till klänningen", "det saknas en knapp på kavajen, kvitto {ref}", "fållen på byxorna blev 2 cm för kort", "jag behöver täcket före {date}"],
      nissue: ["kundkort {long} saknar stämpel", "fläck kvar, {ref}", "tappad lapp, plagg på stång {n.rack-slot}", "knapp saknas, {ref}", "fåll för kort, görs om", "brådskande till {date}, företagskonto {n.corporate-account}"],
      sissue: ["fläcken är kvar", "jag har tappat lappen", "det saknas en knapp på kavajen"],
      fix: ["tvättas om utan kostnad, klart {date2}", "hänger på stång {n.rack-slot}, klart att hämta", "{t.first} gör om fållen till {date2}", "vi krediterar {amount} på konto {n.corporate-account}"],
      visit: ["hämtningen", "provningen"],
      ops: ["press 2 trasig sedan {ts}, stång {n.rack-slot} full, hämtningar flyttade till {date2}"],
    },
  },
  kinds: {
    chat: [
      `{clock} {a.first}: Hej! Du chattar med {a.first} på {brand} {emo} Vad kan jag hjälpa till med?
{clock} Kund: hej, {issue}
{clock} {a.first}: Tråkigt att höra! Kan jag få ditt namn och telefonnummer?
{clock} Kund: {c.lc}, {c.phone}
{clock} {a.first}: Tack {c.first}. {^fix}.
{clock} Kund: ok tack {emo}`,
      `[{date} {clock}] {c.full}: {hi} {emo} {issue}
[{date} {clock}] {brand}: Hej {c.first}, det är {a.first}. Kan du skicka mejladress och postnummer?
[{date} {clock}] {c.full}: {c.email} och {post}
[{date} {clock}] {brand}: Tack! {^fix}. {nw}`,
      `Chatt · {brand} · besökar-IP {ip} · {browser}
{clock} Besökare: hej kan jag betala resten av {ref} här? {amount}
{clock} {a.full}: Skriv helst inga kortuppgifter i chatten, jag skickar en betallänk.
{clock} Besökare: för sent 🙈 {pay}
{clock} {a.full}: Ingen fara, det är maskerat. Länken går till {c.email}.
{clock} Besökare: tack, jag heter {c.first}. svarar jag inte så ring {p.first} på {p.phone}`,
    ],
    note: [
      `{date} {time} {a.init}: kund {c.full} ringde ang. {nissue}. Verifierad (födelsedatum {dob}, postnr {post}). {^fix}. Ring upp på {c.phone}. {nw}`,
      `Ärende {case} | {brand} | {date}
Kund: {c.lastcomma}
E-post: {c.email}
Tel: {c.phone} / fast {c.land}
Adress: Storgatan {house}, {post}
Orsak: {nissue}
Åtgärd: {^fix}
Återbetalning till: {iban}
{longline}
{badpay}
Handläggare: {a.first}`,
      `{ts} konto låst: {c.full} ({c.email}), 5 misslyckade inloggningar från {ip} och {ip6}, app {ver}. Återställningslänk skickad, giltig {mins}. {a.init}`,
    ],
    callback: [
      `ÅTERUPPRINGNING {date} {time}
Namn: {c.full}
Nås på: {c.phone} (mobil) eller {c.land} efter {time2}
Ärende: {nissue}
Ref: {ref}
{longline}
Mottaget av: {a.first}`,
      `ring upp {c.first} på {c.phone} före {time} — {nissue}. {p.first} kan svara. Röstmeddelande lämnat {date}. {a.first}`,
      `Återuppringning för {t.full} (växel {bizphone}): {c.full} vill bli uppringd ang. {nissue}. Inget svar på {c.phone} kl. {time}, försök igen {date}.`,
    ],
    email: [
      `Ämne: SV: Order {ref}

{hi} {a.first},

{issue}. Jag har väntat sedan {date} och börjar bli ganska trött på det.

Kan ni ringa mig på {c.phone}? Jag är hemma efter {time}.

{bye}
{c.full}

Den {date2} skrev {a.full} <{a.email}>:
> Hej {c.first},
> Tack för ditt meddelande. {^fix}.
> Vänliga hälsningar,
> {a.first} | {brand} | {bizphone} | {role}`,
      `Hej {c.first},

Tack för samtalet i dag. Som vi kom överens om: {fix}.

Din referens är {ref}. Har du frågor kan du svara på det här mejlet eller ringa {bizphone}.

{nw}

Med vänlig hälsning
{a.full}
Kundtjänst, {brand}
{a.email}`,
      `Från: {c.full} <{c.email}>
Till: {role2}
Ämne: återbetalning {ref}

Hej,

{issue}. Betala tillbaka till:
{pay}

Tel. {c.phone}

{c.first}`,
    ],
    summary: [
      `Samtalssammanfattning {date} {time}, längd {mins}
Uppringare: {c.full} ({c.phone})
Handläggare: {a.full}
Orsak: {nissue}
Resultat: {^fix}
Bekräftelse skickad till {c.email} (cc {role}). Ärende {case}.`,
      `AI-sammanfattning ({ver})
• {c.full} ringer om {ref}.
• Problem: {nissue}.
• Lösning: {^fix}.
• Kontakt: {c.email}, {c.phone2}`,
      `{c.full} ringde {date}: {issue}. Överenskommet: {fix}. {^badpay}. Kontakt: {c.email} eller {c.phone}. {nw}`,
    ],
    transcript: [
      `[{off}] HANDLÄGGARE: {brandlc} hej du pratar med {a.lcfirst} vad kan jag hjälpa till med
[{off}] KUND: ja hej {um} det är {c.lc} {um} {sissue}
[{off}] HANDLÄGGARE: {sayok} vilket nummer når jag dig på
[{off}] KUND: {c.said}
[{off}] HANDLÄGGARE: tack så {fix}
[{off}] KUND: toppen tack hej då`,
      `Röstbrevlåda · från {c.phone} · {date} {time} · transkriberat
"hej det är {c.lcfirst} {um} det gäller {visit} {dsaid} {um} kan ni ringa mig på {c.said} tack"`,
      `Talare 1: {brandlc} det är {a.lcfirst}
Talare 2: ja {um} jag ringer för {c.lc} jag heter {p.lcfirst}
Talare 1: {sayok} vad gäller det
Talare 2: {sissue}
Talare 1: {c.lcfirst} kan ringa oss på {bizphone}
Talare 2: {sayok} eller ring mig på {p.said}`,
    ],
  },
  bare: {
    chat: [`{clock} Besökare: levererar ni till {post}?
{clock} Kundtjänst: Ja, oftast inom {dur}. Frakten kostar {amount}.
{clock} Besökare: tack {emo}`],
    note: [`Driftnotering {date}: {ops}. {nw}`],
    callback: [`Återuppringningskö {date}: 6 öppna, äldsta från {time}. Många frågor om leveranstider ({dur}).`],
    email: [`Ämne: Ditt ärende {case}

Tack för att du kontaktade {brand}. Vi svarar inom {dur}. Ha din referens {ref} till hands.`],
    summary: [`Sammanfattning {date}: uppringaren uppgav inget namn, allmän fråga om priser ({amount}) och leveranstid ({dur}). Ingen åtgärd.`],
    transcript: [`[{off}] IVR: välkommen till {brandlc}
[{off}] KUND: {um} öppettider
[{off}] IVR: vi har öppet från {time} vänligen vänta`],
  },
}
