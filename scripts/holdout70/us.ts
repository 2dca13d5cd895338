// en-US and es-US texts: written one by one (cable and streaming bills, a food-delivery app, a dentist's front desk,
// payday-loan collections, a tax preparer, a towing dispatch, remittances, a quinceañera venue, a used-car lot).
import { mk } from "./mk.ts"

const t = mk("en-US")
const s = mk("es-US")

export const EN_US = [
  t("note", `cx called re bill, says charged twice {{neg:amount|$89.99}} on {{neg:date|11/28}}. acct holder {{PERSON|DESHAWN PRICE}}, cb {{PHONE|(470) 382-1965}} aft {{neg:time|3pm}}. spk w/ sup {{PERSON|lindsey}}, she ok'd credit. ticket {{neg:case-number|CS-884120}}`),
  t("chat", `StreamNest app review reply
@{{PERSON|tonyaMcBride}}: 1 star. app logs me out every 5 min since update {{neg:version|6.2.1}}!!! fix it
StreamNest Support: Hi {{PERSON|Tonya}}, so sorry 😣 pls email {{EMAIL|help@streamnest.example}} with your device model or DM us. We're on it.
@{{PERSON|tonyaMcBride}}: emailed from {{EMAIL|Tonya.McBride88@Example.com}} thx`),
  t("sms", `hi this is {{PERSON|marcus}} from the dentist front desk, u missed ur cleaning {{neg:date|Dec 3}}. pls call back {{PHONE|617 294 0381}} to reschedule. reply STOP to opt out`),
  t("summary", `VM summary {{neg:time|9:14 AM}}: caller {{PERSON|Gloria Ybarra-Nunez}} re towing, car got hooked from Maple lot. wants to know release fee (told {{neg:amount|$245}}). left # {{PHONE|two one oh, five five three, eight two seven oh}}. says pls call her mobile not home. no plate given.`),
  t("note", `handover nite shift -> day: 1) {{PERSON|Okafor, Chidi}} still waiting on refund {{neg:order-number|ORD-55128}}, promised cb by noon {{PHONE|713.408.2291}}. 2) {{PERSON|j. reyes}} (fraud team) flagged card ending {{neg:masked-card|**** 6620}}, don't reissue till she signs off. 3) printer in pod B jammed again lol`),
  t("email", `from: {{EMAIL|BIGMIKE.SULLIVAN@example.net}}
subject: my taxes???

hey its been 3 wks since i dropped off my W2s. my SSN is {{US_SSN|412-73-8896}} if u need to look it up. can somebody call me {{PHONE|(602) 819-4437}}. also my wife {{PERSON|Dana}} needs hers done too

- {{PERSON|Mike Sullivan}}`),
  t("transcript", `[00:00:02] AGENT: Quickfix Tax, {{PERSON|Priya}} speaking
[00:00:05] CALLER: yeah hi it's {{PERSON|Ron Kowalczyk}}, returning {{PERSON|Priya}}'s call
[00:00:11] AGENT: Thanks Mr. {{PERSON|Kowalczyk}}. For security, last four of your social?
[00:00:14] CALLER: {{neg:reference|3390}}
[00:00:20] AGENT: and the full social security number for the amended return form
[00:00:24] CALLER: {{US_SSN|one four seven, eight two, three three nine oh}}
[00:00:31] AGENT: ok, {{US_SSN|147-82-3390}}. We'll mail it {{neg:date|Dec 12}}.`),
  t("chat", `DashDish chat
Customer: my driver {{PERSON|kev}} left my food at the wrong house 😡😡 order {{neg:order-number|DD-7X41Q9}}
Bot: Sorry to hear that! Connecting you to an agent.
{{PERSON|Aaliyah}} (DashDish): Hi, I see it. Refund of {{neg:amount|$34.17}} going back to card {{neg:masked-card|xxxx 0719}}. anything else?
Customer: no. tell {{PERSON|kev}} to learn to read numbers lol`),
  t("note", `payday coll. - dbtr {{PERSON|SHAUNA K. WILLIS}} promised pmt {{neg:amount|$150}} fri. card on file {{CARD|4532 9170 6418 2730}} exp {{neg:card-expiry|08/29}}. earlier card {{neg:luhn-invalid|4532 9170 6418 2731}} declined (typo). ph {{PHONE|+1 901 267 4480}}. do not call at work per cx.`),
  t("summary", `Call summary – Roadway Towing dispatch
Caller: {{PERSON|Bev}} ({{PERSON|Beverly Tran}}), stuck on I-35 near exit 214
Callback: {{PHONE|512-739-0842}}
Vehicle: silver minivan
Tow to: dealer, est. {{neg:amount|$180}}, ETA {{neg:time|4:45 pm}}
Notes: will pay cash, driver {{PERSON|Luis}} assigned. She {{neg:name-word|may}} need a ride, asked for Uber #.`),
  t("ticket", `IT ticket {{neg:ticket-number|INC-20419}}
user: {{PERSON|hannah o'brien}} ({{EMAIL|h.obrien@corp.example}})
issue: vpn drops, gets {{IP_ADDRESS|10.42.7.118}} then nothing. tried {{neg:version|v5.1.3}} client.
ext. x4471, desk {{PHONE|(847) 520-3316}}
assigned: {{PERSON|D. Whitaker}}`),
  t("email", `To: payroll@hirelane.example
From: {{PERSON|Keisha Andrews}} <{{EMAIL|keisha.andrews@example.org}}>

hi!! new hire paperwork attached. social security no. {{US_SSN|538-21-4407}}. the one on my old form ({{neg:ssn-invalid|666-21-4407}}) was wrong sorry. pls dont mail anything, text me {{PHONE|404 871 2069}}

{{PERSON|Keisha}}`),
]

