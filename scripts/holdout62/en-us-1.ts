// en-US texts, part 1: written one by one (home insurance claims, mortgage servicing, telecom billing, grocery).
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_1 = [
  t("chat", `Keystone Hearth Insurance – Claims Chat
[9:02 AM] Visitor: hi a pipe burst under my kitchen sink last night, water everywhere
[9:03 AM] {{PERSON|Dana}} (Claims): I'm so sorry! Let's get a claim started. Policyholder name and policy number?
[9:04 AM] Visitor: {{PERSON|Marcus Oduya}}, policy {{neg:policy-number|HO3-4471-2290}}
[9:05 AM] {{PERSON|Dana}} (Claims): Thank you {{PERSON|Marcus}}. Your claim is {{neg:claim-number|CLM-26-0088134}}. A water mitigation vendor will call you within 2 hours. Best number?
[9:05 AM] Visitor: cell is {{PHONE|(614) 382-7710}}`),
  t("note", `claim {{neg:claim-number|CLM-26-0091407}} - spoke w/ insured {{PERSON|Patricia Nguyen-Baird}} re hail dmg to roof, adjuster {{PERSON|Lou Verhoeven}} sched {{neg:date|12/11}} btwn {{neg:time|9am}}-{{neg:time|1pm}}. deductible {{neg:amount|$1,000}} explained. she prefers text {{PHONE|469.310.2258}}, email {{EMAIL|pbaird@inbox.example}}. nothing else needed.`),
  t("email", `Subject: Re: Claim {{neg:claim-number|CLM-26-0079922}} – contents list

Hi {{PERSON|Sofia}},

Attached is the spreadsheet of everything we lost in the basement. The TV was bought {{neg:date|March 3, 2024}} for {{neg:amount|$1,249.99}}; I found the Best Buy receipt.

My husband {{PERSON|Raj}} is home weekdays after {{neg:time|3 p.m.}} if the contractor needs access, his number is {{PHONE|248-731-0946}}.

Thanks,
{{PERSON|Anjali Mehta}}

> On Dec 2, {{PERSON|Sofia Castellanos}} <{{EMAIL|scastellanos@keystonehearth.example}}> wrote:
> Please send an itemized list of damaged personal property with approximate purchase dates.`),
  t("transcript", `AGENT: Keystone Hearth claims, this is {{PERSON|Terrence}}, can I have your name please?
CALLER: yeah it's {{PERSON|Brenda Kowalczyk}}, {{PERSON|K-O-W-A-L-C-Z-Y-K}}.
AGENT: Thanks Ms. {{PERSON|Kowalczyk}}. And for verification, the last four of the social on the policy?
CALLER: Two nine eight one.
AGENT: Got it. What's a good callback number in case we get disconnected?
CALLER: {{PHONE|four one two, five five eight, three oh six seven}}.
AGENT: {{PHONE|412-558-3067}}. Perfect. Now tell me about the tree.`),
  t("ticket", `WEB FORM – First Notice of Loss
Name: {{PERSON|Harold J. Whitcomb}}
Policy #: {{neg:policy-number|HO5 88201377}}
Date of loss: {{neg:date|11/29/2026}}
Type: Wind / fallen tree on detached garage
Property ZIP: {{neg:postcode|43214}}
Phone: {{PHONE|6142908813}}
Email: {{EMAIL|hjwhitcomb@mailbox.example}}
Preferred contact time: after {{neg:time|5pm}}
Submitted from IP {{IP_ADDRESS|198.51.100.74}}`),
  t("sms", `Keystone Hearth: Hi {{PERSON|Gloria}}, adjuster {{PERSON|Mike Tran}} is on his way, ETA {{neg:time|2:45 PM}}. Questions? Call {{PHONE|1-866-419-2270}}. Claim {{neg:claim-number|CLM-26-0090215}}.`),
  t("chat", `Ridgeline Home Loans – Servicing Chat
{{PERSON|Kevin}} (Loan Servicing): Good morning! How can I help today?
guest_4410: my escrow went up and now my payment is {{neg:amount|$2,318.44}} instead of {{neg:amount|$2,061.09}}?? loan {{neg:loan-number|0041977352}}
{{PERSON|Kevin}} (Loan Servicing): I can look at that. Can you confirm the borrower name and property address?
guest_4410: {{PERSON|Yolanda Reyes}}, 1907 Brookhaven Dr, Tulsa OK {{neg:postcode|74105}}
{{PERSON|Kevin}} (Loan Servicing): Thanks {{PERSON|Yolanda}}. Your county taxes went up {{neg:amount|$2,900}}. I can spread the shortage over 12 months.
guest_4410: ok do that. and pls update my phone, new one is {{PHONE|918-629-4051}}`),
  t("note", `Borrower {{PERSON|Dwayne Pettiford}} called re: hardship / forbearance. Lost job {{neg:date|Oct 15}}. Sent app to {{EMAIL|dpettiford@post.example}}. Co-borrower {{PERSON|Angela Pettiford}} not on call, needs to sign. Loan {{neg:loan-number|7730-118-204}}. Next pmt due {{neg:date|1/1}}. Callback {{PHONE|(901) 446-2783}} Thurs AM.`),
  t("email", `From: {{PERSON|Eleanor Stavros}} <{{EMAIL|estavros@homemail.example}}>
To: {{EMAIL|payoff@ridgelinehomeloans.example}}
Subject: Payoff quote request – loan {{neg:loan-number|5520184473}}

Hello,

We are selling the house on Willow Bend Rd and closing is set for {{neg:date|January 9, 2027}}. Please send a payoff statement good through {{neg:date|January 15}} to our title company, attention {{PERSON|Kim Abernathy}}, fax or email is fine.

My SSN for verification is {{US_SSN|527-40-8816}}.

Thank you,
{{PERSON|Eleanor Stavros}}
{{PHONE|(602) 775-3190}}`),
  t("transcript", `speaker 1 (agent): ridgeline home loans my name is {{PERSON|carla}} who am i speaking with
speaker 2: hi this is {{PERSON|jerome washington}} i'm calling about a late fee on my mortgage
speaker 1 (agent): ok mister {{PERSON|washington}} can i get the loan number
speaker 2: it's {{neg:loan-number|66014492}}
speaker 1 (agent): and to verify your social security number
speaker 2: {{US_SSN|four three one, seven seven, two zero five eight}}
speaker 1 (agent): thank you i see the payment posted on the {{neg:date|17th of November}}`),
  t("ticket", `CRM EXPORT — CONTACT
contact_id: {{neg:customer-number|CT-00918244}}
full_name: {{PERSON|Chen, Wei-Lin}}
primary_phone: {{PHONE|+1 415 908 2264}}
secondary_phone: {{PHONE|(650) 341-7729}}
email: {{EMAIL|weilin.chen@fastmail.example}}
loan_number: {{neg:loan-number|1188-2047-63}}
last_payment: {{neg:amount|$3,104.27}} on {{neg:date|2026-11-30}}
ssn_on_file: {{US_SSN|602 18 4473}}
autopay: Y`),
  t("sms", `Ridgeline Home Loans: Your Dec payment of {{neg:amount|$1,887.12}} was received {{neg:date|12/01}}. Questions? {{PHONE|800-410-7735}}. Reply STOP to end msgs.`),
  t("chat", `Brightwire Wireless Billing
[4:17 PM] You: why is my bill {{neg:amount|$212}} this month, it's normally like 140
[4:18 PM] Brightwire – {{PERSON|Alexis}}: Hi there! I'd be glad to look. What's the account holder's name and the mobile number on the account?
[4:18 PM] You: {{PERSON|Tamika Greene}}, {{PHONE|773-604-1189}}
[4:20 PM] Brightwire – {{PERSON|Alexis}}: Thanks {{PERSON|Tamika}}. I see an international roaming pass added {{neg:date|Nov 22}} on the line ending 3350. That's {{neg:amount|$70}}.
[4:20 PM] You: that was my son {{PERSON|Darnell}} on his trip, ok fine
[4:21 PM] Brightwire – {{PERSON|Alexis}}: I can credit half as a one-time courtesy. Ref {{neg:reference|ADJ-7712094}}.`),
  t("note", `acct {{neg:account-number|88104 229 17}} - cust {{PERSON|Ernesto Villalobos}} disputing early termination fee {{neg:amount|$325}}. says rep at store ({{PERSON|Jordan}}?) promised waiver. no notes found. escalated to retention, ticket {{neg:ticket-number|RT-448210}}. best # {{PHONE|915 730 2284}}. he'll be at work til 6, ok to leave vm.`),
  t("email", `Subject: Autopay card update

Hi Brightwire team,

My old card expired. Please update autopay to my new Visa {{CARD|4539 1842 7730 2158}}, exp {{neg:card-expiry|08/29}}. The account is under my name, {{PERSON|Samuel Okafor}}, and the main line is {{PHONE|(404) 918-2276}}.

I tried doing it in the app (version {{neg:version|6.14.2}}) but it kept timing out.

{{PERSON|Sam}}`),
  t("sms", `Brightwire: {{PERSON|JENNIFER}}, your bill of {{neg:amount|$96.43}} is due {{neg:date|Dec 15}}. Pay at brightwire.example/pay or dial 611 from your phone, {{PHONE|1-888-372-4410}} from any other.`),
  t("transcript", `[00:00:02] AGENT: Brightwire billing, this is {{PERSON|Priya}}.
[00:00:05] CALLER: Hi, I want to add a line for my daughter.
[00:00:08] AGENT: Sure. Account holder name?
[00:00:10] CALLER: {{PERSON|Robert Lindqvist}}.
[00:00:31] AGENT: And which number should we port in?
[00:00:33] CALLER: Her old number is {{PHONE|seven one eight... four four two... nine zero three six}}.
[00:00:40] AGENT: {{PHONE|718-442-9036}}, from which carrier?
[00:00:42] CALLER: Metro something. Her name's {{PERSON|Astrid}}, same last name.`),
  t("chat", `FreshCart Help
FreshCart Bot: Hi! What can we help with?
Visitor: my order {{neg:order-number|FC-20261204-7718}} was missing the eggs and 2 avocados
FreshCart Bot: Connecting you to a person...
{{PERSON|Maribel}} @ FreshCart: Hi, sorry about that! I've refunded {{neg:amount|$7.58}} to your card ending {{neg:masked-card|**** 0421}}. Anything else?
Visitor: the driver also left it at the wrong door, 4B not 4D. can drivers call me first? {{PHONE|347-218-6640}}
{{PERSON|Maribel}} @ FreshCart: Added to your delivery notes ✅`),
  t("note", `FreshCart - complaint. Mrs. {{PERSON|Ruth Abramowitz}} (81) placed order by phone w/ her grandson {{PERSON|Eli}}. Frozen items thawed, delivery {{neg:time|4:50pm}} vs window {{neg:time|11am}}-{{neg:time|1pm}}. Full refund {{neg:amount|$63.20}} + {{neg:amount|$10}} credit. {{neg:name-word|Will}} call her back {{neg:date|Dec 7}} on landline {{PHONE|(561) 482-3307}}.`),
  t("ticket", `Order dispute #{{neg:order-number|60338172}}
Customer: {{PERSON|Benjamin Ashworth}}
Email: {{EMAIL|ben.ashworth@mailbox.example}}
Card charged: {{CARD|5529-0431-6688-1400}}
Issue: charged twice, {{neg:amount|$142.87}} each
Attempted card (declined): {{neg:luhn-invalid|5529 0431 6688 1401}}
Login IP: {{IP_ADDRESS|203.0.113.58}}
Assigned: {{PERSON|Noor}} (Payments)`),
]
