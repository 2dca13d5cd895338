// The second batch, three texts a locale: more voicemail notes, SMS threads, store replies and shift handovers,
// written one by one after the first six files (plus the last SSNs and NI numbers).
import { mk } from "./mk.ts"

export const MORE_EN_US = [
  mk("en-US")("summary", `vm left {{neg:time|7:02 am}}, garbled: "hey it's uh {{PERSON|Trav}}… {{PERSON|Travis Boone}}… about the roof estimate, call me back at {{PHONE|four oh five, three three one, seven seven two eight}}… that's {{PHONE|405-331-7728}}, thanks"`),
  mk("en-US")("ticket", `HR onboarding form (typed by employee)
name: {{PERSON|nguyen thi lan}}
ssn: {{US_SSN|231 60 5582}}
emergency contact: {{PERSON|Bao Nguyen}} (husband) {{PHONE|714-552-8093}}
start date {{neg:date|12/15/2026}}
bank: direct deposit form attached`),
  mk("en-US")("sms", `[SMS thread]
Them: u still selling the couch
Me: yes {{neg:amount|$200}} obo
Them: can do 150 cash. im {{PERSON|Rae}} btw, my # is {{PHONE|206 491 3375}}
Me: ok come sat after {{neg:time|11am}}. To be {{neg:name-word|frank}} I'd rather not go below 175`),
  mk("en-US")("email", `Subject: W-4 correction

Hi {{PERSON|Marcy}},
My social security number on the W-4 was typed as {{neg:ssn-invalid|912-40-7731}}, it should be {{US_SSN|609-44-1273}}. Sorry!! Also my cell changed to {{PHONE|(773) 618-2054}}.
Thanks, {{PERSON|Darnell Hughes}}
Sent from my iPhone`),
]

export const MORE_ES_US = [
  mk("es-US")("sms", `Hola don {{PERSON|Chuy}}! soy {{PERSON|Paty}} de la taquería, su pedido de 200 tamales para el {{neg:date|24 de diciembre}} ya quedó. Depósito {{neg:amount|$150}}. Cualquier cosa {{PHONE|(323) 904-7716}} 🌮`),
  mk("es-US")("note", `handoff: la clienta {{PERSON|Wendy Arévalo}} quiere cancelar el seguro del carro, poliza {{neg:policy-number|AUT-30928817}}. dice que ya no maneja. marcar al {{PHONE|+1 480 733 2169}} despues de las {{neg:time|5pm}}. ella prefiere español pls`),
  mk("es-US")("summary", `Resumen llamada – Remesas Unidas
Cliente: {{PERSON|Ortiz Salazar, Fredy}}
Envío de {{neg:amount|$450}} a Guatemala, beneficiaria {{PERSON|Rosa Elvira Salazar}}
Tarjeta usada {{CARD|4539 6021 8874 3301}}
Tel {{PHONE|uno, dos cero dos, cinco cinco siete, ocho uno cuatro dos}}
IP de la sesión {{IP_ADDRESS|198.51.100.73}}`),
  mk("es-US")("email", `Asunto: mi pedido llego roto

hello, el pedido {{neg:order-number|WM-4471-9920}} llego con la lampara quebrada 😞 les mando fotos. me pueden llamar al {{PHONE|(915) 207-4438}}? o escriban a {{EMAIL|Paola.Rdz83@example.com}}

{{PERSON|Paola Rodríguez}}`),
]

export const MORE_EN_GB = [
  mk("en-GB")("sms", `Hi its {{PERSON|Becks}} from Ashby Vets, Pickle's jabs are due {{neg:date|18 Dec}}. Book on {{PHONE|01530 412 906}} or reply YES. ta`),
  mk("en-GB")("note", `nite shift handover – {{PERSON|O'NEILL, Siobhan}} (new starter, warehouse) gave NI {{UK_NINO|ZE 08 35 62 A}} & sort code on paper, pls key in am. she'll ring from her mum's landline {{PHONE|0114 276 3308}} if not paid by fri`),
  mk("en-GB")("chat", `Trustpilot reply
{{PERSON|Dave R}}: ★☆☆☆☆ waited 2 hrs on hold. shocking
Halsey Energy: Hi {{PERSON|Dave}}, we're sorry. Our queues {{neg:name-word|rose}} sharply this week. Pls email {{EMAIL|complaints@halseyenergy.example}} with your acc no. and {{PERSON|Priyanka}} from our team will call you back.`),
  mk("en-GB")("summary", `Call summary
caller: Mr {{PERSON|Kwame Asante-Boateng}}
re: pension forms, NI number {{UK_NINO|CE 71 29 84 B}}
ph: {{PHONE|+44 121 496 0783}}` + "\nnext step: post forms 2nd class, {{neg:postcode|B15 2TT}}"),
]