export const ES_US = [
  s("chat", `WhatsApp – Envíos Rápidos
cliente: hola buenas, mande {{neg:amount|$300}} a mi mama en Honduras y no le llega 😢 el codigo es {{neg:reference|ER-448120}}
agente {{PERSON|Yesenia}}: Hola! déjeme checar. A nombre de quién?
cliente: {{PERSON|Maria Guadalupe Orellana}}, y yo soy {{PERSON|Nelson Orellana}}
agente {{PERSON|Yesenia}}: ok ya está en camino, llega {{neg:date|5 de diciembre}}. le marco al {{PHONE|(832) 614-2098}}?
cliente: si porfa after work`),
  s("note", `cx {{PERSON|rosalba mejia}} llamo re la factura del cable, dice q le cobraron el late fee twice ({{neg:amount|$15}} x2). cb {{PHONE|305-288-7614}}. habla poquito ingles, pls asignar agente bilingue. spk w/ {{PERSON|Ernesto}} en billing`),
  s("sms", `Sra. {{PERSON|Castañeda}}, su cita para el tag del carro es el {{neg:date|12/9}} a las {{neg:time|10:30 am}}. Si no puede venir llame al {{PHONE|915 433 2087}}. Autos Del Valle`),
  s("summary", `Resumen de voicemail: la señora {{PERSON|Itzel Ramírez}} quiere apartar el salón para la quinceañera de su hija {{PERSON|Xiomara}} en marzo. dejó su número {{PHONE|seis dos tres, cuatro cuatro uno, nueve cero siete dos}} y dice que mejor le manden mensaje. depósito {{neg:amount|$500}}.`),
  s("email", `De: {{EMAIL|JUANCARLOS.PENA@example.com}}
Asunto: re: el carro

buenas, le escribo por el Honda q vi el sabado. puedo dar {{neg:amount|$2,000}} down y el resto en pagos? mi cel es {{PHONE|956-872-3310}}, mi esposa {{PERSON|Lorena}} tambien puede firmar. gracias

{{PERSON|Juan Carlos Peña}}`),
  s("note", `Pago por tel: cliente {{PERSON|GUZMAN, ROBERTO}} pagó {{neg:amount|$420.50}} con tarjeta {{CARD|2227 1039 4857 2610}}. La primera que dio ({{neg:luhn-invalid|2227 1039 4857 2611}}) rebotó, número mal dicho. conf {{neg:reference|PX-90317}}. tel casa {{PHONE|(210) 648-1193}}`),
  s("transcript", `AGENTE: Clínica Familiar Sol, habla {{PERSON|Marisela}}.
PACIENTE: hi yes, quería cambiar mi appointment del jueves
AGENTE: Claro. Su nombre?
PACIENTE: {{PERSON|Héctor Almanza}}, fecha de nacimiento {{neg:date|14 de marzo de 1978}}
AGENTE: Un número para confirmar?
PACIENTE: {{PHONE|siete uno ocho, nueve cuatro dos, cero tres seis uno}}
AGENTE: {{PHONE|718-942-0361}}, perfecto. Le queda el lunes a las {{neg:time|2pm}}?`),
  s("chat", `Facebook comment on Autos Del Valle post
{{PERSON|Yadira Luna}}: Los de ventas nunca contestan!!! llame 3 veces al {{PHONE|915 433 2087}} 😤
Autos Del Valle: Hola {{PERSON|Yadira}}, lo sentimos. Mándenos DM con su nombre y cel y {{PERSON|Rigo}} le marca hoy mismo 🙏
{{PERSON|Yadira Luna}}: ya mande dm`),
]
