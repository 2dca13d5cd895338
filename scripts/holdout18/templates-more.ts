// More templates for the other languages: texts with only lookalikes, and
// cards, IPs and national-id lookalikes next to real entities.
import type { Template } from './templates-en-a.ts'

export const DE_MORE: Template[] = [
  { kind: 'note', domain: 'law', text: `Az. {{n:court-ref}}, Termin {{n:date}} {{n:time}}. KV {{n:fee-quote}} über {{n:amount}}, Rechnung {{n:invoice}}. Steuer-ID {{n:tax-id}} und SV-Nr. {{n:social-insurance}} liegen vor. Karte {{n:luhn-invalid}} abgelehnt.` },
  { kind: 'chat', domain: 'ferry', loc: 'LI', text: `Kunde: Grüezi, Buchung {{n:booking-ref}}, Login von {{IP6}} klappt nicht {{E}}
Agentin {{FIRST}}: Grüezi! Ich sehe auch {{IP4}}. Wie ist Ihr Name?
Kunde: {{NAME}}, Schaan. Karte {{CARD}}
Agentin {{SAMEF:1}}: Danke, Herr {{SAMEL:2}}. Kabine {{n:cabin}}, Deck {{n:deck}}, Abfahrt {{n:time}}.` },
  { kind: 'sms', domain: 'staff', text: `{{CO}}: Stundenzettel KW {{n:date}} bis {{n:time}} hochladen. Ref {{n:timesheet-ref}}, Lohnlauf {{n:payroll-ref}}, {{n:hours}} à {{n:rate}}.` },
]

export const FR_MORE: Template[] = [
  { kind: 'note', domain: 'ferry', text: `Traversée {{n:voyage-number}} retardée à {{n:time}}. Véhicules {{n:vehicle-reg}}, {{n:vehicle-reg}} reportés sur {{n:booking-ref}}. Remboursement {{n:amount}}, billet {{n:ticket}}. Carte {{n:luhn-invalid}} refusée.` },
  { kind: 'json', domain: 'staff', loc: 'FR', text: `{"candidat":"{{n:candidate-id}}","nom":"{{NAME}}","mail":"{{EMAIL}}","tel":"{{PHONE}}","mission":"{{n:job-id}}","taux":"{{n:rate}}","iban":"{{IBAN:FR}}","connexion":"{{IP4}}"}` },
  { kind: 'sms', domain: 'law', loc: 'BE', text: `Cabinet : RDV {{n:date}} {{n:time}}, dossier {{n:case-number}}, rôle {{n:court-ref}}. Provision {{n:amount}} (devis {{n:fee-quote}}).` },
]

export const ES_MORE: Template[] = [
  { kind: 'csv', domain: 'ferry', text: `localizador;pasajero;movil;email;camarote
{{n:booking-ref}};{{NAME}};{{PHONE}};{{EMAIL}};{{n:cabin}}
{{n:booking-ref}};{{NAME}};{{PHONE:X}};{{EMAIL}};{{n:cabin}}` },
  { kind: 'summary', domain: 'staff', text: `Resumen de llamada (IA)
Llamó {{NAME}} por la nómina {{n:payroll-ref}}: {{n:hours}} a {{n:rate}}. Pagó el curso con la tarjeta {{CARD}}. Acceso desde {{IP4}}. Devolver la llamada al {{PHONE}}.` },
  { kind: 'note', domain: 'law', text: `autos {{n:court-ref}}, señalamiento {{n:date}} a las {{n:time}}. provisión {{n:amount}}, factura {{n:invoice}}. tarjeta {{n:luhn-invalid}} denegada; IBAN {{n:iban-checksum}} erróneo.` },
]