export const MORE_EN_IE = [
  mk("en-IE")("note", `cx {{PERSON|Pádraig}} ({{PERSON|Paddy}}) {{PERSON|Ó Briain}} rang re the creche fees, {{neg:amount|€480}} taken twice. mob {{PHONE|086 903 5512}}. pls cb asap, hes v annoyed. eircode {{neg:postcode|H91 E2K3}}`),
  mk("en-IE")("summary", `vm: {{PERSON|mairéad}} from the pharmacy, script for {{PERSON|Breda Walsh}} is ready, card on file {{neg:masked-card|xxxx-xxxx-xxxx-4420}} declined. ring {{PHONE|021 439 5562}} before {{neg:time|6pm}}`),
  mk("en-IE")("email", `Subject: gas refund

hi there, moved out on {{neg:date|29th November}}, final bill says {{neg:amount|€96.10}} credit. pls refund to {{IBAN|IE63 AIBK 9310 4418 2077 64}}. the sort code on my old form {{neg:iban-checksum|IE36 AIBK 9310 4418 2077 64}} was a typo

{{PERSON|Seán Ó Ceallaigh}}
{{EMAIL|sean.oc@example.net}}`),
  mk("en-IE")("sms", `Hi {{PERSON|Fiona}} it's {{PERSON|Liam}} from Cahill Motors, car is ready for collection, balance {{neg:amount|€340}}. we close at {{neg:time|5:30}}. {{PHONE|+353 57 862 1194}}`),
]

export const MORE_EN_CA = [
  mk("en-CA")("sms", `Hi {{PERSON|Priyanka}}, it's {{PERSON|Jean-Guy}} from Tundra Furnace. Tech arrives btwn {{neg:time|1pm}} and {{neg:time|4pm}} tmrw. Reply C to confirm or call {{PHONE|(204) 783-6619}}`),
  mk("en-CA")("note", `handover: {{PERSON|Mohammed Al-Sayed}} waiting on warranty decision {{neg:claim-number|WC-22871}}, laptop {{neg:serial-number|SN-4K77C9281}}. he asked for email only {{EMAIL|M.AlSayed@Example.org}}. ph on file {{PHONE|+1 403 298 7731}} but he said don't call`),
  mk("en-CA")("summary", `Voicemail summary {{neg:date|Dec 5}}: {{PERSON|Gerry Sinclair}} ({{PERSON|Geraldine}}) called about the hockey tourney hotel block, wants 3 rooms. cb {{PHONE|nine oh two, eight eight one, four four three seven}}. card {{CARD|5109 4471 2830 6653}} for the deposit`),
]

export const MORE_FR_CA = [
  mk("fr-CA")("note", `cl {{PERSON|Sylvain Ouellet}} appelle pour son déneigement, le contrat {{neg:contract-number|DN-2026-3318}} dit {{neg:amount|450 $}}. il veut payer en 2 versements. cell {{PHONE|819 674 2201}}. voir avec {{PERSON|Chantal}} au bureau`),
  mk("fr-CA")("sms", `Bonjour Mme {{PERSON|Bergeron}}, votre rendez-vous chez le dentiste est le {{neg:date|16 décembre}} à {{neg:time|13 h}}. Pour annuler: {{PHONE|418 522 6647}}. Clinique Dentaire Limoilou`),
  mk("fr-CA")("summary", `Résumé messagerie vocale: {{PERSON|Kevin Nguyen-Laroche}} appelle de Gatineau, son code postal est {{neg:postcode|J8Y 3R5}}, veut reporter l'installation internet. Rappel: {{PHONE|huit un neuf, quatre quatre un, zéro six deux huit}}. Courriel {{EMAIL|kevin.nl@example.net}}`),
]

