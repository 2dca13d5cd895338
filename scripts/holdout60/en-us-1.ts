// en-US texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_1 = [
  t("chat", `Lakeview Clinic Chat • today
Visitor: hi i need to move my dads appt, hes {{PERSON|Walter Pruitt}}, DOB {{neg:date|04/22/1951}}
Lakeview Clinic Bot: I can help with that! Please hold for a scheduler.
{{PERSON|Tamsin}} (Scheduling): Hi there, this is {{PERSON|Tamsin}}. I found {{PERSON|Walter}}'s cardiology visit on {{neg:date|Oct 14}} at {{neg:time|10:40 AM}}. What works better?
Visitor: anything after {{neg:time|2pm}} that week. best number for me is {{PHONE|608-412-7735}}, im his daughter {{PERSON|Lorna}}
{{PERSON|Tamsin}} (Scheduling): Got it, {{PERSON|Lorna}}. Moved to {{neg:date|Oct 16}}, {{neg:time|2:45 PM}}. Confirmation {{neg:booking-ref|LVC-883104}}.`),
  t("sms", `FreshFork: Your order {{neg:order-number|#48213}} is on its way! Your driver {{PERSON|Deshawn}} will arrive in ~12 min. Questions? Reply here or call {{PHONE|(646) 309-2187}}.`),
  t("note", `fraud q - cx {{PERSON|Alvarez, Marisol}} flagged 3 txns she didnt make, {{neg:amount|$19.99}}, {{neg:amount|$240.00}}, {{neg:amount|$7.50}} all {{neg:date|9/3}}. card {{neg:masked-card|**** 4417}} blocked + reissued. she read full # off old card to confirm: {{CARD|4532 7188 0914 2264}}. new card 7-10 bus days. cb {{PHONE|915 603 2284}} pref after {{neg:time|6pm}}. she will call back if more show up`),
  t("transcript", `agent: thanks for calling northgate bank fraud prevention this is {{PERSON|kelvin}} can i get your name
caller: yeah its {{PERSON|priya raman}} {{PERSON|r a m a n}}
agent: thank you ms {{PERSON|raman}} and a good callback number
caller: {{PHONE|two one four, five five three, oh eight one six}}
agent: that's {{PHONE|two one four, five five three, zero eight one six}}
caller: yes
agent: okay i see an attempted wire of {{neg:amount|$3,000}} this morning that we held
caller: i didnt send anything`),
  t("email", `Subject: Claim {{neg:claim-number|HC-2026-771430}} – hail damage, 14 Birchwood Ct

Hi Ms. {{PERSON|Okafor}},

Thanks for sending the roof photos. Our adjuster, {{PERSON|Ben Stroud}}, can inspect on {{neg:date|November 3}} between {{neg:time|9am}} and noon. If that doesn't work, reply with two other windows.

Your deductible on policy {{neg:policy-number|HO-55190327}} is {{neg:amount|$1,000}}.

Regards,
{{PERSON|Carla Nyquist}}
Claims Desk | Keystone Home & Auto
{{PHONE|1-800-622-4417}} ext. 318
{{EMAIL|claims@keystone.example}}

This message may contain confidential information. If you received it in error, please delete it.`),
  t("ticket", `Ticket #{{neg:ticket-number|RET-40918}}
Status: Open | Priority: Normal | Channel: Web form
Customer: {{PERSON|Hutchins, Gary}}
Email: {{EMAIL|gary.hutch77@example.com}}
Phone: {{PHONE|(480) 227-9013}}
Order: {{neg:order-number|BH-7723-1190}}
Issue: Air fryer arrived with cracked basket. Wants replacement not refund.
--- comment ({{PERSON|J. Moreno}}, {{neg:date|8/19}} {{neg:time|3:12 PM}}) ---
Sent prepaid label to customer. Tracking {{neg:tracking-number|1Z9X42E80344187210}}. Will ship replacement on scan.`),
  t("transcript", `AGENT: Help line for the Riverside County Tax Office, my name is {{PERSON|Donna}}. Before we go on I need your full name and the last four of your social.
CALLER: {{PERSON|Terrence Bell-Whitaker}}. Last four are 2-0-9-1.
AGENT: Thank you. For the amended return I'll actually need the whole SSN, please.
CALLER: Sure, {{US_SSN|412-68-2091}}.
AGENT: Got it. Your refund of {{neg:amount|$1,284}} was offset against balance from two years back.`),
]
