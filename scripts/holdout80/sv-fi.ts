// Swedish and Finnish texts (three of each locale's fifteen in English), written one by one: inkasso and perintä calls
// and chats (a dödsbo, a register extract, a settlement, a velkajärjestely, a due date moved, a call-quality review),
// a move-in inspection, a noise complaint, a månadsavgift, a pipe renovation, a parking queue, a storm-broken window,
// learner support (a certificate name, an account takeover, a missed webinar, a cohort transfer, an erasure request),
// and appliance desks (a withdrawn extended warranty, a service partner's invoice, a second-hand dryer, a part on
// backorder), with OCR numbers and viitenumerot and Finnish names declined in their cases, of a debt-collection agency,
// a property manager, an online-course platform and an appliance warranty and repair desk.
import { mk } from "./mk.ts"

const sv = mk("sv-SE")
const fi = mk("fi-FI")

export const SV_SE = [
  sv("call", `Samtal — ärende {{neg:case-number|INK-26-044817}} — {{neg:date|2026-03-10}}
Inringare: {{PERSON|Lena Åkesson}}, dotter till gäldenären {{PERSON|Bengt Åkesson}}, som avled i februari. Skulden är en obetald tandläkarräkning på {{neg:amount|4 260 kr}}.
Förklarat att skulden betalas av dödsboet, inte av henne personligen. Räcker inte tillgångarna görs en dödsboanmälan och skulden skrivs av.
Hon skickar bouppteckningen eller dödsboanmälan när den är klar; ärendet pausas i 90 dagar.
Numret hon läste upp: {{PHONE|noll sju noll, fyra ett två, trettioåtta, nittiofem}}. Inga brev till pappans adress, hellre e-post: {{EMAIL|lena.akesson@example.se}}.`),

  sv("email", `Från: {{PERSON|Mattias Grönlund}} <{{EMAIL|m.gronlund@example.se}}>
Till: Dataskydd <{{EMAIL|dataskydd@example.se}}>
Ämne: Registerutdrag och klagomål — ärende {{neg:case-number|INK-26-039260}}

Hej,

med stöd av dataskyddsförordningen (artikel 15) begär jag ett utdrag över alla personuppgifter ni behandlar om mig.

Jag vill också klaga: er handläggare ringde min arbetsplats tre gånger förra veckan och sa till växeln att det gällde "en skuld". Det är inte okej.

Min adress: {{neg:street|Skolgatan 14}}, {{neg:postcode|903 26}} Umeå. Mobil: {{PHONE|070-639 25 81}}.

Mvh {{PERSON|Mattias Grönlund}}

---
Svar: Hej, vi har tagit emot din begäran och skickar utdraget inom en månad. Klagomålet har gått vidare till {{PERSON|Sofia Nyström}}, som ansvarar för klagomål; hon hör av sig senast {{neg:date|2026-03-27}}. Vi beklagar samtalen till din arbetsplats. Dataskyddsombudet nås på {{PHONE|020-59 38 26}}.`),

  sv("chat", `Chatt — inkasso
Kund: hej, jag har en skuld på ungefär 12 000 hos er. kan jag betala en del direkt och bli av med den?
Handläggare: Hej, {{PERSON|Emil Sandberg}} här. Vilket ärende gäller det?
Kund: {{neg:case-number|INK-26-051133}}
Handläggare: Skulden är {{neg:amount|11 874 kr}} inklusive ränta. Borgenären godkänner en slutbetalning på {{neg:amount|9 500 kr}} om den kommer in senast {{neg:date|31 mars}}.
Kund: ok det fixar jag. kan jag betala med kort direkt? {{CARD|5456 1209 8833 0274}}
Handläggare: Vi tar inte kortbetalningar i chatten, och jag har dolt numret. Betala till vårt bankgiro med OCR {{neg:payment-ref|88201147365}}, annars hittar vi inte betalningen.
Kund: och då får jag ingen betalningsanmärkning?
Handläggare: Ärendet har aldrig gått till Kronofogden, så nej. Bekräftelsen skickas till {{EMAIL|h.abdi@example.se}}, stämmer den?
Kund: ja`),

  sv("note", `Collector note (English) — file {{neg:case-number|INK-26-052208}}
Debtor {{PERSON|Ingrid Solberg}}, Norwegian, studied in Lund 2023–2025. Unpaid student housing rent, {{neg:amount|SEK 9 400}}, and a cleaning charge of {{neg:amount|SEK 1 500}} at move-out.
She disputes the cleaning charge (photos from her move-out attached, flat looks clean). Creditor asked for their inspection report; until then only rent is collected.
She will pay the rent part in two transfers from her Norwegian account {{IBAN|NO86 8601 1179 474}}, reference = file number.
Contact: {{PHONE|+47 412 63 908}} or {{EMAIL|ingrid.solberg@example.no}}. Prefers e-mail; calls only after 16:00.`),

  sv("note", `Besiktning vid inflyttning — {{neg:unit-number|lgh 1204}}, {{neg:street|Rådmansgatan 61}}, {{neg:postcode|113 57}} Stockholm — {{neg:date|2026-03-01}}
Ny hyresgäst: {{PERSON|Jenny Lindahl}}, {{PHONE|0705-92 38 61}}. Besiktningsman: {{PERSON|Kristoffer Öberg}}.
Noterat: repa i parketten i vardagsrummet (ca 30 cm), spricka i kaklet ovanför diskbänken, diskmaskinen {{neg:appliance-model|Electrolux ESF5206LOW}} läcker lite vid luckan.
Skadorna på golv och kakel fanns före inflyttningen och belastar inte hyresgästen vid avflyttning. Diskmaskinen: felanmälan {{neg:case-number|FA-2026-12204}}.
Nycklar: tre lägenhetsnycklar och en tvättstugebricka ({{neg:reference|TB-1204-2}}).
Protokollet skickat till {{EMAIL|jenny.lindahl@example.se}}; hon har två veckor på sig att lägga till något.`),

  sv("email", `Från: Förvaltning <{{EMAIL|forvaltning@example.se}}>
Till: {{EMAIL|petter.lundgren@example.com}}
Ämne: Ny månadsavgift från {{neg:date|1 april}} — {{neg:unit-number|lgh 1304}}, {{neg:street|Storgatan 18}}

Hej {{PERSON|Petter}},

Föreningens stämma har beslutat att höja månadsavgiften med 8 % från {{neg:date|1 april 2026}} på grund av höjda räntor och stambytet. För din lägenhet ({{neg:area|74 kvm}}) blir avgiften {{neg:amount|5 312 kr}} i månaden (tidigare {{neg:amount|4 919 kr}}).
I avgiften ingår värme, vatten och bredband. Elen betalar du själv som förut.

Avierna kommer som vanligt; betalar du via autogiro behöver du inte göra något.

Med vänlig hälsning
{{PERSON|Linnea Åberg}}
Ekonomiförvaltare, {{PHONE|031-711 42 08}}

> Hej, kan jag få ett avdrag för de veckor stambytet pågick i {{neg:name-word|sommar}}? Vi kunde inte duscha på tre veckor. /{{PERSON|Petter Lundgren}}, {{PHONE|076-208 94 31}}`),

  sv("chat", `Hyresgästchatt
Hyresgäst: hej, det är ingen {{neg:name-word|ström}} i köket sedan i morse, resten av lägenheten funkar
Kundtjänst: Hej! Det är {{PERSON|Sara Eklund}}. Har du kollat proppskåpet? Ibland har jordfelsbrytaren löst ut.
Hyresgäst: ja den går ut direkt när jag slår på den igen
Kundtjänst: Då är det troligen fel på något som är inkopplat, eller på ett uttag. Dra ur allt i köket och prova igen?
Hyresgäst: fortfarande samma
Kundtjänst: Okej, jag skickar en elektriker från {{neg:company|Ek & Strand El AB}} i eftermiddag. Vilket nummer når han dig på?
Hyresgäst: {{PHONE|073-914 66 20}}, jag heter {{PERSON|Mikael Strand}}, ingen släkt med firman haha
Kundtjänst: Haha, noterat! Adressen är {{neg:street|Kungsgatan 44}}, {{neg:unit-number|lgh 1001}}?
Hyresgäst: stämmer`),

  sv("call", `Samtal — störningsärende — {{neg:date|2026-03-17}}
{{PERSON|Leif Mattsson}}, {{neg:unit-number|lgh 1002}}, {{neg:street|Tunnelgatan 5}}, {{neg:postcode|222 21}} Lund, ringde om hög musik och dunkande från lägenheten under, nätterna mot lördag och söndag sedan januari.
Andra klagomålet på samma lägenhet. Skickar en skriftlig rättelseanmaning till hyresgästen i 0902; fortsätter störningarna kan hyresavtalet sägas upp.
Bett honom föra en störningsdagbok (datum, tid, vad som hördes).
Numret han sa: {{PHONE|noll sju sex, fem åtta två, nittiotre, sextio}}. Vill helst bli uppringd efter klockan fem.`),

  sv("chat", `Kurssupport — chatt
Deltagare: hej, mitt intyg för kursen i arbetsmiljö ({{neg:course-id|AM-120}}) har fel personnamn, det står {{PERSON|Emma Söder}} istället för {{PERSON|Söderström}}
Support: Hej! Jag heter {{PERSON|Viktor}}. Vad är e-postadressen till ditt konto?
Deltagare: {{EMAIL|emma.soderstrom@example.se}}
Support: Tack! Jag ser att namnet kortades när det importerades från din arbetsgivare. Jag har rättat det till {{PERSON|Emma Söderström}}. Nytt intyg: {{neg:certificate-id|INT-AM120-2026-00931}}.
Deltagare: super. förresten fick jag ett mejl om inloggning från ett annat land?
Support: Ja, det var ett inloggningsförsök från {{IP_ADDRESS|203.0.113.9}} som stoppades av tvåstegsverifieringen. Ingen kom in. Byt gärna lösenord ändå.`),

  sv("note", `Säkerhetsanteckning — deltagarkonto {{neg:learner-id|DK-3302871}}
{{neg:timestamp|2026-03-08 02:51:33 CET}} inloggning från {{IP_ADDRESS|2001:db8:aa0:12::5}} (ny enhet)
{{neg:timestamp|2026-03-08 02:52:41 CET}} e-post ändrad: {{EMAIL|a.lindqvist@example.se}} → {{EMAIL|lindqvist.kurser@example.net}}
{{neg:timestamp|2026-03-08 02:55:09 CET}} två kurser flyttade till annat konto
Deltagaren {{PERSON|Anna Lindqvist}} ringde 08:10 från {{PHONE|046-13 27 50}} (jobbet): hon har inte gjort något. Vanliga inloggningar från {{IP_ADDRESS|172.20.4.18}} (universitetets nät).
Åtgärd: kontot låst, e-post och kurser återställda, tvåstegsverifiering påslagen. Appversion {{neg:version|4.1.9}}.`),

  sv("email", `From: {{PERSON|Chloé Tremblay}} <{{EMAIL|chloe.tremblay@example.ca}}>
To: Learner Support <{{EMAIL|support@example.se}}>
Subject: Missed the live session — Sustainable Supply Chains ({{neg:course-id|SSC-301}})

Hello,

the live webinar was listed as "18:00" in my confirmation, and I joined at 18:00 Montreal time — six hours late. The e-mail didn't say the time was CET.

Is there a recording, and can I join the next group's live session instead? That one is on {{neg:date|9 April}} at 12:00 CET, which is 6 am here, but that works.

My phone (WhatsApp): {{PHONE|+1 514 382 6907}}.

Thanks,
{{PERSON|Chloé Tremblay}}

---
Hi, sorry about that: the invitation template in platform version {{neg:version|5.0.2}} dropped the time zone, and it's fixed now. The recording is on your course page and I've moved you to the {{neg:date|9 April}} session. — Learner Support, {{PHONE|08-690 38 52}}`),

  sv("call", `Samtal — ångerrätt — {{neg:date|12 mars 2026}}
Kund: {{PERSON|Annika Vikström}}, Solna. Köpte en femårig utökad garanti till sin nya tvättmaskin {{neg:appliance-model|Samsung WW90T534DAW}} på nätet den {{neg:date|5 mars}}, {{neg:amount|1 290 kr}}. Hon ångrar sig: maskinen har redan tre års reklamationsrätt, säger hon.
Inom 14 dagar → full återbetalning till kortet {{neg:masked-card|•••• 3307}}. Avtal {{neg:warranty-number|UG-SE-26-11382}} avslutat.
Förklarat skillnaden: reklamationsrätten gäller fel som fanns vid köpet, den utökade garantin även slitage och olyckor. Hon står fast vid beslutet.
Bekräftelse på SMS till numret hon läste upp: {{PHONE|noll åtta, fem fyra fem, tolv, sjuttiosex, noll}} — hon har bara fast telefon.`),

  sv("email", `Från: {{neg:company|Nordvik & Ek Vitvaruservice AB}} <{{EMAIL|faktura@example.se}}>
Till: Garantiavdelningen <{{EMAIL|garanti@example.se}}>
Ämne: Faktura {{neg:invoice-number|F-2026-0312}} — garantiuppdrag februari

Hej,

här kommer fakturan för februari: 14 garantiuppdrag i Västra Götaland, totalt {{neg:amount|38 460 kr}} exkl. moms. Specifikationen är bifogad; tre uppdrag att notera:
- {{neg:ticket-number|SR-26-19442}}: kund {{PERSON|Åsa Blom}}, Borås — extra resa, kunden var inte hemma
- {{neg:ticket-number|SR-26-19507}}: kund {{PERSON|Niklas Hedberg}}, Alingsås — reservdelen beställdes två gånger
- {{neg:ticket-number|SR-26-19611}}: ingen åtgärd, felet gick inte att återskapa

Betalning till {{IBAN|SE23 3000 0000 0321 0567 8941}} inom 30 dagar.

Vänliga hälsningar
{{PERSON|Per Nordvik}}, {{PHONE|031-83 96 25}}`),

  sv("note", `Garantiärende {{neg:case-number|GA-26-5813}} — begagnat köp
Kund {{PERSON|Oscar Dahlberg}} ({{PHONE|013-25 98 36}}) vill få sin torktumlare {{neg:appliance-model|Electrolux PerfectCare 800}} lagad på garantin. Han köpte den begagnad på en köp-och-sälj-sajt i januari.
Serienummer enligt bilden på typskylten: {{neg:serial-number|71400217}}; såld ny {{neg:date|2024-06-14}} enligt säljarens kvitto.
Bedömning: tillverkarens garanti följer produkten, men reklamationsrätten enligt konsumentköplagen gäller bara mot säljaren, och säljaren var en privatperson. Tillverkargarantin (2 år) gäller alltså till {{neg:date|2026-06-14}} → tekniker bokas.
Fel enligt kunden: kod {{neg:error-code|E51}}, trumman stannar efter några minuter.`),

  sv("chat", `Customer care — chat (English)
Customer: This is the fourth time the same fridge stops cooling. Three repairs since November. I want a new one.
Agent: Hi, this is {{PERSON|Matilda Berggren}}. I'm sorry. Can you give me the case number?
Customer: {{neg:case-number|GA-26-4472}}
Agent: Thanks. The same fault three times within the complaint period, so you're entitled to a replacement or your money back. Which would you prefer?
Customer: replacement, same model if possible
Agent: The {{neg:appliance-model|Bosch Serie 6 KGN39AIAT}} is in stock. Delivery and removal of the old one are free. Tuesday 8–12?
Customer: fine. call me before: {{PHONE|+46 73 318 52 06}}, I'm {{PERSON|Dmitri Volkov}}
Agent: Booked, {{PERSON|Dmitri}}. The confirmation goes to {{EMAIL|dvolkov@example.com}}.`),
]

