// Dutch and Swedish texts, written one by one: live chats, agents' notes with pasted logs, e-mails (players, a notary,
// the Kansspelautoriteit and Spelinspektionen quoted) and call summaries of a gambling and lottery operator's desks.
import { mk } from "./mk.ts"

const nl = mk("nl-NL")
const sv = mk("sv-SE")

export const NL_NL = [
  nl("note", `KYC/herkomst middelen — klant {{neg:player-id|NL-5521904}}, {{PERSON|Sjoerd Wiersma}} (Leeuwarden, {{neg:postcode|8921 BK}})
Aanleiding: stortingen {{neg:amount|€ 27.500}} in 6 wkn, opgegeven beroep: werkt als {{neg:name-word|bakker}} (loondienst), netto ca. {{neg:amount|€ 2.450}}/mnd.
Aangeleverd:
- akte van verdeling nalatenschap (notaris, Sneek), erfdeel {{neg:amount|€ 61.000}} ontvangen {{neg:date|02-09-2026}}
- bankafschrift {{IBAN|NL45 INGB 0006 7283 91}} met bijschrijving notaris
Beoordeling: herkomst aangetoond. Wel zorgplicht: stortingen > 10x inkomen. Gesprek ingepland, klant bereikbaar op {{PHONE|06 5219 0374}} of vast {{PHONE|058-2136 470}}.`),

  nl("chat", `Chat — bonusvragen
Speler: waarom is mijn bonus van {{neg:amount|€ 50}} weg??
Agent: De bonus vervalt als binnen 30 dagen niet 25x is ingezet. Dat was op {{neg:date|21 nov.}}.
Speler: ik heb wel ingezet, op die wedstrijd Ajax tegen Feyenoord, {{neg:amount|€ 200}} op {{neg:odds|1,45}}
Agent: Klopt, maar inzetten onder een quotering van {{neg:odds|1,80}} tellen niet mee voor de bonus.
Speler: dat staat nergens. nou ja, klaar is {{neg:name-word|Kees}}. sluit maar af
Agent: Het staat in artikel 7.3 van de bonusvoorwaarden. Wilt u dat ik uw account sluit of alleen de bonussen uitzet?`),

  nl("chat", `Chat {{neg:date|12-11-2026}}, speler {{neg:player-id|NL-8830127}}
Speler: hoi, ik wil me laten inschrijven in Cruks. kunnen jullie dat doen? ik vertrouw mezelf niet meer
Medewerker: Goed dat u dit aangeeft. Inschrijven in Cruks doet u zelf via de Cruks-site met DigiD, dat kunnen wij helaas niet voor u doen. Wat ik wel nu kan doen: uw account hier direct blokkeren.
Speler: ja doe maar. en bel me morgen ff want ik snap dat digid gedoe niet. {{PHONE|06-41873920}}
Medewerker: Account is geblokkeerd om {{neg:time|22:17}}. Het saldo ({{neg:amount|€ 43,80}}) maken we over naar uw rekening eindigend op {{neg:account-number|4391}}. Morgen tussen {{neg:time|10:00}} en {{neg:time|12:00}} belt een collega van het team Verantwoord Spelen.
Speler: dank je. echt.`),

  nl("email", `Onderwerp: lottopot op het werk — wie krijgt wat???

Beste Loterij,

Op het distributiecentrum doen we met 12 collega's mee in een pot. {{PERSON|Dirk-Jan Oosterwijk}} speelt voor ons online en zijn rekening krijgt de prijs. Nu is er {{neg:amount|€ 18.400}} gevallen ({{neg:lottery-numbers|5 - 13 - 22 - 29 - 37 - 44}}), maar {{PERSON|Dirk-Jan}} zegt dat hij het "na de feestdagen" verdeelt. Kunnen jullie het direct aan ons 12 uitbetalen?

Groet,
{{PERSON|Marloes}} (namens de rest)
{{PHONE|06-1741 2039}}`),

  nl("chat", `[09:12] Klant: goedemorgen waar blijft mijn uitbetaling van {{neg:amount|€ 1.260}}, ref {{neg:withdrawal-ref|UIT-40922871}}
[09:13] Support: Goedemorgen! Ik kijk even mee. De bank heeft hem teruggestort, het rekeningnummer klopt niet met de naam.
[09:14] Klant: huh. het is mijn eigen rekening. {{IBAN|NL44 SNSB 0915 3728 46}}
[09:15] Support: Dank u. Die staat op naam van "{{PERSON|L. Scholten}}", uw account op {{PERSON|Lieke van Dam}}?
[09:15] Klant: ja ik ben getrouwd, {{PERSON|scholten}} is mijn meisjesnaam. dat staat gewoon op mijn bankpas
[09:16] Support: Helder. Als u een kopie van uw bankpas of een screenshot uit de bankapp stuurt naar {{EMAIL|documenten@example.nl}}, zet ik hem daarna direct opnieuw klaar.`),

  nl("call", `Gespreksnotitie — phishing/advance-fee
{{PERSON|Anouk Brinkhorst}} ({{neg:player-id|NL-3390251}}) werd gebeld door {{PHONE|+44 7520 618 204}}: man die zei "van de Kansspelautoriteit" te zijn. Ze zou {{neg:amount|€ 48.000}} gewonnen hebben in een "Europese loterij" en moest {{neg:amount|€ 249}} "administratiekosten" betalen. Ze heeft haar creditcard gegeven: {{CARD|2223 0047 1198 5621}}.
Uitgelegd: de KSA belt nooit over prijzen, wij ook niet. Ze heeft haar bank gebeld. Doorverwezen naar Fraudehelpdesk.
Haar nummer {{PHONE|06 3107 5582}}. E-mail ter bevestiging naar {{EMAIL|anouk.b@example.nl}}.`),

  nl("email", `Van: Klachtenafhandeling <{{EMAIL|klachten@example.nl}}>
Aan: {{EMAIL|m.heijboer74@example.com}}
Onderwerp: Uw klacht via de Kansspelautoriteit, kenmerk {{neg:reference|KSA-2026-048217}}

Geachte mevrouw {{PERSON|Heijboer}},

De Kansspelautoriteit heeft ons uw klacht van {{neg:date|3 november 2026}} doorgestuurd. Daarin schrijft u:

  "In oktober heb ik in 9 dagen {{neg:amount|€ 11.400}} verloren. Niemand heeft me gebeld, geen mail, niks. Bij een bedrag van {{neg:amount|€ 300}} kreeg ik wel een pop-up met 'speel bewust'. Is dat jullie zorgplicht??"

U heeft gelijk dat wij eerder contact hadden moeten opnemen. Ons signaleringssysteem sloeg op {{neg:date|14 oktober}} aan, maar het geplande gesprek is niet gevoerd. Wij betalen u de verliezen vanaf die datum terug, {{neg:amount|€ 8.925,00}}, op {{IBAN|NL06 RABO 0317 4255 60}}. Uw account blijft gesloten.

Met vriendelijke groet,

{{PERSON|Jeroen Tuinstra}}
Teamleider Klachten
T {{PHONE|085 203 4419}}`),

  nl("email", `Aan: {{EMAIL|privacy@example.nl}}
Onderwerp: inzageverzoek AVG

Ik wil alle gegevens die jullie van mij hebben, ook de IP-adressen waarmee ik heb ingelogd en de opnames van telefoongesprekken.
Naam: {{PERSON|Bas van Ommeren}}, klantnummer {{neg:player-id|NL-1173290}}, mail {{EMAIL|basvo@example.com}}, mobiel {{PHONE|+31 6 2174 8805}}

---
Reactie privacyteam ({{neg:date|4 dec. 2026}}): gegevens bijgevoegd. Uit het loginoverzicht o.a. {{IP_ADDRESS|203.0.113.9}} en {{IP_ADDRESS|fd3c:7a1e:44::12}} (Wi-Fi via onze retailpartner). Betaalmiddelen: Visa {{neg:masked-card|**** 3919}}.`),

  nl("note", `Multi-accounting onderzoek {{neg:case-number|MA-2026-117}}
Drie accounts, één adres ({{neg:postcode|3514 BK}} Utrecht), allemaal welkomstbonus {{neg:amount|€ 100}}:
{{neg:player-id|NL-7710235}} {{PERSON|Mehmet Yıldız}}
{{neg:player-id|NL-7710388}} {{PERSON|Emre Yıldız}}
{{neg:player-id|NL-7712046}} {{PERSON|Kofi Mensah}} (huisgenoot)
Log:
{{neg:timestamp|2026-11-19 23:02:41}} LOGIN NL-7710388 ip={{IP_ADDRESS|198.51.100.152}} dev=a81f
{{neg:timestamp|2026-11-19 23:05:10}} LOGIN NL-7712046 ip={{IP_ADDRESS|198.51.100.152}} dev=a81f
{{neg:timestamp|2026-11-19 23:06:55}} PAYOUT_REQ NL-7712046 iban={{neg:iban-checksum|NL17 ABNA 0582 0149 37}} → REJECTED (controlecijfer)
Tweede poging met {{IBAN|NL15 ABNA 0582 0149 37}}: rekening op naam van {{PERSON|Mehmet}}, niet van de accounthouder.
Besluit: bonussen en bonuswinst vervallen, 2 accounts sluiten.`),

  nl("call", `Retailer belt (sigarenzaak, Zwolle), terminal {{neg:reference|RT-55018}}
- scanner leest loten niet, al sinds vanochtend
- klant wil een kraslot met prijs {{neg:amount|€ 500}} verzilveren, lot {{neg:ticket-number|KL-7712-0048-31}}
- eigenaar {{PERSON|Hennie Schutte}}, nummer winkel {{PHONE|038 - 421 90 76}}
- monteur gepland morgen {{neg:time|09.00 uur}}; klant moet terugkomen of online claimen. Software terminal {{neg:version|2.9.14}}.
- klant aan de balie vroeg of hij de prijs op zijn creditcard kon krijgen en las meteen het nummer voor, {{CARD|4539 6602 1847 3919}}. Nee: prijzen gaan alleen naar een bankrekening. Nummer niet opgeslagen.`),

  nl("email", `Van: Notariskantoor, mr. {{PERSON|W. Haverkamp}}
Aan: Prijzenbureau Loterij
Onderwerp: Prijsclaim wijlen {{PERSON|Gerrit Jan Overdijk}}, lotnummer {{neg:ticket-number|OJ-0418273}}

Geachte heer/mevrouw,

Namens de erven van de heer {{PERSON|Overdijk}}, overleden op {{neg:date|28 november 2026}}, verzoek ik u de prijs van {{neg:amount|€ 25.000}} in de trekking van {{neg:date|1 december}} ({{neg:draw-number|2026-48}}) over te maken op de rekening van de executeur, zijn zoon {{PERSON|Maarten Overdijk}}, die in Keulen woont: {{IBAN|DE39 5001 0517 5403 8182 77}}.

Verklaring van erfrecht bijgevoegd. Voor vragen: {{PHONE|0515-43 29 86}}, of de executeur, {{PHONE|+49 221 9475 3380}}.

Hoogachtend,
{{PERSON|W. Haverkamp}}, notaris`),

  nl("chat", `Speler: kan mijn stortingslimiet omhoog naar {{neg:amount|€ 2.000}} per week? {{neg:name-word|jan}} en alleman speelt hier meer
Support: Voor een hogere limiet doen we eerst een check op wat u kunt missen. Ik zie in de laatste maand 14 stortingen, waarvan 6 na middernacht.
Speler: en? ik verdien goed
Support: Dat geloof ik, maar dan vragen we een loonstrook of jaaropgave. Tot die tijd blijft de limiet {{neg:amount|€ 250}} per week.
Speler: belachelijk. bel me maar {{PHONE|nul zes een zes zeven negen drie nul acht twee}} als jullie klaar zijn met betuttelen
Support: Ik zet het door naar Verantwoord Spelen. Fijne avond.`),

  nl("note", `Account takeover melding
{{neg:timestamp|2026-12-01 03:11:27}} login OK klant={{neg:player-id|NL-6004713}} ip={{IP_ADDRESS|2001:db8:91c::3a}} app={{neg:version|4.22.1}}
{{neg:timestamp|2026-12-01 03:13:02}} wachtwoord gewijzigd
{{neg:timestamp|2026-12-01 03:14:40}} uitbetaling {{neg:amount|€ 2.100,00}} naar {{IBAN|BE52 0634 1887 2509}} → geblokkeerd (nieuwe rekening < 72u)
Klant {{PERSON|Ruud Hoogendijk}} belde om 08.30 vanaf {{PHONE|020-6213 884}}: niet hij. Gewoonlijk IP {{IP_ADDRESS|192.0.2.61}}, Amstelveen. Wachtwoord gereset, 2FA aan.`),

  nl("call", `Gespreksverslag, inkomend {{neg:time|15:40}}
Beller: {{PERSON|Priscilla Sedney}}, moeder van speler {{PERSON|Dwayne Sedney}} ({{neg:player-id|NL-2904418}}).
- zegt dat haar zoon zijn studiefinanciering vergokt, zij heeft zijn pinpas gevonden met briefjes met inzetten
- uitgelegd: zonder toestemming van de speler geen accountinfo. Wel: familie kan via de Kansspelautoriteit een onvrijwillige Cruks-inschrijving aanvragen.
- ze wil teruggebeld worden door iemand van Verantwoord Spelen. Nummer zoals ze het zei: "{{PHONE|nul zes, vijftig negentien, achtendertig zeventig}}"
- melding {{neg:case-number|VS-33019}} aangemaakt, account van {{PERSON|Dwayne}} gemarkeerd voor interventie`),

  nl("note", `Stornering automatische incasso — abonnement Loterij, 8 termijnen à {{neg:amount|€ 15,00}} teruggeboekt op {{neg:date|16-11-2026}}.
Rekeninghouder {{PERSON|Ewa Zielińska}} stond niet in ons systeem: het abonnement ({{neg:reference|ABO-2219008}}) is afgesloten met haar rekening door haar ex-partner {{PERSON|Patrick Renes}}, tel. {{PHONE|06-2874 1063}}.
Mevrouw belde zelf ({{PHONE|010 - 482 71 06}}), boos, spreekt Engels/Pools. Zegt: "I never signed anything, he had my bank card".
Actie: abonnement beëindigd, geen incassobureau, geval naar fraude. Gewonnen prijzen op dit abonnement: geen.`),
]

