// en-US texts, part 6: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_6 = [
  t("transcript", `agent: state tax assistance line this call may be recorded my name is {{PERSON|janelle}}
caller: hi yeah i got a letter saying i owe on my twenty twenty four return
agent: okay i can look at that whats your name
caller: {{PERSON|curtis}} {{PERSON|mabry}} {{PERSON|m a b r y}}
agent: and your social security number
caller: {{US_SSN|461 22 8093}}
agent: sorry the ssn again a bit slower
caller: {{US_SSN|461-22-8093}}
agent: thank you mr {{PERSON|mabry}} i see a balance of {{neg:amount|$318.40}}`),
  t("note", `credit app (store card) – applicant {{PERSON|Leticia Franco-Huerta}}, SSN {{US_SSN|604 38 1179}}, emp. at Dillard Pediatric Clinic 4 yrs. Income {{neg:amount|$58,000}}. Home {{PHONE|(505) 881-2340}}. Routing {{neg:account-number|107000262}} for autopay. Approved {{neg:amount|$2,500}} line.`),
  t("email", `Subject: Moving – please transfer my service

Hi Green Valley Utilities,

I'm moving from 41 Elm St to 1190 Ridge Rd, {{neg:postcode|53703}}, on {{neg:date|August 15}}. Please start service there and close the old account ({{neg:account-number|GV-44102-88}}). Autopay card: {{CARD|6011 0073 8291 5543}}.

Thanks,
{{PERSON|Abigail Tran}} ("{{PERSON|Abby}}")`),
  t("sms", `Reminder: Dr. {{PERSON|Kapoor}} {{neg:time|9:15 AM}} tmrw at Westside Family Medicine. Reply C to confirm, R to reschedule or call {{PHONE|(312) 926-4400}}.`),
  t("chat", `Agent {{PERSON|Mei}} (Quickcart Returns): Hi! What can I help with?
Visitor: I returned a TV and got charged a restocking fee of $89??
Agent {{PERSON|Mei}} (Quickcart Returns): Let me check. Name and order?
Visitor: {{PERSON|DeAndre Collins}}, {{neg:order-number|QC-55190422}}
Agent {{PERSON|Mei}} (Quickcart Returns): You're right {{PERSON|DeAndre}}, the box was unopened. Fee reversed, {{neg:amount|$89.00}} back in 3–5 days.`),
  t("ticket", `HELPDESK #{{neg:ticket-number|55102}}
Customer: {{PERSON|O'Connell, Bridget}}
Phone 1: {{PHONE|(617) 302-5541}}  Phone 2: {{PHONE|+1 857 204 3310}}
Issue: Hotel charged twice for same night ({{neg:date|6/21}}). Amount {{neg:amount|$219.00}} each.
Resolution: duplicate voided by {{PERSON|Pat}}, front office.`),
]