export const MORE_ES_ES = [
  mk("es-ES")("sms", `Hola! soy {{PERSON|Rocío}} de la autoescuela, tu examen práctico es el {{neg:date|18 de diciembre}} a las {{neg:time|8:45}}. Trae DNI. Dudas al {{PHONE|954 227 318}}`),
  mk("es-ES")("summary", `Resumen buzón de voz: {{PERSON|Pep Vilaró i Serra}}, del bar de la plaça, dice q la cafetera sigue sin funcionar, versión software {{neg:version|2.0.7}}. Que le llaméis al {{PHONE|0034 687 401 223}} porfa. Dijo que vendrá {{PERSON|Montse}} a firmar`),
  mk("es-ES")("email", `Asunto: Re: devolución

Hola de nuevo, sorry por escribir en spanglish, vivo en UK hace años 😅. La devolución {{neg:return-number|DV-99120}} de {{neg:amount|74,50 €}} a la tarjeta {{CARD|4024 0071 5538 9215}} aún no ha llegado. Mi teléfono inglés {{PHONE|+44 7700 139 882}}.

{{PERSON|Adrián Molina}}`),
]

export const MORE_DE_DE = [
  mk("de-DE")("sms", `[SMS] Opa {{PERSON|Heinz}}: {{PERSON|Lena}} ruf mal an bitte {{PHONE|0 3 4 1 - 2 2 8 7 4 9 1}} hab das handy nicht verstanden`),
  mk("de-DE")("summary", `AB-Nachricht {{neg:time|8:17}}: Frau {{PERSON|Kübra Aslan}} wg. Nachzahlung Nebenkosten {{neg:amount|312,80 €}}, will Ratenzahlung. Rückruf {{PHONE|null eins sieben sechs, zwei acht drei, null fünf, neunzehn}}. Hat im Mai schon mal angerufen.`),
  mk("de-DE")("email", `Betreff: Fw: Rechnung 

hey, sorry für denglish, my German is not perfect. ich habe die invoice {{neg:reference|RE-2026-4471}} bekommen aber ich habe schon bezahlt, siehe IBAN {{IBAN|DE02 2004 1111 0731 5582 00}}.\n\nbest, {{PERSON|Anjali Mehta}}\n{{PHONE|+49 1523 7781 092}}`),
]

export const MORE_DE_AT = [
  mk("de-AT")("sms", `Hallo Frau {{PERSON|Steininger}}, Ihr Auto ist fertig, Service {{neg:amount|€ 289}}. Abholung bis {{neg:time|17 Uhr}}. Autohaus Leitner {{PHONE|0316 719 442}}`),
  mk("de-AT")("summary", `Mailbox: {{PERSON|Burak Yıldız}} ruft an wegen Fitnessvertrag, will kündigen, sagt er zieht nach Linz {{neg:postcode|4020}}. Rückruf {{PHONE|+43 677 6214 3309}}, eher abends`),
]

export const MORE_NL_BE = [
  mk("nl-BE")("sms", `Hallo {{PERSON|Ann}}, je pakje {{neg:tracking-number|BPO-3321948812}} ligt klaar in de winkel tot {{neg:date|15/12}}. Vragen? {{PHONE|0496 70 15 83}} - {{PERSON|Pieter}}`),
  mk("nl-BE")("summary", `Voicemail samenvatting: Mevr. {{PERSON|Nadia El Khattabi}} belt ivm haar huur, wil domiciliëring stoppen. Terugbellen op {{PHONE|nul vier acht acht, negentien, zevenenveertig, eenentwintig}}. Mail {{EMAIL|nadia.elk@skynet.example}}`),
  mk("nl-BE")("email", `Onderwerp: Re: offerte dak

Hey, sorry I write in English, mijn Nederlands is nog niet goed. The offerte {{neg:reference|OFF-2026-118}} of {{neg:amount|€ 8.400}} is ok for us. Please call my husband {{PERSON|Tomás}} on {{PHONE|+34 611 905 448}} or me.

{{PERSON|Carmen Ruiz}}`),
]