export const SV_SE = [
  sv("note", `Bonusmissbruk — misstänkt ring, {{neg:date|2026-11-23}}
{{neg:player-id|SE-6620418}} / {{neg:player-id|SE-6620593}} / {{neg:player-id|SE-6621077}}, alla registrerade med BankID på olika personer men:
- samma enhet, samma IP {{IP_ADDRESS|203.0.113.214}}
- uttag till samma Swish-nummer {{neg:account-number|123 418 92 07}}
- kontaktnummer {{PHONE|076-245 91 08}}, {{PHONE|076-245 91 11}} och {{PHONE|072-508 33 64}}
Loggrad: {{neg:timestamp|2026-11-23T22:41:19+01:00}} bonus_claim WELCOME500 acct=SE-6621077 ip={{IP_ADDRESS|203.0.113.214}} app={{neg:version|9.3.0}}
En av personerna, {{PERSON|Jovana Petrović}}, ringde och sa att hennes kusin "lånat" hennes BankID. Bonusar annullerade, konton spärrade, rapport till FIPO övervägs.`),

  sv("note", `Kundkännedom — fördjupad. {{neg:player-id|SE-4408126}}, {{PERSON|Karl-Johan Öberg}}, Gävle.
Insättningar {{neg:amount|312 000 kr}} på 5 veckor via Trustly. Angiven sysselsättning: snickare.
Medelns ursprung: sålt sommarstuga i Hälsingland, köpekontrakt + avräkningsnota från mäklare, {{neg:amount|1 450 000 kr}} insatt {{neg:date|2026-09-30}} på {{IBAN|SE04 6000 0000 0004 2781 6350}}.
OK för penningtvätt. Men spelbeteende: nattspel, förlust {{neg:amount|287 400 kr}}. Ringt kunden {{PHONE|+46 70 318 44 27}}: säger att det är en "{{neg:name-word|lisa}}" att spela efter skilsmässan. Gräns satt till {{neg:amount|10 000 kr}}/mån efter samtalet.`),

  sv("note", `Sanktionsscreening — träff {{neg:reference|SCR-90218}}
Kund {{PERSON|Pekka Mäkelä}}, född 1971, Haparanda, träff mot EU-listan på "{{PERSON|Pekka Mäkelä}}", född 1958 (Finland). Olika födelseår och adress. Falsk träff, stängd.
Kunden mejlade under tiden till {{EMAIL|kyc@example.se}} från {{EMAIL|pekka.makela71@example.fi}} och undrade varför uttaget ({{neg:amount|2 300 kr}}) dröjer. Svarat. Tel. {{PHONE|0922-120 48}}.`),

  sv("chat", `Chatt {{neg:date|2026-11-09}}
Kund: hej jag har spelpaus sen i somras men fick ett sms från er igår om free spins?? hur är det ens möjligt
Handläggare: Hej! Det ska absolut inte hända, jag beklagar. Kan du bekräfta numret sms:et kom till?
Kund: {{PHONE|073-691 24 38}}
Handläggare: Tack. Numret låg kvar i en gammal utskickslista hos vår leverantör. Jag har tagit bort det och anmält händelsen internt ({{neg:case-number|AVV-2026-0551}}).
Kund: ok. ni borde få böter
Handläggare: Vi rapporterar sådana fel till Spelinspektionen. Förlåt igen.`),

  sv("call", `Samtal: kund {{PERSON|Gunnel Westerberg}} ({{neg:player-id|SE-2218830}}) blev uppringd från {{PHONE|+46 8 559 204 17}} av en man som sa att han var från "Spelinspektionen" och att hon hade {{neg:amount|180 000 kr}} i "spärrade vinster". För att frigöra dem skulle hon logga in med BankID. Hon la på.
- förklarat att Spelinspektionen aldrig ringer kunder om vinster
- ingen inloggning hos oss sedan {{neg:date|2026-11-02}}
- hon vill ha bekräftelse på mejl: {{EMAIL|gunnel.w@example.se}}
- {{neg:name-word|Ros}} till henne för att hon ringde, skrivet i ärendet ({{neg:case-number|BEDR-1120}})`),

  sv("email", `Ämne: Lagspel på jobbet — vinsten!!!

Hej,
vi är 7 st på förskolan som har spelat Lotto ihop i 2 år. I lördags fick vi 6+1 ({{neg:lottery-numbers|3, 8, 14, 19, 25, 31, 34}}), {{neg:amount|94 836 kr}}. Kupongen lämnades in av {{PERSON|Tove Almgren}} på hennes spelkonto, och nu säger hon att hon inte vill dela med {{PERSON|Shirin Rahimi}} eftersom {{PERSON|Shirin}} var sjukskriven i oktober och inte swishade.
Vi har alltid sagt att den som är sjuk ändå är med. Vad gäller? Kan ni stoppa utbetalningen?

Mvh
{{PERSON|Maja Sjöberg}}
{{PHONE|031-714 26 53}} (förskolan), {{EMAIL|maja.sjoberg@example.se}}`),

  sv("email", `Från: Klagomål <{{EMAIL|kundrelationer@example.se}}>
Till: Spelinspektionen, {{PERSON|Ulrika Ståhlberg}}
Ärende: Svar på begäran om yttrande, dnr {{neg:reference|SI 24-3318}}

Hej,

Klaganden, {{PERSON|Ebba Franzén}}, skriver i sin anmälan:

  "Jag bad om att få min spelgräns sänkt till {{neg:amount|500:-}} i veckan den 2 oktober. Den höjdes i stället till 5 000 kr. Jag förlorade {{neg:amount|41 200 kr}} på tre veckor."

Vår utredning visar att en handläggare skrev in fel belopp ({{neg:amount|5 000 kr}} i stället för {{neg:amount|500 kr}}). Vi har återbetalat hela förlusten efter {{neg:date|2 oktober}} till kundens konto {{IBAN|SE57 3000 0000 0316 8274 5913}} och gått igenom rutinen.

Med vänlig hälsning
{{PERSON|Oskar Lindqvist}}
Compliance, tel. {{PHONE|08-612 47 90}}`),

  sv("chat", `Chatt, säkerhet
Kund: någon har loggat in på mitt konto!! jag fick mail om ny enhet kl 03
Support: Jag ser en inloggning {{neg:timestamp|2026-11-30 03:02:55}} från {{IP_ADDRESS|2001:db8:5b2:e1::40}}, Android. Var det inte du?
Kund: nej jag sov. jag har iphone
Support: Jag har loggat ut alla enheter och spärrat uttag. Logga in med BankID och byt lösenord. Kan jag nå dig på {{PHONE|070-219 36 54}}?
Kund: ja. det är {{PERSON|Elin Järvholm}} förresten om ni behöver
Support: Tack {{PERSON|Elin}}. Vi ringer inom 30 minuter.`),

  sv("call", `Samtal — vinst på V75-kupong via ombud
Uppringare: {{PERSON|Nils-Erik Rydén}}, 71 år, Sundsvall. Kupong {{neg:ticket-number|V75-2226-418803}}, 7 rätt, vinst {{neg:amount|842 310 kr}}.
- ombudet sa att vinster över {{neg:amount|1 000 kr}} betalas ut av oss, inte i butiken
- han har inget spelkonto, vi skickar blankett för utbetalning till bankkonto
- sa sitt nummer långsamt: "{{PHONE|noll sju noll, fyra tre två, sjuttioåtta nittio}}", dottern {{PERSON|Maria}} hjälper honom med blanketten
- ärende {{neg:case-number|VINST-77104}}`),

  sv("email", `Ämne: VARFÖR ÄR MITT KONTO STÄNGT

HEJ. jag har spelat hos er i 6 år och nu är kontot stängt utan förklaring. jag har {{neg:amount|3 412,50 kr}} kvar. jag vill ha pengarna NU.

Mitt namn är {{PERSON|Lars-Göran Hedqvist}}, kundnr {{neg:player-id|SE-0045521}}. ni får ringa {{PHONE|0771-44 12 90}}? nej det är ert nummer. Mitt är {{PHONE|090-13 77 25}}.

/LG

> Svar från kundtjänst {{neg:date|12 nov}}: Hej {{PERSON|Lars-Göran}}, kontot är stängt eftersom vi saknar uppgifter om kundkännedom sedan {{neg:date|2026-08-01}}. Skicka ett kontoutdrag så öppnar vi igen.`),

  sv("note", `Chargeback, debetkort {{CARD|4716 2250 9083 4466}}, kortinnehavare {{PERSON|Máret Kuhmunen}}, Kiruna.
Fyra insättningar {{neg:date|2026-10-28}}, totalt {{neg:amount|4 000 kr}}, reason code 10.4 (fraud, card absent).
Kunden har inget annat spelkonto hos oss; kontot skapades med BankID på samma person, IP {{IP_ADDRESS|10.44.7.19}} via en mobiloperatörs CGNAT enligt vår leverantör. Kortet har tidigare skrivits in som {{neg:luhn-invalid|4716 2250 9083 4464}} (fel sista siffra).
Bedömning: trolig familjemedlem. Svarar inte på chargeback, återbetalar, stänger kontot.`),

  sv("email", `Från: Ombudssupport
Till: {{EMAIL|tobak.hornstull@example.se}}
Ämne: Re: terminal {{neg:reference|OMB-31877}} skriver inte ut kvitton

Hej {{PERSON|Zoran}},

Tack för bilderna. Felkoden E-42 betyder att skrivaren har fel firmware ({{neg:version|3.1.7}}); en tekniker kommer onsdag {{neg:date|18 nov}} mellan {{neg:time|08:00}} och {{neg:time|11:00}}. Ring {{PHONE|040-21 36 48}} om tiden inte passar.

> {{PERSON|Zoran Ilić}} skrev:
> terminalen funkar inte sen i morse, kunderna blir sura, ring mig {{PHONE|073-380 62 91}}

Vänliga hälsningar
Ombudssupport`),

  sv("chat", `[13:40] Kund: mitt uttag har fastnat. {{neg:amount|6 750 kr}}. {{neg:withdrawal-ref|UTG-5531920}}
[13:41] Support: Hej, jag tittar. Uttaget gick till ett norskt konto, vi betalar bara till konton i ditt eget namn, och banken returnerade det.
[13:42] Kund: jag är norsk men bor i malmö, kontot är mitt: {{IBAN|NO09 1503 2749 866}}
[13:43] Support: Då behöver vi ett kontoutdrag som visar namnet. Du kan mejla det till {{EMAIL|uttag@example.se}}.
[13:43] Kund: fikk aldri svar sist jeg sendte mail. kan noen ringe meg, {{PHONE|+47 412 83 906}}
[13:44] Support: Absolut, en kollega ringer dig inom en timme.`),

  sv("call", `Samtalsanteckning {{neg:time|16:05}}
{{PERSON|Ahmed Yusuf Warsame}} ringer om sin bror (kund {{neg:player-id|SE-3097715}}), som enligt {{PERSON|Ahmed}} spelat bort sin lön två månader i rad.
- förklarat sekretess, kan inte säga om brodern har konto
- tipsat om Spelpaus och Stödlinjen
- {{PERSON|Ahmed}} vill bli uppringd av spelansvarsteamet, nummer: "{{PHONE|noll sju två, nio fem fyra, elva åttio}}"
- bad honom inte skicka broderns personnummer via mejl`),

  sv("chat", `Kund: hej jag vann på en skraplott, {{neg:amount|25 000 kr}}. ombudet säger att jag måste kontakta er
Support: Grattis! Ange lottens nummer, längst ner på baksidan.
Kund: {{neg:ticket-number|SK-4720-09918-06}}
Support: Tack. Den är registrerad som vinst. Vi behöver namn, personnummer och ett bankkonto i ditt namn, blanketten mejlas till dig. Vilken adress?
Kund: {{EMAIL|b.ros.1990@example.com}}, och mitt nr är {{PHONE|079-330 57 12}}
Support: Perfekt, blanketten kommer inom en timme.`),
]
