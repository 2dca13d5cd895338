// en-CA texts: written one by one (mortgage renewals, broadband installs, baggage, hotel loyalty, leasing, health
// claims, student accounts, pharmacy, movers, roaming, marketplace returns, gym freezes, bike share).
import { mk } from "./markup.ts"

const t = mk("en-CA")

export const EN_CA = [
  t("chat", `Laurentide Trust – Mortgage Renewals
[11:20] You: got my renewal letter, the rate is way higher than the bank across the street
[11:21] {{PERSON|Geneviève}} (Renewals): Bonjour/Hi! I can check if there's a retention offer. Could you confirm your postal code?
[11:21] You: {{neg:postcode|H2T 1S8}}
[11:23] {{PERSON|Geneviève}} (Renewals): Thank you. I can offer 4.39% for 5 years. I'll have an advisor call, is {{PHONE|514-872-3391}} right?`),
  t("note", `Northhaul Movers — Toronto to Halifax, cust {{PERSON|Amritpal Gill}}, {{neg:date|Jan 14}} pickup. Quote {{neg:amount|CAD 7,240}}. Storage 30 days in Moncton. Driver {{PERSON|Reggie Thibodeau}} cell {{PHONE|(902) 401-7725}}. Cust cell {{PHONE|647 336 0418}}.`),
  t("email", `From: {{PERSON|Maëlle Tremblay}} <{{EMAIL|maelle.tremblay@example.net}}>
To: {{EMAIL|claims@mapleair.example}}
Subject: Lost bag – YUL to YVR, file {{neg:reference|YVRMA28841}}

Hello,

It has been 21 days and my bag is still missing. Per your policy it's now considered lost. Inventory is attached, total {{neg:amount|$1,912.50}}. Please call me at {{PHONE|+1 438 220 9164}} or my partner {{PERSON|Hamid}} at {{PHONE|604.318.2277}}.

Merci,
{{PERSON|Maëlle}}`),
  t("transcript", `AGENT: Thank you for calling Pinecrest Inns Rewards, this is {{PERSON|Dakota}}.
CALLER: Hi, I'm trying to redeem points for a family trip and the site keeps failing.
AGENT: I can book it for you. Your name?
CALLER: {{PERSON|Liam Running-Bear}}, with a hyphen in the surname.
AGENT: Got it. And the phone on the profile?
CALLER: {{PHONE|four oh three, two six one, eight eight oh four}}
AGENT: Thank you, that's {{PHONE|four oh three, two six one, eight eight oh four}}.`),
  t("ticket", `Prairie Health Benefits — Claim {{neg:claim-number|PHB-4418920}}
Plan member: {{PERSON|Sokolova, Anastasia}}
Dependent: {{PERSON|Mila Sokolova}}
Service: orthodontics, {{neg:date|2026-11-03}}, {{neg:amount|$1,450.00}}
Provider: Bright Bay Orthodontics, {{PHONE|780-433-2109}}
Member email: {{EMAIL|a.sokolova@example.org}}
Reimburse by cheque (no direct deposit on file)`),
  t("sms", `Cascade College Student Accounts: {{PERSON|Jun}}, your winter tuition ({{neg:amount|$3,206.80}}) is due {{neg:date|Jan 8}}. Questions: {{PHONE|1-866-519-2204}} or {{EMAIL|studentaccounts@cascade.example}}`),
  t("chat", `MedRelay Pharmacy
You: Is my prescription transferred from Shoppers yet?
{{PERSON|Inuk}} (pharmacy tech): Checking… not yet, they need the prescriber's OK. Who's your doctor?
You: Dr. {{PERSON|Pelletier}} at the Westboro clinic
{{PERSON|Inuk}} (pharmacy tech): Thanks, I'll fax them now at {{PHONE|613 722 4019}}. I'll text you at the number ending 18 when it's ready.`),
  t("note", `Northlink Mobile roaming: cust {{PERSON|Padraig Whelan}} in the US for 3 wks, wanted US plan add-on, {{neg:amount|$45}}. Added from {{neg:date|Dec 7}}. Alt contact while away: {{PHONE|+1 (415) 722-0193}} (US hotel). Home {{PHONE|709-576-3120}}.`),
  t("ticket", `Northlink Fraud Review
Account holder: {{PERSON|Beaulieu, Sandrine}}
SIM swap requested via web at {{neg:time|02:14}} from {{IP_ADDRESS|172.20.14.9}}
Customer did NOT request. Login from {{IP_ADDRESS|2001:db8:ca::77}} also flagged.
Callback: {{PHONE|418 692 0087}}, verified by PIN.
Card used for device purchase: {{CARD|5587 1200 4396 2717}} – blocked`),
  t("transcript", `agent: trailway bikes support this is {{PERSON|wren}}
caller: hi uh my bike wouldn't lock and now it says i owe twenty dollars
agent: sorry about that whats the phone on the account
caller: {{PHONE|two five oh, eight eight one, three oh four six}}
agent: ok {{PHONE|two five oh, eight eight one, three oh four six}}, mister {{PERSON|okafor}}? {{PERSON|emeka okafor}}?
caller: yep
agent: refunded, ride {{neg:reference|TB-66104}}`),
  t("email", `Subject: Membership freeze – Summit Athletic Club

Hi {{PERSON|Natasha}},

As discussed, I've frozen your membership from {{neg:date|December 15}} to {{neg:date|March 15}} while you're on mat leave. Your {{neg:amount|$64.99}} dues will resume on {{neg:date|March 16}}.

Congratulations again!

{{PERSON|Brent Sato}}
Membership Manager, Summit Athletic Club
{{PHONE|(604) 669-2215}} ext. 3`),
  t("sms", `Shopwell Marketplace: Return {{neg:return-number|RTN-8817302}} received. Refund of {{neg:amount|$129.00}} to your card {{neg:masked-card|XXXX-XXXX-XXXX-2190}} in 3-5 days. Help: {{PHONE|1 855 700 4410}}`),
]
