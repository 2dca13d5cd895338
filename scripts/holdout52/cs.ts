// The Czech pack (cs-CZ). Names stand in the nominative or, in addresses, in the vocative (`pane Nováku`).
import type { Pack } from "./pack.ts"

export const CS: Pack = {
  lang: "cs",
  templates: {
    chat: [
      `
Záznam chatu · {biz} · {date}
IP návštěvníka: {ip} · {browser}
[{clock}] {a.given} ({biz}): Dobrý den, u chatu je {a.given}. S čím mohu pomoci?
[{clock}] {c.given}: dobrý den, píšu ohledně {what}. {issue}
[{clock}] {a.given} ({biz}): To mě mrzí. Můžete mi dát jméno a telefonní číslo?
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Děkuji, {c.tvoc}. Vidím vaši zakázku: {r1}. {fix}
[{clock}] {c.given}: super, pošlete potvrzení na {email}?
[{clock}] {a.given} ({biz}): Odesláno. Hezký den!`,
      `
[{clock}] Operátor: Vítejte u {biz}, jmenuji se {a.given}.
[{clock}] Zákazník: Dobrý den, mám dostat zpět {amount} za {n1}
[{clock}] Operátor: Ano. Na jaký účet to máme poslat?
[{clock}] Zákazník: {iban}
[{clock}] Zákazník: pardon, radši na tenhle: {ibanx}
[{clock}] Operátor: Zapsáno. Majitel účtu?
[{clock}] Zákazník: {p}
[{clock}] Operátor: Děkuji. Vrácení trvá zhruba {dur}. Dotazy: {bizline}.`,
      `
[{wadate} {clock}] {c}: Dobrý den, je to {biz}? {issue}
[{wadate} {clock}] {biz}: Dobrý den, {c.tvoc}, tady {a.given} 👋 Máte číslo ze štítku ({ld})?
[{wadate} {clock}] {c}: {nd}
[{wadate} {clock}] {biz}: Děkuji! {fix} {k} z našeho týmu vám zavolá na {phone}.
[{wadate} {clock}] {c}: [[name-word:Sláva]], konečně 🙂`,
    ],
    sms: [
      `{biz}: Dobrý den, {c.tvoc}, vaše návštěva {date} mezi {time} a {time2} je potvrzena. Č. {n1}. Dotazy: {bizline}`,
      `Dobrý den, tady {c}, prosím o zavolání kvůli {n1} na {phone} po {time}. Děkuji`,
      `{!jewel}Dobrý den, {c.tvoc}, tady {k.given} z {biz}. Stojím před číslem {house}, ale nemám kde zaparkovat. Můžete mi zavolat na {kphone}?`,
    ],
    note: [
      `
Případ {case} | {biz}
Zákazník: {c.crm}
Dat. nar.: {dob} | PSČ: {post}
Tel.: {phone} / {land}
E-mail: {email}
Č.: {r1}; {r2}
Poznámka ({a.initial}, {date}): {issue} {fix}
Přiděleno: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – příchozí hovor, {c.caps}, ohledně {n1}. {issue} Ověřeno dat. nar. {dob}. {fix} Chce zavolat na {phone.intl} po {time2}. Předáno: {k.given} (plánování).`,
      `
Zablokovaný zákaznický účet – {c} ({email})
{ts} neúspěšné přihlášení x5 z {ip4}
{ts2} neúspěšné přihlášení z {ip6}
Zákazníkovi voláno na {phone}: jen druhá adresa je jeho. Reset provedl(a) {a.given}; {k.given} prověří {ip4}. Aplikace {ver}.`,
    ],
    callback: [
      `
ŽÁDOST O ZPĚTNÉ ZAVOLÁNÍ
Jméno: {c}
Číslo: {phone}
Nejlépe: {date}, po {time}
Věc: {r1} – {issue}
Přijal(a): {a.given} | volá: {k}
?{^rd}`,
      `Zavolat: {c.crm} {phone} kvůli {n1} – ať volá jen {k.given}, ne před {time}. {|Nechán vzkaz.|2x nezvedá.}`,
      `Prosím zavolat zpět – {c.title}, {phone}; jinak {a.given}, tel. {aline} {ext}. Ohledně {what}. {fix}`,
    ],
    email: [
      `
Předmět: Re: Vaše zakázka {n1}

Dobrý den, {a.tvoc},

děkuji za rychlou odpověď. {issue} Můžete mi zavolat na {phone} před {time}? {date} nebudu doma.

S pozdravem
{c}
{phone.nat}

{date2} {a} <{amail}> napsal(a):
> {c.dear},
> děkujeme, že jste kontaktoval(a) {biz}. {fix}
> S pozdravem
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Předmět: Vrácení peněz {n1}

Dobrý den,

objednávku ohledně {what} jsem zrušil(a) {date} a bylo mi slíbeno vrácení {amount}. Prosím o převod na:
{refund}
Majitel účtu: {c}

IBAN {ibanbad} z mého prvního e-mailu byl špatně.
Dotazy: {phone}

S pozdravem
{c.given}`,
      `
---------- Přeposlaná zpráva ---------
Od: {c} <{email}>
Datum: {date}, {time}
Předmět: Reklamace {n1}
Komu: {role}
X-Originating-IP: [{ip4}]

{issue} Už dvakrát mě přepojovali sem a tam (naposledy: {q.given}).
Čekám telefonát na {phone} nejpozději {date2}.
{c}

{k.voc}, můžeš to převzít? Díky, {a.given}`,
    ],
    summary: [
      `
Shrnutí hovoru (automatické)
• Volající: {c}
• Operátor: {a}
• Důvod: {issue}
• Výsledek: {fix}
• Další krok: {k.given} zavolá na {phone} nejpozději {date}
• Čísla: {r1}, {r2}{%50|, {rd}}`,
      `
Vrácení peněz – {date}
Zákazník: {c.crm} | {email}
Platba: karta {masked}, {amount}
Vráceno: {amount2} na {refund}
Schválil(a): {k} (vedoucí týmu)
Důvod: {issue}
?Pozn.: IBAN {ibanbad} z formuláře byl neplatný (kontrolní číslice).`,
      `
Hovor {case} – {date} {time} – {mins}
Příchozí z {phone.intl}. Jméno hláskováno: {c.spell}, č. {r1}.
Karta končící {masked}; nová karta {luhnbad} byla zamítnuta, pak přijata {card} (platnost {exp}).
{fix} Dále: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] operátor: {~biz} dobrý den, u telefonu {a.lgiven}
[00:00:05] zákazník: jo dobrý den ehm tady {c.lower}, volám ohledně {~what}
[00:00:11] operátor: můžete mi hláskovat příjmení
[00:00:14] zákazník: {c.lspell}
[00:00:20] operátor: děkuji, a telefonní číslo
[00:00:23] zákazník: {phone.said}
[00:00:33] operátor: a datum narození
[00:00:35] zákazník: {sdob}
[00:00:40] zákazník: {~issue}
[00:00:52] operátor: dobře. {~fix}`,
      `
mluvčí 1: {~biz}, u telefonu {a.lgiven}
mluvčí 2: dobrý den, volám za někoho. zákazník je {c.lower}, já jsem {p.lower}
mluvčí 1: je tam s vámi {c.lgiven}? potřebuji souhlas
mluvčí 2: ano, moment... {c.lgiven} říká, že jo
mluvčí 1: dobře. co se stalo
mluvčí 2: {~issue}
mluvčí 1: na jaké číslo vám zavoláme
mluvčí 2: {phone2.said}`,
      `
operátor: {~biz} platby, u telefonu {a.lgiven}
zákazník: dobrý den chci zaplatit {|zálohu|doplatek} za {n1}
operátor: jistě, je to {amount}, nadiktujte mi číslo karty
zákazník: dobře je to {card}
operátor: a platnost
zákazník: {exp}
operátor: děkuji, prošlo to. potvrzení půjde na... pořád {email}
zákazník: ano přesně
operátor: výborně, na shledanou`,
    ],
    voicemail: [
      `
Hlasová zpráva z {phone.intl} · {date} {time}
„dobrý den tady {c.lower} ohledně {n1} ehm {~issue} zavolejte mi prosím na {phone.said} děkuji na shledanou"`,
      `
Nová hlasová zpráva (přepis)
Od: {c} <{phone}>
„jo dobrý den, je tam {a.lgiven}? ... tak nechám vzkaz... tady zase {c.lgiven}... faktura je na {amount} a tak jsme se nedomluvili... jsem k zastižení na {land.said} nebo na mailu {email}"`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: Jsme tu od pondělí do pátku od {time} do {time2}. Aktuální čekání: asi {mins}.
[{clock}] Návštěvník: ok díky, no [[name-word:sláva]]`],
    sms: [`{!jewel}{biz}: jsme na cestě, dorazíme kolem {time}. Č. {n1}.`, `{biz}: platba {amount} za {n1} přijata, karta {masked}. Děkujeme!`],
    note: [`Provozní poznámka {date}: auto 3 v servisu, zakázky {n1} a {n3} přesunuty na {date2}. Díly {track} dorazí do {time}. Aplikace {ver} nasazena.`],
    callback: [`Fronta zpětných hovorů {date} {time}: 9 čeká, nejstarší {mins}. Priorita: {r1}, {r2}.`],
    email: [`Děkujeme za zprávu pro {biz}. Kancelář je zavřená do {date}. V odpovědi prosím uveďte {r1}.`],
    summary: [`Denní souhrn {date}: 127 hovorů, průměrná délka {mins}, vrácené platby {amount}. Případ {case} eskalován.`],
    transcript: [`ivr: vítejte u {~biz}. jsme k dispozici od {time} do {time2}. pro objednání termínu stiskněte jedničku.`],
    voicemail: [`Hlasová zpráva (skryté číslo) · {date} {time}
„...haló? ... jde o {n1}... zavolám později"`],
  },
  biz: {
    stair: {
      what: ["schodišťové sedačky", "zakřivené schodišťové sedačky", "sedačky na schodech do sklepa", "vanového zvedáku"],
      issue: ["Aplikace nepřijímá výrobní číslo {nd} ze štítku pod sedadlem.", "Sedačka se zastaví v půlce schodů a třikrát pípne.", "Sedadlo se nahoře už neotáčí.", "Ovladač v patře přestal fungovat.", "Kolejnici je potřeba prodloužit, než se maminka {date3} vrátí z nemocnice.", "Kontrolka baterie bliká, i když se nabíjela celou noc."],
      fix: ["Zaměření domluveno: stávající kolejnice {nspec}, prodloužení naceníme zvlášť.", "Náhradní ovladač dnes odeslán, č. zásilky {track}.", "Objednán technik: vyčistit nabíjecí kontakty a otestovat senzor podnožky.", "Objednána nová otočná páčka, montáž při další návštěvě.", "Zákazník proveden klíčkem a resetem, sedačka zase jezdí.", "Domluveno zaměření prodloužení, nabídka bude následovat.", "Baterie jsou v záruce, nový pár odchází dnes."],
      labels: ["zakázka", "kolejnice", "servisní návštěva", "výrobní č."],
    },
    cater: {
      what: ["rautu pro 80 osob", "objednávky chlebíčků", "obědu do kanceláře", "oslavy křtin", "menu na rozlučku"],
      issue: ["Banka ukazuje zálohu pod číslem {nd}, ale na faktuře je jiné číslo.", "Potřebujeme 74 porcí místo 60 a dvě veganská hlavní jídla.", "Jeden host má silnou alergii na ořechy a chci to mít v objednávce písemně.", "Teplé jídlo dorazilo vlažné a tác se zákusky chyběl.", "Můžeme přesunout ochutnávku na večer ve všední den?", "Záloha {amount} mi byla z karty stržena dvakrát."],
      fix: ["Menu {nspec} potvrzeno s kuchyní, alergeny uvedeny.", "Počet upraven a kuchyně informována, nová faktura bude následovat.", "Alergie zapsána do objednávky i do scénáře akce.", "Schválena částečná refundace {small} za chybějící zákusky.", "Ochutnávka přesunuta na {date3} v {time3}; šéfkuchař potvrdil.", "Dvojitá záloha stornována, vrácení trvá {dur}."],
      labels: ["rezervace", "kód menu", "ochutnávka", "č. zálohy"],
    },
    cool: {
      what: ["klimatizace", "splitové jednotky v ložnici", "kazetové jednotky v kanceláři", "venkovní jednotky"],
      issue: ["Záruku jsem zaregistroval(a) online a dostal(a) {nd}, ale potvrzení nepřišlo.", "Z vnitřní jednotky kape voda po zdi.", "Při chlazení fouká teplý vzduch a ukazuje E6.", "Venkovní jednotka v noci drnčí a sousedi si stěžují.", "Ovladač ukazuje filtr, i když jsme filtry vyčistili.", "Na [[name-word:jaro]] bychom chtěli nabídku na další dvě místnosti."],
      fix: ["Objednán nový motor ventilátoru pro {nspec}.", "Náhradní ovladač odeslán, č. zásilky {track}.", "Odvod kondenzátu pročištěn, čerpadlo otestováno.", "Technik zkontroluje tlak chladiva; záznam F-plynů aktualizován.", "Objednány antivibrační podložky pod venkovní jednotku.", "Upozornění na filtr vynulováno na dálku.", "Zmeškaná návštěva zapsána jako reklamace, poplatek za výjezd {small} odpuštěn."],
      labels: ["servisní smlouva", "model", "záznam F-plynů", "č. registrace záruky"],
    },
    jewel: {
      what: ["zásnubního prstenu", "starožitné brože", "stříbrného náramku", "pečetního prstenu", "perlového náhrdelníku"],
      issue: ["Pojišťovna mi přidělila číslo události {nd} a potřebuje vaše ocenění.", "Jeden drápek na zásnubním prstenu povolil a kámen se hýbe.", "Rytina na náramku má špatné iniciály.", "Chci prsten zvětšit z velikosti 54 na 57.", "Zapínání náhrdelníku se samo rozepíná.", "Po vloupání potřebuji ocenění pro pojišťovnu."],
      fix: ["Rytina zdarma znovu, návrh {nspec} poslán ke schválení.", "Šperk vrácen pojištěnou zásilkou, č. {track}.", "Drápky dotaženy, kámen zkontrolován.", "Rytina zdarma znovu, nový návrh poslán ke schválení.", "Změna velikosti naplánována v dílně, hotovo za {dur}.", "Nové zapínání nasazeno a šperk vyčištěn.", "Termín ocenění domluven, certifikát dorazí za {dur}."],
      labels: ["obálka opravy", "návrh rytiny", "certifikát ocenění", "č. pojistné události"],
    },
  },
  words: { ext: ["linka", "kl."], routing: "kód banky", account: "účet", branch: "pobočka" },
}
