// English templates with no entity at all, only lookalikes, and a few more
// shapes (IPv6 logins, declined cards, a foreign caller).
import type { Template } from './templates-en-a.ts'

export const EN_MORE: Template[] = [
  { kind: 'note', domain: 'law', loc: 'GB', text: `Matter {{n:case-number}} / {{n:court-ref}} listed {{n:date}} {{n:time}}. Fee quote {{n:fee-quote}} ({{n:amount}}) accepted, invoice {{n:invoice}} raised. Client to sign the {{w:Will}} in {{w:May}}. Card read out failed: {{n:luhn-invalid}}. Bank ref {{n:iban-checksum}} bounced.` },
  { kind: 'sms', domain: 'staff', text: `{{CO}}: timesheets for w/e {{n:date}} due by {{n:time}}. Ref {{n:timesheet-ref}}, payroll run {{n:payroll-ref}}. Rate {{n:rate}} for {{n:hours}}. {{w:Patience}} appreciated {{E}}` },
  { kind: 'csv', domain: 'ferry', loc: 'CA', text: `voyage,route,depart,arrive,deck,cabins_free
{{n:voyage-number}},Tsawwassen–{{w:Victoria}},{{n:time}},{{n:time}},{{n:deck}},{{n:cabin}}
{{n:voyage-number}},Horseshoe Bay–Nanaimo,{{n:time}},{{n:time}},{{n:deck}},{{n:cabin}}
{{n:voyage-number}},{{w:Victoria}}–Port Angeles,{{n:time}},{{n:time}},{{n:deck}},` },
  { kind: 'note', domain: 'ferry', text: `Sailing {{n:voyage-number}} delayed to {{n:time}} ({{w:Sunny}} but 40 kn gusts). Vehicles {{n:vehicle-reg}} and {{n:vehicle-reg}} moved to booking {{n:booking-ref}}. Refund {{n:amount}} under ticket {{n:ticket}}. Paid in {{w:sterling}}.` },
  { kind: 'email', domain: 'law', loc: 'US', text: `Subject: Fee schedule update

All,
From {{n:date}} the consultation fee rises to {{n:amount}}. Matters opened before then ({{n:case-number}}, {{n:case-number}}) keep the old rate. The {{w:Justice}} Center's {{w:Lincoln}} office closes at {{n:time}}. Test numbers for the payment page: {{n:luhn-invalid}} must be declined; SSN field rejects {{n:ssn-invalid}}.
– Intake team` },
  { kind: 'json', domain: 'staff', loc: 'GB', text: `{"job":"{{n:job-id}}","site":"{{w:Chelsea}} Harbour","shifts":[{"date":"{{n:date}}","start":"{{n:time}}","hours":"{{n:hours}}","rate":"{{n:rate}}"},{"date":"{{n:date}}","start":"{{n:time}}","hours":"{{n:hours}}"}],"timesheet":"{{n:timesheet-ref}}","ni_test":"{{n:nino-invalid}}"}` },
  { kind: 'chat', domain: 'ferry', loc: 'US', text: `Customer: hey, my login keeps failing from {{IP6}} {{E}}
Agent {{FIRST}}: I can see attempts from {{IP4}} too. Is that you?
Customer: yes thats my work vpn. booking {{n:booking-ref}}, i'm {{NAME}}
Customer: and calling from abroad on {{PHONE:X}}
Agent {{SAMEF:1}}: Thanks, unlocked. Your card {{CARD}} was declined earlier because the number typed was {{n:luhn-invalid}}.` },
  { kind: 'email', domain: 'staff', loc: 'GB', text: `Subject: RE: NI number

Hi {{NAME}},
The NI number on your form ({{n:nino-invalid}}) isn't a real one — can you check your payslip? Your last placement used {{NINO}}, is that still right? Payroll ref {{n:payroll-ref}}.
Thanks, {{FIRST}} | {{EMAIL:payroll}} | {{PHONE:GB:nat}} ext. 4` },
]
