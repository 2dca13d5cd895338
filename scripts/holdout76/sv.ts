// sv-SE texts, written one by one: a lift maintainer and a heating servicer, a SaaS help desk, a forwarder and customs
// broker in Gothenburg and a commercial landlord's tenant desk in Stockholm.
import { mk } from "./mk.ts"

const sv = mk("sv-SE")

export const SV_SE = [
  sv("ticket", `Hissmontage Mälardalen AB · Felanmälan {{neg:ticket-number|HM-2026-14471}}
Objekt: Kontorshus Kungsbron, hiss 2, {{neg:postcode|111 22}} Stockholm
Anmält {{neg:date|2026-12-02}} {{neg:time|07:41}} av fastighetsskötare {{PERSON|Jonas Åkesson}}, {{PHONE|070-382 14 56}}
Teknikerjour: {{PHONE|08-22 71 40}}
Åtgärd: dörrbrytare bytt, hissen i drift igen {{neg:time|09:15}}. Nästa besiktning enligt avtal {{neg:contract-number|SA-3381}}.`),
  sv("email", `Från: {{PERSON|Linnea Sjöberg}} <{{EMAIL|linnea.sjoberg@example.net}}>
Till: {{EMAIL|support@fakturo.example.com}}
Ämne: Lägg till IP-adresser i vitlistan

Hej!
Vi har bytt internetleverantör. Kan ni lägga till {{IP_ADDRESS|203.0.113.164}} för vårt konto {{neg:account-number|FKT-SE-0931}} och ta bort {{IP_ADDRESS|192.168.1.1}}?
Klienten är version {{neg:version|8.0.2}}.

Med vänlig hälsning
{{PERSON|Linnea Sjöberg}}
{{PHONE|08-545 812 30}}`),
  sv("chat", `#jour-värme · Värmeservice Västerbotten
[06:40] Jour Umeå: fjärrvärmecentral i Umeå skola larmar, ingen värme i gymnastiksalen
[06:41] Kundtjänst: vaktmästare {{PERSON|Hassan Abdi}} öppnar 7, {{PHONE|073-614 22 98}}
[06:43] Jour Umeå: åker dit. arbetsorder {{neg:order-number|VN-55018}}
[06:44] Kundtjänst: pumpen byttes i {{neg:name-word|sommar}}, kolla garantin`),
  sv("form", `Underentreprenör — Hissmontage Mälardalen AB
Företag: Lyftteknik i Västerås AB
Kontaktperson: {{PERSON|Dragana Nikolić}}
Org.nr: {{neg:tax-id|556814-2207}}
Telefon: {{PHONE|+46 70 551 38 07}}
E-post: {{EMAIL|dragana@lyftteknik.example.net}}
IBAN: {{IBAN|SE35 3000 0000 0046 1238 8471}}
Postnummer: {{neg:postcode|722 10}}`),
  sv("ticket", `Göta Älv Spedition & Tull · Import {{neg:booking-ref|GAS-I-339120}}
Container {{neg:tracking-number|MAEU 226710 5}} lossad Skandiahamnen {{neg:date|30 november}}
Mottagare: Nordisk Möbeldesign AB, kontakt {{PERSON|Ebba Lindström}}, {{PHONE|+46 31 711 48 20}}
{{neg:reference|Tulltaxenummer 9403.60.10}}, tull och moms {{neg:amount|48 912 kr}}
Åkeriets trafikledning {{PHONE|070-441 83 26}}, regnr {{neg:plate|ABC 12D}}, leverans {{neg:date|4 december}}`),
  sv("email", `Från: {{EMAIL|ekonomi@kvarnholmen-fastigheter.example.net}}
Till: {{PERSON|Oskar Nyström}}
Ämne: Avräkning driftkostnader 2025

Hej {{PERSON|Oskar}},
Ni har {{neg:amount|6 240 kr}} att få tillbaka. Kontot ni angav, {{neg:iban-checksum|SE57 6000 0000 0008 1234 5674}}, godtas inte av banken. Vi betalar till {{IBAN|SE48 6000 0000 0008 1234 5674}} om ni bekräftar.
Frågor: {{PERSON|Maja Ekström}}, {{PHONE|08-640 33 18}}`),
  sv("ticket", `Fakturo Support · Ärende {{neg:ticket-number|FK-20418}} · SSO slutade fungera
Beställare: {{PERSON|Filip Bergqvist}}
> 2026-12-01 13:07:29 ERROR oidc.token user="{{PERSON|Sanna Virtanen}}" src_ip={{IP_ADDRESS|2001:db8:5e::41}} err=invalid_client
Svar från supporten ({{PHONE|031-774 20 18}}): klienthemligheten gick ut {{neg:date|30 november}}. Ny hemlighet skapad, release {{neg:version|8.0.3}}.`),
  sv("chat", `Teams · Reception Kvarnholmen
[10:02] Reception: hyresgästen på plan 4 vill ha passerkort till två konsulter
[10:03] Fastighetsförvaltare: namn?
[10:03] Reception: {{PERSON|Wei Zhang}} och {{PERSON|Amina Yusuf}}, kontakt hos hyresgästen {{PHONE|076-223 48 19}}
[10:05] Fastighetsförvaltare: kort {{neg:serial-number|KH-8812}} och {{neg:serial-number|KH-8813}} klara, depositionen {{neg:amount|200 kr}}`),
  sv("form", `arbetsorder,kund,adress,kontakt,telefon,utrustning,datum
{{neg:order-number|VN-55104}},Tandläkarna i Luleå,Storgatan 8,{{PERSON|Kristina Öberg}},{{PHONE|072-845 19 03}},NIBE F1255 (serienr {{neg:serial-number|06581822}}),{{neg:date|2026-12-08}}`),
  sv("email", `Från: {{PERSON|Johan Lindqvist}} <{{EMAIL|johan.lindqvist@example.com}}>
Till: {{EMAIL|tull@gota-alv-spedition.example.net}}
Kopia: {{PERSON|Fatemeh Karimi}}
Ämne: VB: Betalning tull, AWB {{neg:tracking-number|117-50224386}}

Dra tullen ({{neg:amount|3 185 kr}}) på vårt företagskort {{CARD|4765 1990 3284 4117}}.
---------- Vidarebefordrat meddelande ----------
> Från: {{PERSON|Fatemeh Karimi}}
> Speditören behöver betalning före {{neg:time|15:00}} annars står godset kvar.`),
  sv("ticket", `Hissmontage Mälardalen · Reservdelsbeställning {{neg:order-number|RB-2026-0772}}
Till: Kv. Spindeln, hiss 1
Beställd via lagret {{PHONE|+46 90 13 44 70}} · leverantör {{PERSON|Tiina Koskinen}} {{PHONE|018-471 20 55}}
Betalt med kort {{neg:masked-card|**** 5518}}, {{neg:amount|12 400 kr}}
Anm.: första kortnumret som lämnades, {{neg:luhn-invalid|4765 1990 3284 4110}}, gick inte igenom.`),
  sv("chat", `Slack #fakturo-billing
[14:11] Billing SE: kund vill ha återbetalning till {{IBAN|SE25 8000 0832 7900 0441 7265}}
[14:12] Ekonomi: faktura och belopp?
[14:12] Billing SE: {{neg:invoice-number|FKT-F-55120}}, {{neg:amount|4 800 SEK}}
[14:13] Ekonomi: fixar det i morgon`),
  sv("form", `Besöksregistrering Kvarnholmen
Besökare: {{PERSON|Olle Bäckström}}
Företag: Kylteknik Syd
Besöker: Advokatbyrån Falk
Mobil: {{PHONE|040-611 73 84}}
Ankomst: {{neg:time|13:20}}`),
  sv("email", `Från: {{PERSON|Astrid Nordin}} <{{EMAIL|astrid.nordin@example.org}}>
Till: {{EMAIL|service@varmeservice-vasterbotten.example.net}}
Ämne: Serviceavtal — kortbetalning

Hej, årsservicen ({{neg:amount|2 950 kr}}) kan dras på {{CARD|3488 702155 64326}}. Er tekniker {{PERSON|Kalle Jonsson}} kan ringa {{PHONE|+46 8 411 62 37}} för att boka tid.
Hälsningar {{PERSON|Astrid}}`),
  sv("ticket", `Göta Älv Spedition · Export {{neg:booking-ref|GAS-E-80415}}
Avsändare: Bohus Granit AB, kontakt {{PERSON|Sven-Erik Dahl}}
Container {{neg:tracking-number|TCLU 330915 7}} · {{neg:reference|tulltaxenr 6802.93.10}} · 22 ton
Mottagare: Al Noor Building Materials, Dubai, attn {{PERSON|Khalid Al-Farsi}}
Mottagarens expeditör {{PERSON|Sunil Pradhan}} ber om samtal på {{PHONE|070-914 27 63}}.`),
]