export const MORE_IT_IT = [
  mk("it-IT")("sms", `Ciao {{PERSON|Ale}}! Sono {{PERSON|Fede}} della palestra, il tuo abbonamento scade il {{neg:date|31/12}}. Rinnovi? Scrivimi al {{PHONE|+39 392 418 7760}}`),
  mk("it-IT")("summary", `Segreteria {{neg:time|9:40}}: {{PERSON|Salvatore Greco}} chiama per la caldaia, non parte. lascia il fisso {{PHONE|zero sei, quattro nove due uno, tre otto zero cinque}}. dice che la moglie {{PERSON|Concetta}} è a casa tutto il giorno`),
  mk("it-IT")("note", `cx {{PERSON|Hans Gruber}} da Bolzano scrive metà in tedesco metà in italiano, vuole fattura intestata. mail {{EMAIL|H.Gruber@Example.net}}, IP login {{IP_ADDRESS|203.0.113.208}}. tel {{PHONE|0471 982 330}}`),
  mk("it-IT")("email", `Oggetto: rimborso

Salve, ho pagato due volte con la carta {{CARD|5456 2290 4718 3309}}, ma l'ultimo addebito è sulla carta che finisce con {{neg:masked-card|**** 7741}}. Versione app {{neg:version|3.12.0}}.

{{PERSON|Chiara Marchetti}}`),
]

export const MORE_PT_PT = [
  mk("pt-PT")("sms", `Olá Sr. {{PERSON|Joaquim}}, a sua consulta no dentista foi remarcada p/ {{neg:date|22 de dezembro}} às {{neg:time|10h30}}. Dúvidas: {{PHONE|253 418 772}}`),
  mk("pt-PT")("summary", `Resumo correio de voz: {{PERSON|Beatriz Lopes}} pede devolução do IBAN errado, deu {{IBAN|ES59 2085 0103 9491 3004 1775}} (conta espanhola do marido {{PERSON|Jordi}}). Ligar {{PHONE|nove um dois, sete quatro um, cinco zero oito}}`),
  mk("pt-PT")("email", `Assunto: encomenda

hi! sou brasileira mas moro em Lisboa, sorry o português mistura. a encomenda {{neg:order-number|PT-44180}} veio errada, quero trocar. meu whats {{PHONE|+55 11 98743 2206}}, email {{EMAIL|Juliana.Castro@example.com}}

bjs {{PERSON|Ju}} ({{PERSON|Juliana Castro}})`),
]

export const MORE_SV_SE = [
  mk("sv-SE")("summary", `Röstbrevlåda {{neg:time|11:15}}: {{PERSON|Gunnel Åkesson}} ringer om hyran, vill betala senare. ring {{PHONE|noll åtta, sex fem tre, tjugoåtta, fyrtiofem}}. hennes son {{PERSON|Mikael}} kan också svara`),
  mk("sv-SE")("email", `Ämne: Re: bokning

hej! sorry swenglish 😅 vi blir 4 personer istället för 2 on the {{neg:date|27 december}}. card {{CARD|4571 0039 2218 6643}} kan ni debitera. my number {{PHONE|+46 76 840 13 92}}

/{{PERSON|Johanna}}`),
  mk("sv-SE")("sms", `Hej {{PERSON|Nils}}, {{PERSON|Karin}} här från Hyresvärden. Besiktning av lgh tis {{neg:time|10:00}}. Frågor: {{PHONE|0910-134 77}}`),
]

export const MORE_PL_PL = [
  mk("pl-PL")("sms", `Cześć {{PERSON|Kuba}}, tu {{PERSON|Ola}} z biura, zadzwoń do klienta pana {{PERSON|Nowickiego}} {{PHONE|609 447 120}} przed {{neg:time|12:00}} pls`),
  mk("pl-PL")("summary", `Poczta głosowa: {{PERSON|Halina Dudek}} w sprawie ogrzewania, mieszkanie {{neg:postcode|31-042}}. Telefon {{PHONE|sześćset dwa, trzysta osiemnaście, dwieście czterdzieści siedem}}. Prosi o kontakt jutro`),
  mk("pl-PL")("email", `Temat: faktura

Hello, I am from Ukraine and writing half polish half english, sorry. faktura {{neg:reference|FV-2026-1142}} ma zły NIP. proszę zadzwonić {{PHONE|+48 571 830 264}} albo mail {{EMAIL|Iryna.Kovalenko@example.com}}

{{PERSON|Iryna Kovalenko}}`),
]
