// English templates: ferry and cruise operator.
import type { Template } from './templates-en-a.ts'

export const EN_FERRY: Template[] = [
  { kind: 'sms', domain: 'ferry', text: `{{CO}}: Your sailing {{n:voyage-number}} departs {{n:time}} on {{n:date}}. Booking {{n:booking-ref}}, vehicle {{n:vehicle-reg}}. Check-in closes 45 min before. Help: {{PHONE}}` },
  { kind: 'chat', domain: 'ferry', loc: 'CA', text: `{{E}} Customer: Hi, I need to change my cabin on booking {{n:booking-ref}}
Agent {{FIRST}}: Sure! Name on the booking?
Customer: {{NAME}}, sailing to {{w:Victoria}} {{n:date}}
Agent {{SAMEF:1}}: You're in cabin {{n:cabin}} on deck {{n:deck}}. I can move you to {{n:cabin}} for {{n:amount}}.
Customer: ok use the card ending 4417. actually full number {{CARD}}
Agent {{SAMEF:1}}: Done. Confirmation to {{EMAIL}}.` },
  { kind: 'email', domain: 'ferry', loc: 'GB', text: `Subject: Cancellation refund - {{n:booking-ref}}

Hello,
My sailing {{n:voyage-number}} on {{n:date}} was cancelled and I still don't have the {{n:amount}} back. Ticket {{n:ticket}}.
Please refund to my account {{IBAN:GB}}.
{{NAME}}, {{PHONE}}

> On {{n:date}} at {{n:time}}, Customer Relations <{{EMAIL:customer.relations}}> wrote:
> Dear {{FIRST}}, we're sorry for the disruption. Refund {{n:invoice}} will be processed within 14 days.
> Kind regards, {{NAME}}` },
  { kind: 'summary', domain: 'ferry', loc: 'SC', text: `Call summary (generated)
Caller: {{NAME}}. Topic: lost property on the {{n:time}} sailing from Oban, {{n:date}}.
Item: grey rucksack, cabin {{n:cabin}}, deck {{n:deck}}.
Caller can be reached at {{PHONE}} or {{EMAIL}}. Vehicle {{n:vehicle-reg}} also on booking {{n:booking-ref}}.
The item is a gift from {{w:Florence}}, where the caller bought it — not a person.` },
  { kind: 'csv', domain: 'ferry', loc: 'GB', text: `booking_ref,lead_passenger,phone,email,vehicle,sailing,cabin
{{n:booking-ref}},{{NAME}},{{PHONE}},{{EMAIL}},{{n:vehicle-reg}},{{n:voyage-number}} {{n:date}},{{n:cabin}}
{{n:booking-ref}},{{NAME}},{{PHONE:X}},{{EMAIL}},,{{n:voyage-number}} {{n:date}},{{n:cabin}}
{{n:booking-ref}},{{NAME}},{{PHONE:GB:intl}},{{EMAIL}},{{n:vehicle-reg}},{{n:voyage-number}} {{n:date}},` },
  { kind: 'json', domain: 'ferry', loc: 'US', text: `{"booking":"{{n:booking-ref}}","voyage":"{{n:voyage-number}}","departure":"{{n:date}} {{n:time}}","passengers":[{"name":"{{NAME}}","email":"{{EMAIL}}","phone":"{{PHONE}}"},{"name":"{{NAME}}","phone":"{{PHONE:X}}"}],"payment":{"pan":"{{CARD}}","declined":"{{n:luhn-invalid}}"},"client_ip":"{{IP6}}"}` },
  { kind: 'note', domain: 'ferry', text: `pax {{name}} bkg {{n:booking-ref}} chg veh {{n:vehicle-reg}} -> {{n:vehicle-reg}}, fee {{n:amount}}. wants {{w:Sunny}} side cabin. rang {{PHONE}} no ans. also {{w:Bill}} to be reissued. -{{first}}` },
  { kind: 'sms', domain: 'ferry', loc: 'PH', text: `hi this is {{first}} {{E}} crew member family. my tita {{NAME}} lost her wallet on {{n:voyage-number}} pls call {{PHONE:X}} thank u po` },
  { kind: 'chat', domain: 'ferry', loc: 'GB', text: `Customer: booking {{n:booking-ref}}, i want to cancel the {{w:Jordan}} cruise leg
Bot: I can help. Please confirm the lead passenger's name.
Customer: {{NAME}}
Bot: Thanks. Refund of {{n:amount}} goes back to the original card.
Customer: that card is cancelled, use {{CARD}} exp 09/28
Agent {{FIRST}} joined the chat
Agent {{SAMEF:2}}: Hi, I've updated it. Anything else? You can call us on {{PHONE}}.` },
  { kind: 'email', domain: 'ferry', loc: 'US', text: `Subject: Complaint - cabin {{n:cabin}}, sailing {{n:voyage-number}}

To whom it may concern,
The cabin was dirty and the {{w:Sterling}} service award on your website is a joke. I paid {{n:amount}}.
Login attempts from {{IP4}} and {{IP6}} on my account were not me.

{{NAME}}
Cell: {{PHONE}}

> -----Original Message-----
> From: Guest Services <{{EMAIL:guest.services}}>
> Thank you for sailing with us, {{FIRST}}. Ticket {{n:ticket}}.` },
  { kind: 'note', domain: 'ferry', loc: 'GB', text: `LP found deck {{n:deck}}, cabin {{n:cabin}}: wallet, bank card {{n:luhn-invalid}} (partly worn, won't validate), driving licence for {{NAME}}. Owner rang from {{PHONE}}. Post to {{w:Lincoln}}. IBAN on a slip: {{n:iban-checksum}}.` },
  { kind: 'transcript', domain: 'ferry', loc: 'GB', text: `voicemail transcript (auto): hi this is {{name}} calling about booking {{n:booking-ref}} the fares {{w:rose}} again and i want to cancel the {{n:date}} crossing um you can call me back on {{PHONE:GB:nat}} or my partner {{first}} on {{PHONE:GB:nat}} thanks bye` },
  { kind: 'form', domain: 'ferry', loc: 'CA', text: `Vehicle change request
Booking: {{n:booking-ref}}   Sailing: {{n:date}} {{n:time}}
Passenger: {{NAME}}
Phone: {{PHONE}}   Email: {{EMAIL}}
Old plate: {{n:vehicle-reg}}   New plate: {{n:vehicle-reg}}
Notes: {{w:Hope}} to travel with trailer, length 7.2 m` },
]