export const FI_FI = [
  fi("call", `Puhelumuistio — perintä — toimeksianto {{neg:case-number|PT-2026-031447}} — {{neg:date|10.3.2026}} klo {{neg:time|12.15}}
Velallinen {{PERSON|Jukka Hakala}} soitti: käräjäoikeus vahvisti hänelle velkajärjestelyn {{neg:date|24.2.2026}}, ja meidän toimeksiantomme (kaksi kulutusluottoa, yhteensä {{neg:amount|6 842,19 €}}) on mukana maksuohjelmassa.
Pyysin maksuohjelman kopion; hän lähettää sen osoitteesta {{EMAIL|jukka.hakala@example.fi}}. {{PERSON|Jukka Hakalalle}} lähtee kirjallinen vahvistus keskeytyksestä.
Perintätoimet keskeytetty heti. Toimeksiantajalle ilmoitetaan; jatkossa suoritukset tulevat maksuohjelman mukaan selvittäjän kautta.
Numero, jonka hän luetteli: {{PHONE|nolla neljä nolla, viisi yksi kaksi, kahdeksan kahdeksan kolme neljä}}.`),

  fi("email", `Lähettäjä: {{PERSON|Anna Korhonen}} <{{EMAIL|anna.korhonen@example.fi}}>
Vastaanottaja: Perintä <{{EMAIL|perinta@example.fi}}>
Aihe: Toimeksianto {{neg:case-number|PT-2026-029318}} — maksettu jo

Hei,

saamani perintäkirjeen mukaan minulla on maksamatta {{neg:amount|412,35 €}} sähkölaskusta. Maksoin laskun {{neg:date|2.2.2026}} tililtäni {{IBAN|FI10 1234 5600 0009 83}}; kuitti on liitteenä. Käytin ehkä väärää viitettä, joten maksu ei kohdistunut.

Kirjeessänne on lisäksi tilinumero {{neg:iban-checksum|FI10 1234 5600 0009 38}}, jota pankkini ei hyväksy. Kannattaa tarkistaa.

Pyydän kirjallisen vahvistuksen siitä, että asia on loppuun käsitelty. Tavoitatte minut numerosta {{PHONE|050 908 1163}}.

Ystävällisin terveisin
{{PERSON|Anna Korhonen}}
{{neg:street|Hämeenkatu 21}}, {{neg:postcode|33200}} Tampere`),

  fi("chat", `Chat — maksuasiat
Asiakas: hei, voiko maksusuunnitelman eräpäivän siirtää kuun viidenneltä kahdennellekymmenennelle? palkka tulee vasta 15. päivä
Asiakaspalvelu: Hei! Täällä {{PERSON|Tuomas Laaksonen}}. Mikä on toimeksiantonumerosi?
Asiakas: {{neg:case-number|PT-2026-033910}}
Asiakaspalvelu: Onnistuu. Jäljellä on viisi erää à {{neg:amount|64,00 €}}; seuraava eräpäivä on {{neg:date|20.4.2026}}. Viitenumero pysyy samana: {{neg:payment-ref|9041 72254}}.
Asiakas: saisinko laskut e-laskuna?
Asiakaspalvelu: E-laskusopimuksen voi tehdä verkkopankissa. Lähetän ohjeet sähköpostiisi, onko se yhä {{EMAIL|e.rautio@example.fi}}?
Asiakas: on
Asiakaspalvelu: Hienoa, {{PERSON|Elina}}. Muutos on tehty 🙂`),

  fi("note", `Call quality review (English) — file {{neg:case-number|PT-2026-034552}}
Reviewer: {{PERSON|Hanna Mäkelä}}. Agent reviewed: {{PERSON|Sami Ahonen}}. Call of {{neg:date|6.3.2026}}, 7 min 40 s, to the debtor {{PERSON|Reijo Tuominen}} ({{PHONE|040 962 3857}}).
Findings:
- Identity not verified before the debt was discussed: his wife answered, and the agent told her the amount ({{neg:amount|€ 1,240.00}}). Breach of our disclosure rule.
- Payment plan offered correctly: {{neg:amount|€ 155}} a month, agreed.
- Call recording properly announced at the start.
Score 62/100. Coaching session booked; a letter of apology to Mr {{PERSON|Tuominen}} approved by compliance.`),

  fi("note", `Muistio — linjasaneeraus, {{neg:company|As Oy Kalevankulma}}, {{neg:street|Kalevankatu 27}}, {{neg:postcode|00180}} Helsinki
B-portaan kylpyhuoneet puretaan {{neg:date|13.4.}}–{{neg:date|5.6.2026}}; vesi katkaistaan koko portaasta arkipäivisin klo 8–16.
Asukkaat, jotka tarvitsevat väistöasunnon tai erityisjärjestelyjä:
- {{neg:unit-number|B 21}}: {{PERSON|Aune Heikkilä}}, 91 v., omainen {{PERSON|Pirjo Heikkilä}}, {{PHONE|050 583 2916}}
- {{neg:unit-number|B 24}}: lapsiperhe, {{PERSON|Antti Salminen}}, {{PHONE|044 239 6158}}, pyytää väistöasuntoa samalta alueelta
Urakoitsija {{neg:company|Lindholm Putki Oy}}, työmaapäällikkö tavoitettavissa numerosta {{PHONE|09 8563 2970}}. Kustannusarvio {{neg:amount|1 180 €/m²}}.`),

  fi("email", `Lähettäjä: Isännöinti <{{EMAIL|isannointi@example.fi}}>
Vastaanottaja: {{EMAIL|ville.kettunen@example.com}}
Aihe: Autopaikkajono — {{neg:unit-number|C 9}}

Hei,

olet autopaikkajonossa sijalla 3. Lämpöpistokkeellinen paikka {{neg:reference|P-14}} vapautuu {{neg:date|1.5.2026}}, ja se tarjotaan ensin jonossa ensimmäisenä olevalle. Vuokra on {{neg:amount|25 €}} kuukaudessa.
Ilmoitathan, jos et enää tarvitse paikkaa.

Ystävällisin terveisin
{{PERSON|Kaisa Rantanen}}, isännöitsijä, {{PHONE|010 439 2200}}

> Kiitos! Onko jonon ensimmäinen varmasti vielä kiinnostunut? Hän taisi jo muuttaa pois. {{neg:name-word|Aina}} kun kysyn, sanotaan että jono liikkuu. T. {{PERSON|Ville Kettunen}}, {{PHONE|040 728 5936}}`),

  fi("chat", `Vuokralaisten chat
Vuokralainen: moi, saunan kiuas ei lämpene ja sulake palaa heti kun sen laittaa päälle
Huolto: Hei, täällä {{PERSON|Ville}}. Eli {{neg:name-word|virta}} katkeaa heti? Onko kiukaan kivet vaihdettu lähiaikoina?
Vuokralainen: ei oo. kiuas on varmaan 15 vuotta vanha
Huolto: Sitten vastus on todennäköisesti rikki. Lähetän sähkömiehen huomenna aamupäivällä. Osoite?
Vuokralainen: {{neg:street|Kauppakatu 8}}, {{neg:postcode|40100}} Jyväskylä, {{neg:unit-number|C 24}}
Huolto: Mihin numeroon sähkömies soittaa?
Vuokralainen: {{PHONE|046 922 1057}}, {{PERSON|Tiina Salosen}} nimellä on sopimus
Huolto: Selvä, kiitos {{PERSON|Tiina}}. Kiukaan vaihto on vuokranantajan kustannus.`),

  fi("call", `Puhelu — myrskyvahinko — {{neg:date|17.3.2026}}
Vuokralainen {{PERSON|Maria Nurmi}}, {{neg:street|Satakunnankatu 19}}, {{neg:postcode|33210}} Tampere, {{neg:unit-number|A 5}}: yöllinen myrsky rikkoi makuuhuoneen ikkunan ulkolasin, lasinsiruja on parvekkeella.
Lasimestari tilattu huomiseksi; ikkuna peitetään levyllä tänään klo {{neg:time|16.00}}. Korjaus maksetaan taloyhtiön vakuutuksesta, ei vuokralaiselta.
Numero, jonka hän sanoi: {{PHONE|nolla viisi nolla, kolme kuusi yksi, kaksi kaksi nolla seitsemän}}. Kumppani {{PERSON|Jari}} hoitaa avaimet, {{PHONE|+358 50 392 6185}}.`),

  fi("chat", `Opiskelijatuki — chat
Opiskelija: hei, olen ollut sairauslomalla kolme viikkoa enkä ehdi palauttaa tehtäviä. voinko siirtyä seuraavaan ryhmään?
Tuki: Hei! Täällä {{PERSON|Emilia}}. Mistä kurssista on kyse?
Opiskelija: UX-suunnittelun perusteet ({{neg:course-id|UXD-120}})
Tuki: Seuraava ryhmä alkaa {{neg:date|4.5.2026}}. Siirto on maksuton, kun saamme lääkärintodistuksen, ja tähänastiset suorituksesi (moduulit 1–3) siirtyvät mukana.
Opiskelija: kiva. minne todistus?
Tuki: Lataa se tiliisi kohtaan Liitteet tai lähetä osoitteeseen {{EMAIL|opintotuki@example.fi}}. Tilisi sähköposti on {{EMAIL|o.hamalainen@example.fi}}, eikö?
Opiskelija: joo
Tuki: Selvä, {{PERSON|Olli}}. Pikaista paranemista!`),

  fi("note", `Tietosuojapyyntö — tietojen poisto — {{neg:case-number|TS-2026-0093}}
Entinen opiskelija {{PERSON|Riikka Lindroos}} pyysi {{neg:date|2.3.2026}} kaikkien tietojensa poistamista (GDPR 17 art.).
Poistettu: profiili, sähköposti {{EMAIL|riikka.lindroos@example.fi}}, puhelinnumero {{PHONE|019 352 6980}}, keskusteluviestit ja tehtäväpalautukset.
Säilytetään kirjanpitolain vuoksi kuusi vuotta: laskut 2024–2025 (asiakasnumero {{neg:customer-number|AS-77120}}).
Kirjautumislokit poistuvat itsestään 90 päivän kuluttua; viimeisin merkintä {{neg:timestamp|2026-02-27 19:04:31 EET}} osoitteesta {{IP_ADDRESS|2001:db8:5f:200::31}}.
Vahvistus lähetetty {{neg:date|16.3.2026}}.`),

  fi("email", `From: {{PERSON|Yuki Tanabe}} <{{EMAIL|yuki.tanabe@example.jp}}>
To: Learner Support <{{EMAIL|support@example.fi}}>
Subject: Student discount — verification failed

Hello,

I'm an exchange student at the University of Jyväskylä until June. Your student discount (40 %) asks me to verify with a university e-mail, but my address {{EMAIL|yuki.tanabe@example.fi}} is rejected ("domain not recognised").

I've attached my student card and the exchange acceptance letter. The course is "Data Visualisation with Python" ({{neg:course-id|DVP-220}}), full price {{neg:amount|€ 240.00}}.

Phone: {{PHONE|+358 44 825 3961}}

Best regards,
{{PERSON|Yuki Tanabe}}`),

  fi("call", `Puhelu — asennus — {{neg:date|12.3.2026}}
Asiakas {{PERSON|Seppo Mattila}}, Jyväskylä, osti meiltä induktiotason {{neg:appliance-model|Electrolux 600 EIV63440BW}}. Asentaja ei kytkenyt sitä, koska keittiössä on vanha yksivaiheinen liitäntä.
Kerroin {{PERSON|Mattilalle}}, että liitännän muutos ei kuulu toimitukseen; tarvitaan sähköurakoitsija (arvio {{neg:amount|150–250 €}}). Jos hän haluaa vaihtaa pistotulppamalliin, palautusoikeus on 14 päivää.
Asiakkaan numero, jonka hän luetteli: {{PHONE|nolla neljä neljä, seitsemän yksi kahdeksan, kolme kolme yhdeksän nolla}}. Lankapuhelin {{PHONE|014 269 3857}}.`),

  fi("email", `Lähettäjä: Takuupalvelu <{{EMAIL|takuu@example.fi}}>
Vastaanottaja: {{EMAIL|marko.viitanen@example.com}}
Aihe: Lisäturvan uusiminen — {{neg:warranty-number|LT-FI-2023-08812}}

Hei {{PERSON|Marko}},

kodinkoneidesi lisäturva (pyykinpesukone ja kuivausrumpu) päättyy {{neg:date|30.4.2026}}. Uusiminen kolmeksi vuodeksi maksaa {{neg:amount|189 €}}.

Yritimme veloittaa maksun, mutta palvelussa päivittämäsi kortin numero {{neg:luhn-invalid|5301 2794 8361 5752}} on virheellinen: tarkistenumero ei täsmää. Päivitä korttitiedot palvelussa, älä lähetä kortin numeroa sähköpostilla.

Ystävällisin terveisin
{{PERSON|Laura Koivisto}}, {{PHONE|06 318 2695}}`),

  fi("note", `Muistio — varaosaviive — {{neg:ticket-number|HR-26-10457}}
Asiakkaan {{PERSON|Eeva Lahtisen}} astianpesukone {{neg:appliance-model|Siemens iQ300 SN23HI60AS}} odottaa ohjausyksikköä ({{neg:model-number|ELC-00754866}}), joka on jälkitoimituksessa tehtaalta. Odotusta takana viisi viikkoa; takuu voimassa.
Etupaneelin {{neg:name-word|valo}} vilkkuu yhä, kone ei käynnisty. Perheessä neljä lasta, astiat pestään käsin.
Päätös: hyvitys {{neg:amount|100 €}} lahjakorttina; jos osa ei tule {{neg:date|15.4.2026}} mennessä, kone vaihdetaan uuteen.
Asiakkaalle soitettu numeroon {{PHONE|+358 45 207 3318}}, hän hyväksyi.`),

  fi("chat", `App support — chat (English)
Customer: the oven app says "device offline" all the time. wifi works for everything else
Agent: Hi, I'm {{PERSON|Niko Laitinen}}. Which oven and which app version?
Customer: {{neg:appliance-model|AEG 8000 BSE798380B}}, app {{neg:version|4.22.1}}
Agent: Thanks. In the oven's network menu, what address does it show?
Customer: {{IP_ADDRESS|192.168.50.112}}, and the router is a mesh system
Agent: Mesh routers sometimes put the oven on the 5 GHz band, which it doesn't support. Create a 2.4 GHz guest network and pair it again.
Customer: ok that worked!
Agent: Great. If it drops again I'll send a technician. Which phone and e-mail should I note?
Customer: 👉 {{PHONE|+358 40 166 2093}}, {{EMAIL|k.ahmadi@example.fi}}
Agent: Thanks, both noted.`),
]
