// en-IN texts: written one by one (health-insurer cashless pre-authorisation, card disputes, e-learning support,
// marketplace buyer protection, stadium box office, rail season passes, water leaks, home appliance warranty).
import { mk } from "./markup.ts"

const t = mk("en-IN")

export const EN_IN = [
  t("chat", `Suraksha Health – Cashless pre-auth desk
[10:14] Customer: Hello, my father is admitted in Manipal hospital, the TPA desk says pre-auth not received
[10:15] {{PERSON|Deepika}} (Pre-auth): Sorry for the trouble sir. Please share policy number.
[10:15] Customer: {{neg:policy-number|SH/2026/0441927}}
[10:16] {{PERSON|Deepika}} (Pre-auth): Patient name?
[10:16] Customer: {{PERSON|Ramachandran Iyer}}, age 71
[10:18] {{PERSON|Deepika}} (Pre-auth): Request received at {{neg:time|09:52}}, approved for {{neg:amount|₹1,85,000}} initial. Hospital will get mail shortly.
[10:18] Customer: thank you. my number {{PHONE|98450 31277}} if any query`),
  t("transcript", `agent: good afternoon suraksha health this is {{PERSON|ankit}} how may i help you
caller: yes i had submitted documents for reimbursement but status showing pending
caller: claim id is {{neg:claim-number|SHC 2026 88 1044}}
agent: okay maam may i know your registered mobile number
caller: {{PHONE|nine eight one nine, double two four, five oh six}}
agent: thank you maam and name please
caller: {{PERSON|kavitha subramanian}}
agent: {{PERSON|kavitha}} maam discharge summary is missing please mail it to {{EMAIL|claims@suraksha.example}}`),
  t("email", `Dear Sir/Madam,

I am writing to dispute a transaction of {{neg:amount|Rs. 12,499}} dated {{neg:date|29/11/2026}} on my credit card {{CARD|4798 1220 5566 3405}}. I did not make this purchase. I have already blocked the card through the app.

Kindly reverse the amount. My contact number is {{PHONE|+91 99001 46528}}.

Thanks and regards,
{{PERSON|Sandeep Kulkarni}}
Pune`),
  t("sms", `Dear Customer, dispute {{neg:case-number|DSP1128840}} raised for {{neg:amount|Rs.12,499}} on card {{neg:masked-card|XX3405}}. Temporary credit will be given in 7 working days. For help call {{PHONE|1800 425 3311}} - Indus Card`),
  t("ticket", `Learnova India – Support ticket {{neg:ticket-number|LNI-72201}}
Learner: {{PERSON|Mohammed Irfan Shaikh}}
Email: {{EMAIL|irfan.shaikh@example.co.in.example.com}}
Mobile: {{PHONE|+91 70453 88120}}
Course: Full Stack Web Dev (batch 14)
Issue: EMI of {{neg:amount|₹3,299}} deducted twice
Login IP: {{IP_ADDRESS|192.168.0.112}}`),
  t("note", `Buyer protection (Bazaarly IN) – buyer {{PERSON|Lakshmi Narayanan}} rec'd fake earbuds, seller "TechMantra" not responding. Order {{neg:order-number|BZI-55120-887}}. Refund {{neg:amount|₹2,199}} approved. Buyer alt no. {{PHONE|080 4112 7730}} (office).`),
  t("chat", `Wankhede Box Office help
[18:02] user: hi I booked 3 tickets for the T20 match but got only 2 QR codes
[18:03] {{PERSON|Rohit}} – Box Office: Hi! Please share booking id
[18:03] user: {{neg:booking-ref|WBO-33019-T}}
[18:04] {{PERSON|Rohit}} – Box Office: Third ticket was for {{PERSON|Aarav Mehta}}? It went to his email {{EMAIL|aarav.m@example.com}}.
[18:05] user: oh right my cousin, thanks 👍`),
  t("transcript", `AGENT: Mumbai Suburban Rail pass helpdesk, {{PERSON|Pooja}} speaking.
CALLER: Madam, my quarterly season pass is not showing in the app after renewal.
AGENT: Please tell me the UTS number.
CALLER: {{neg:reference|UTS 8841 2207}}.
AGENT: Registered mobile?
CALLER: {{PHONE|nine seven six nine, three three two, one four eight}}.
AGENT: I see payment of {{neg:amount|₹1,590}} done on {{neg:date|1 December}}. It will reflect in 24 hours.`),
  t("note", `BWSSB-style leak complaint (Jal Seva Bengaluru) – caller {{PERSON|Venkatesh Gowda}} reports pipeline burst near 4th cross, HSR Layout, {{neg:postcode|560102}}. Complaint {{neg:reference|JSB-LK-20441}}. Contact {{PHONE|99860 21473}}. Assigned to ward engineer {{PERSON|Shivakumar}}.`),
  t("ticket", `HomeCare Warranty (India) – Service request
SR no: {{neg:reference|HCW-SR-118804}}
Customer: {{PERSON|Fernandes, Glenda}}
Address PIN: {{neg:postcode|403001}}
Phone: {{PHONE|0832 242 6618}}
Alternate: {{PHONE|94221 07730}}
Appliance: split AC, compressor noise
Warranty till: {{neg:date|31/03/2027}}`),
  t("sms", `Missed call alert: {{PHONE|+91 98191 22450}} called you at {{neg:time|11:42}}. Voice msg: "hello {{PERSON|ritu}} this is {{PERSON|manoj}} from suraksha health, please call back on {{PHONE|nine eight one nine one, two two four five oh}}"`),
  t("email", `Subject: Dating app - harassment report

Hi Kindling team,

A user who called himself "{{PERSON|Karan}}" got my number {{PHONE|87964 30112}} from a chat and now calls me from {{PHONE|+91 82371 90455}}. I have blocked him but he keeps using new numbers. Please take action.

{{PERSON|Anjali Bhattacharya}}
{{EMAIL|anjali.b@example.org}}`),
]