export const IT_MORE: Template[] = [
  { kind: 'email', domain: 'staff', text: `Oggetto: Reclamo cedolino {{n:payroll-ref}}

Buongiorno,
mancano {{n:hours}}. Ho pagato la visita medica con la carta {{CARD}}.
Cordiali saluti, {{NAME}} – {{PHONE}}

> Il {{n:date}} {{NAME}} <{{EMAIL:paghe}}> ha scritto:
> Gentile sig.ra {{LAST}}, il foglio ore {{n:timesheet-ref}} è in verifica.` },
  { kind: 'note', domain: 'ferry', text: `corsa {{n:voyage-number}} delle {{n:time}} soppressa. targhe {{n:vehicle-reg}}, {{n:vehicle-reg}} spostate su {{n:booking-ref}}. rimborso {{n:amount}}, biglietto {{n:ticket}}. {{w:Florence}} Lines non c'entra.` },
  { kind: 'json', domain: 'ferry', text: `{"prenotazione":"{{n:booking-ref}}","passeggero":"{{NAME}}","cell":"{{PHONE}}","email":"{{EMAIL}}","ip":"{{IP6}}","cabina":"{{n:cabin}}"}` },
]

export const BG_MORE: Template[] = [
  { kind: 'note', domain: 'law', text: `дело {{n:case-number}}, заседание {{n:date}} {{n:time}}. ЕГН {{n:egn}} (не е за обработка). хонорар {{n:amount}}, фактура {{n:invoice}}. карта {{n:luhn-invalid}} отказана.` },
  { kind: 'csv', domain: 'staff', text: `кандидат_id,име,телефон,имейл,позиция
{{n:candidate-id}},{{NAME}},{{PHONE}},{{EMAIL}},{{n:job-id}}
{{n:candidate-id}},{{NAME}},{{PHONE:X}},{{EMAIL}},{{n:job-id}}` },
  { kind: 'json', domain: 'ferry', text: `{"резервация":"{{n:booking-ref}}","пътник":"{{NAME}}","тел":"{{PHONE}}","ip":"{{IP4}}","егн":"{{n:egn}}"}` },
]

export const SK_MORE: Template[] = [
  { kind: 'note', domain: 'staff', text: `volala {{first}} k výplate {{n:payroll-ref}}: {{n:hours}} po {{n:rate}}. RČ {{n:birth-number}} netreba. účet {{n:iban-checksum}} zlý, karta {{CARD}} ok. tel {{PHONE}}` },
  { kind: 'email', domain: 'ferry', text: `Predmet: Sťažnosť, lístok {{n:ticket}}

Dobrý deň,
kabína {{n:cabin}} bola špinavá. Žiadam vrátenie {{n:amount}}.
{{NAME}}, {{PHONE}}

> {{n:date}} <{{EMAIL:info}}> napísal:
> Vážená pani {{LAST}}, ďakujeme.` },
  { kind: 'sms', domain: 'law', text: `{{CO}}: termín {{n:date}} o {{n:time}}, spis {{n:court-ref}}, zálohová faktúra {{n:invoice}} na {{n:amount}}.` },
]

export const LT_MORE: Template[] = [
  { kind: 'note', domain: 'law', text: `byla {{n:case-number}}, posėdis {{n:date}} {{n:time}}. asmens kodas {{n:personal-code}} nereikalingas. honoraras {{n:amount}}, sąskaita {{n:invoice}}. kortelė {{n:luhn-invalid}} atmesta.` },
  { kind: 'json', domain: 'staff', text: `{"kandidatas":"{{n:candidate-id}}","vardas":"{{NAME}}","tel":"{{PHONE}}","el_pastas":"{{EMAIL}}","ip":"{{IP6}}","kortele":"{{CARD}}"}` },
  { kind: 'summary', domain: 'ferry', text: `Pokalbio santrauka (DI)
Skambino {{NAME}} dėl pamestos rankinės kelte {{n:voyage-number}} {{n:date}}. Kajutė {{n:cabin}}. Atgal skambinti {{PHONE}}, el. paštas {{EMAIL}}.` },
]
