// en-NZ texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-NZ")

export const EN_NZ_1 = [
  t("chat", `Kōwhai Pharmacy — online chat
[11:02] Visitor: kia ora, can I get my nan's prescription delivered? she's in Onehunga
[11:03] {{PERSON|Mere}} (Kōwhai Pharmacy): Kia ora! Yes, we deliver Tues and Fri. What's her name?
[11:03] Visitor: {{PERSON|Hinemoa Te Awa}}. I'm her moko {{PERSON|Tama}}
[11:04] {{PERSON|Mere}} (Kōwhai Pharmacy): Thanks {{PERSON|Tama}}. Best contact number?
[11:04] Visitor: {{PHONE|021 448 2716}}
[11:05] {{PERSON|Mere}} (Kōwhai Pharmacy): Sweet, it'll go out Friday before {{neg:time|2pm}}. Co-payment is {{neg:amount|$5}}.`),
  t("sms", `Tui Vets: Hi {{PERSON|Aroha}}, Pepper is ready for pick up after her spay. We're open until {{neg:time|6pm}}. Any Qs call {{PHONE|09 377 4218}}`),
  t("email", `Subject: Bond refund – 14B Kelburn Parade

Hi {{PERSON|Lachlan}},

The final inspection on {{neg:date|2 December}} went well. We'll lodge the bond refund form with Tenancy Services for the full {{neg:amount|$2,160}}. Please confirm the account you want it paid into – we have {{neg:account-number|12-3140-0519283-00}} on file.

Ngā mihi,
{{PERSON|Serena Whitlock}}
Property Manager | Harbourview Rentals Wellington
{{PHONE|04 472 8810}} | {{EMAIL|serena@harbourview.example}}`),
  t("transcript", `AGENT: Kia ora, Southern Cross Rentals, {{PERSON|Nikau}} speaking.
CALLER: Hi, I picked up a campervan in Christchurch yesterday and the fridge doesn't work.
AGENT: Oh no, sorry about that. What's the booking number?
CALLER: {{neg:booking-ref|SCR-90418}}. Name's {{PERSON|Wilhelmina de Groot}}.
AGENT: Thanks {{PERSON|Wilhelmina}}. Where are you now?
CALLER: Near Tekapo. You can reach me on {{PHONE|+31 6 41827733}}, it's my Dutch mobile.
AGENT: No worries. Our service partner in Twizel, {{PERSON|Rangi}}, will call you. His number is {{PHONE|027 391 0458}} in case you miss him.`),
  t("note", `KiwiSaver q - member {{PERSON|Sefo, Talia}} wants first-home withdrawal. purchase settles {{neg:date|20/01/2027}}. lawyer {{PERSON|P. Vaifale}} to send S&P. member ph {{PHONE|022 013 7744}}. IRD # on file.`),
  t("ticket", `Ticket {{neg:ticket-number|TKP-50271}} – Lost bag – Aotearoa Air
Passenger: {{PERSON|Ngaire Whaanga}}
Flight: {{neg:flight-number|AA 517}} AKL–ZQN {{neg:date|05/12}}
Bag: blue duffel, name tag "{{PERSON|N. Whaanga}}"
Contact: {{PHONE|0274 196 330}} / {{EMAIL|ngaire.w@xtra.example}}
Status: found in AKL, on {{neg:flight-number|AA 521}} this arvo. Courier to Frankton.`),
  t("chat", `[Fri 19:21] You: why did my streaming go up to {{neg:amount|$24.99}}?
[Fri 19:22] Rewa Stream Support: Hi, you're chatting with {{PERSON|Jordan}}! Your plan moved to Premium on {{neg:date|1 Dec}}. Did you change it?
[Fri 19:22] You: nope
[Fri 19:24] Rewa Stream Support: I can see the change was made from {{IP_ADDRESS|192.168.20.7}}, which looks like your home network. Does anyone else use the account?
[Fri 19:25] You: ... my teenager. ok. can you switch it back
[Fri 19:25] Rewa Stream Support: Done – back to Standard and {{neg:amount|$8}} credited.`),
  t("transcript", `[00:00:00] agent: kia ora you've reached coastline dental {{PERSON|brooke}} speaking
[00:00:03] caller: hi yeah i chipped a tooth can i come in today
[00:00:06] agent: we've got a gap at {{neg:time|3.45}} with doctor {{PERSON|ramaswamy}} what's your name
[00:00:10] caller: {{PERSON|hemi parata}}
[00:00:12] agent: and best number
[00:00:13] caller: {{PHONE|oh two one, six oh three, one one eight}}
[00:00:18] agent: {{PHONE|zero two one, six zero three, one one eight}} sweet see you at quarter to four`),
  t("email", `From: {{PERSON|Graham Pettigrew}} <{{EMAIL|g.pettigrew@clear.example}}>
To: Donor Relations, Forest & Bird Trust
Subject: Bequest

Kia ora,

My wife {{PERSON|Alison}} and I would like to leave a gift to the Trust in our wills. Our lawyer is {{PERSON|Hamish Grieve}} at Kōtuku Law ({{PHONE|03 366 2094}}). Could someone send us the bequest wording?

Regards,
{{PERSON|Graham}}`),
  t("sms", `Tranzcourier: parcel {{neg:tracking-number|TZ88104729NZ}} out for delivery to {{PERSON|K. Tupou}}. Signature required. Reschedule: {{PHONE|0800 438 227}}`),
]
