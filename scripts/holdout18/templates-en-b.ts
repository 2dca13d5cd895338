// English templates: recruitment and temp staffing.
import type { Template } from './templates-en-a.ts'

export const EN_STAFF: Template[] = [
  { kind: 'sms', domain: 'staff', text: `Hi {{first}}, interview for {{n:job-id}} confirmed {{n:date}} {{n:time}} at {{CO}}. Ask for {{NAME}}. Reply Y or call {{PHONE}} {{E}}` },
  { kind: 'csv', domain: 'staff', loc: 'GB', text: `candidate_id,full_name,mobile,email,ni_number,rate
{{n:candidate-id}},{{NAME}},{{PHONE}},{{EMAIL}},{{NINO}},{{n:rate}}
{{n:candidate-id}},{{NAME}},{{PHONE:GB:intl}},{{EMAIL}},{{NINO}},{{n:rate}}
{{n:candidate-id}},{{NAME}},{{PHONE:PL}},{{EMAIL}},{{n:nino-invalid}},{{n:rate}}` },
  { kind: 'note', domain: 'staff', loc: 'PL', text: `payroll q from {{NAME}}: timesheet {{n:timesheet-ref}} shows {{n:hours}} but she did {{n:hours}}. payslip ref {{n:payroll-ref}}. wants paid into {{IBAN:PL}} not the old acct. ph {{PHONE:PL:intl}}. will ring {{w:Sunny}} side agency back tmrw.` },
  { kind: 'email', domain: 'staff', loc: 'US', text: `Subject: Re: Timesheet {{n:timesheet-ref}} missing hours

Hi {{FIRST}},

I submitted {{n:hours}} for week ending {{n:date}} but got paid for less. My rate is {{n:rate}}. {{w:Patience}} is running out.

Thanks,
{{NAME}}
{{PHONE}} ext. {{pick:12|204|7}}

-----Original Message-----
From: {{NAME}} <{{EMAIL:payroll}}>
Sent: {{n:date}}
Payroll run {{n:payroll-ref}} closed at {{n:time}}. Please check your W-4 and SSN {{SSN}} on file.` },
  { kind: 'json', domain: 'staff', loc: 'CA', text: `[{"candidateId":"{{n:candidate-id}}","name":"{{NAME}}","email":"{{EMAIL}}","phone":"{{PHONE}}","jobId":"{{n:job-id}}","status":"shortlisted"},{"candidateId":"{{n:candidate-id}}","name":"{{NAME}}","email":"{{EMAIL}}","phone":"{{PHONE:X}}","jobId":"{{n:job-id}}","status":"interview {{n:date}}"}]` },
  { kind: 'form', domain: 'staff', loc: 'SC', text: `CV – {{NAME}}
Previously in {{ACC}}. Address: 14 {{w:Victoria}} Road, Dundee
Mobile: {{PHONE}} | {{EMAIL}}
Experience: warehouse operative, forklift (counterbalance), {{n:hours}}/wk
Referee: {{NAME}}, shift manager, {{PHONE}}
Applied for {{n:job-id}} on {{n:date}}` },
  { kind: 'chat', domain: 'staff', loc: 'PH', text: `Recruiter {{FIRST}}: Good morning! Are you still available for the caregiver role {{n:job-id}}?
Candidate: yes maam {{E}} im {{NAME}}
Candidate: my whatsapp {{PHONE:X}}, here in canada my cell is {{PHONE:CA}}
Recruiter {{SAMEF:1}}: Great. Interview with {{NAME}} {{n:date}} {{n:time}}. Bring your SIN card and a void cheque.` },
  { kind: 'summary', domain: 'staff', text: `AI call summary — temp staffing line
Caller {{NAME}} asked why payroll {{n:payroll-ref}} was short. Hours on timesheet {{n:timesheet-ref}}: {{n:hours}} at {{n:rate}}.
Agent confirmed {{w:May}} pay date. Caller's new number: {{PHONE}}. Consultant {{NAME}} to follow up.` },
  { kind: 'note', domain: 'staff', loc: 'US', text: `cand {{n:candidate-id}} {{name}} - bg check consent signed, SSN {{SSN}}, DOB on file. login from {{IP4}} flagged (VPN?). {{w:Will}} call back {{n:date}}. also {{w:Mark}} as available for {{n:job-id}}.` },
  { kind: 'email', domain: 'staff', loc: 'GB', text: `Hi {{FIRST}},

{{w:Faith}} in the process is low here. Three interviews ({{n:job-id}}, {{n:job-id}}) and no feedback. I'm on {{PHONE}} all week.

Regards, {{NAME}}

> From: {{NAME}} <{{EMAIL:recruitment}}>
> Thank you for applying. Your candidate number is {{n:candidate-id}}.` },
  { kind: 'sms', domain: 'staff', loc: 'PL', text: `Dzien dobry, {{FIRST}} here 🇵🇱 cant do shift {{n:date}}, my son sick. Sorry. Call me {{PHONE:GB}} pls` },
  { kind: 'form', domain: 'staff', loc: 'US', text: `New hire payroll form
Legal name: {{NAME}}
SSN: {{SSN}}   Phone: {{PHONE}}
Payroll ref: {{n:payroll-ref}}
Pay rate: {{n:rate}}, {{n:hours}}/week; start {{n:date}}
Emergency contact: {{NAME}} {{PHONE}}` },
]
