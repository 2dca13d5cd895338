// English texts of the US and Nigeria, written one by one: quoted marketplace threads, agents' case notes, report forms
// and moderation log lines, and quoted reviews of a trust-and-safety and support desk.
import { mk } from "./mk.ts"

const us = mk("en-US")
const ng = mk("en-NG")

export const EN_US = [
  us("thread", `Dispute #{{neg:case-number|D-2291846}} · quoted thread, listing {{neg:listing-id|LST-88231-KT}} (Herman Miller chair)
[buyer] jess_plays_cello: hey is this still available? can pick up saturday
[seller] {{PERSON|Marcus Delacroix}}: yes but pls text me instead, app keeps glitching {{PHONE|(312) 649-7018}}
[buyer] jess_plays_cello: i'd rather keep it here tbh
[seller] {{PERSON|Marcus Delacroix}}: no worries, zelle me {{neg:amount|$180}} and its yours`),
  us("case", `Case note — ATO review. Member {{PERSON|Lucinda Ferreira-Watts}} reports she was locked out after a login from {{IP_ADDRESS|203.0.113.58}} on {{neg:date|11/29/2026}} at {{neg:time|3:12 am}}. Recovery e-mail was changed to {{EMAIL|ferreira.w.backup@example.net}} (not hers). Reverted, sessions killed, 2FA forced. Attacker also edited the tax profile: SSN field reads {{US_SSN|287-54-6610}}, not the one she gave at onboarding. Payout hold on order {{neg:order-number|ORD-40417729}} lifted.`),
  us("report", `report_type=off_platform_payment reporter=@kevin.b listing={{neg:listing-id|L-3390214}} app={{neg:version|6.18.2}}
text="seller wants me to pay via cashapp and says call {{PHONE|four one five, seven three one, oh nine four six}}"
seller_display="Sunny Deals" action=listing_removed`),
  us("review", `★☆☆☆☆ "Item never arrived. Tracking {{neg:tracking-number|1Z 84X 27W 03 1184 7702}} shows label created only. Seller stopped answering." — quoted in refund appeal, order {{neg:order-number|#A7-60348}}, {{neg:amount|$64.99}}`),
  us("case", `ID verification (seller onboarding). Name on license: {{PERSON|Tran Thi Bich Ngoc}}. SSN provided {{US_SSN|412-63-8807}}, matches bureau. Second upload showed SSN {{neg:ssn-invalid|666-41-2093}} — typo per seller, rejected automatically. DOB {{neg:date|03/14/1991}}. Approved by T&S tier 2; seller's phone {{PHONE|702.381.4465}} confirmed by SMS.`),
  us("thread", `Quoted from host/guest messages, reservation {{neg:booking-ref|HMX4QZ21}}
Guest (display name "Will Travel"): hi! we'll arrive late, around {{neg:time|11:40 pm}}, is the lockbox code the same?
Host {{PERSON|Priyanka Deshmukh}}: yes, or call me {{PHONE|971-226-0458}}, but my neighbour {{PERSON|Earl Simmons}} has the spare key if it jams. his cell {{PHONE|503 218 7764}}
Guest: perfect thank you 🙏`),
  us("report", `mod_log ts=2026-12-02T14:07Z action=remove_listing reason=contact_info_in_description listing={{neg:listing-id|9920-KLM-44}}
matched="dm me or email {{EMAIL|bargainbarn.tom@example.com}} for lower price"
reviewer=tns_mod_0412 phone_on_profile={{PHONE|+1 (646) 209-7713}}`),
  us("case", `Refund decision: buyer {{PERSON|Abigail Stroud}} paid {{neg:amount|$420.00}} with card {{neg:masked-card|****2539}}. Seller claims delivered to ZIP {{neg:postcode|60614}}; carrier photo shows a different door. Buyer's number {{PHONE|(773) 905-1846}}. Full refund issued to card on file {{CARD|4532 7194 0816 2539}}. Seller account {{neg:account-number|SLR-0098213}} gets a strike.`),
  us("thread", `dispute excerpt (order {{neg:order-number|TX-5512-0934}}):
buyer mark_the_shark: you sent a broken lens 😡
seller {{PERSON|Noor Haddad}}: it was fine when I packed it, I have video
buyer mark_the_shark: i will {{neg:name-word|mark}} this as not as described then
seller {{PERSON|Noor Haddad}}: go ahead, I already talked to support ({{EMAIL|noor.haddad.photo@example.org}})`),
  us("report", `Fraud report form
Your name: {{PERSON|Gabriel Okonkwo-Reyes}}
What happened: someone called from {{PHONE|+1 404 917 2253}} pretending to be marketplace support and asked for my card number. I read them {{CARD|3782 9461 0572 318}} and my social security number {{US_SSN|529-07-3341}} before I realized 😞
Listing involved: {{neg:listing-id|MP-7741902}}`),
  us("case", `Payout problem. Seller {{PERSON|Rosalind Yazzie}} says payout {{neg:reference|PO-2026-11-8812}} of {{neg:amount|$1,204.50}} never landed. Bank details on file end {{neg:masked-card|xxxx 0841}}; the 1099 profile has SSN {{US_SSN|344-82-1957}}. She re-entered the card {{neg:luhn-invalid|4532 7194 0816 2538}} in the form, which fails validation. Asked her to call back on {{PHONE|(718) 604-3391}}.`),
  us("review", `Public reply from host, quoted in complaint {{neg:case-number|C-880142}}:
"We're sorry {{PERSON|Kenji}} felt the cabin wasn't clean. Our cleaner {{PERSON|Maribel Ortiz}} was there the morning of {{neg:date|Nov 21}}. The {{neg:name-word|grace}} period for checkout is 30 min, not 2 hours."`),
  us("report", `ato_alert user=daniel_r88 login_ip={{IP_ADDRESS|2001:db8:4a1::17}} prev_ip={{IP_ADDRESS|198.51.100.204}} device=new country_mismatch=true
contact_change phone_old={{PHONE|512-447-9036}} phone_new={{PHONE|+1 (720) 318-6624}} email_new={{EMAIL|dr88.recover@example.com}}`),
  us("case", `Verification call notes: caller gave name {{PERSON|Hollis Abernathy}} and social security number {{US_SSN|231-48-9016}}; last four matched ({{neg:reference|9016}}). Former tenant {{PERSON|Violet Masterson}} is still listed at the address, advised him to update. Callback {{PHONE|(617) 285-4460}}.`),
  us("thread", `Message thread attached to report {{neg:case-number|R-77120}}:
"Cash only, no app fees 😉 text {{PHONE|two zero six, four four one, eight oh three nine}}" — seller "BigBill" (no real name)
buyer: can I pay through the site? the {{neg:name-word|bill}} protection matters to me
seller: then price goes up to {{neg:amount|$95}}`),
]

export const NG = [
  ng("thread", `Dispute {{neg:case-number|NGD-104477}}, quoted chat on listing {{neg:listing-id|LG-2026-5521}} (Tecno Camon 20)
Buyer @chidi_gadgets: Is the phone still available? I'm in Yaba
Seller {{PERSON|Folasade Adeyemi}}: yes o, pay {{neg:amount|₦185,000}} to my account and I'll send via GIG
Seller: or call me {{PHONE|0803 124 5674}} let's talk`),
  ng("report", `report_type=scam reporter={{PERSON|Emeka Nwachukwu}} listing={{neg:listing-id|A9052-LAG}}
text="he said I should send money first, his number is {{PHONE|zero eight one six, four seven two, nine zero three five}} and his name is {{PERSON|Babatunde}}"
action=account_suspended app={{neg:version|4.3.11}}`),
  ng("case", `ATO case: user {{PERSON|Hauwa Bello}} lost access after SIM swap. New login from {{IP_ADDRESS|192.168.43.12}} (hotspot) then {{IP_ADDRESS|203.0.113.91}}. Recovery phone changed from {{PHONE|+234 706 241 8893}} to an unknown line. Restored; recovery e-mail set back to {{EMAIL|hauwa.bello@example.com}}.`),
  ng("review", `Review quoted in complaint: "{{PERSON|Chioma}}'s kitchen stall is 10/10, but the rider with number {{PHONE|08139024471}} was rude and demanded extra {{neg:amount|₦2,000}}." Reply by the vendor: "We don't know that rider, please report him."`),
  ng("thread", `Shortlet booking {{neg:booking-ref|SLT-88Q2-LK}} (Lekki Phase 1) — host/guest messages
Host {{PERSON|Adaeze Okafor}}: Welcome! Caretaker {{PERSON|Musa Garba}} will meet you at the gate, his line is {{PHONE|0905 882 1347}}
Guest {{PERSON|Tunde Bakare}}: Thanks ma, we arrive {{neg:date|18 December}} around {{neg:time|16:30}}
Host: Light is from {{neg:time|6:00}} to midnight, generator after`),
  ng("case", `Payout dispute: seller {{PERSON|Ibrahim Danjuma}} says {{neg:amount|₦412,000}} payout {{neg:reference|PAY-NG-771203}} was reversed. Bank shows account {{neg:account-number|0123456789}} (NUBAN) under a different name, {{PERSON|Yusuf Danjuma}} (brother), who sent a UK payslip, NI number {{UK_NINO|SH 72 09 14 B}}. Asked for a letter from the account holder. Escalated to {{EMAIL|payouts-ng@example.org}}.`),
  ng("report", `mod_log action=remove reason=phone_in_title title="iPhone 13 clean, call {{PHONE|08031234567}} no time wasters" user=gift_of_god22 ip={{IP_ADDRESS|10.14.2.201}} reviewer=mod_ng_07`),
  ng("thread", `Quoted messages, order {{neg:order-number|JM-40017-NG}}:
buyer blessed_hands: oga the generator you sent has no spark plug
seller {{PERSON|Olumide Fashola}}: {{neg:name-word|Patience}} abeg, my boy will bring it tomorrow
buyer blessed_hands: tomorrow tomorrow since {{neg:date|2 December}}. I go report you`),
  ng("case", `ID check for a seller who lived in the UK: passport name {{PERSON|Oluwaseun Akinyemi}}, National Insurance number {{UK_NINO|JM 48 27 19 C}} on his P60, Nigerian BVN withheld. Address in Ikeja, postcode {{neg:postcode|100271}}. Phone {{PHONE|+234 812 345 6789}} verified by OTP.`),
  ng("review", `★★☆☆☆ "{{PERSON|Kelechi}} delivered the fridge late and it was scratched. Refund of {{neg:amount|₦35,000}} still pending since {{neg:date|25/11/2026}}." — review by user amakaobi (display name "{{PERSON|Amaka Obi}}")`),
  ng("report", `Report form — off-platform payment
Reporter email: {{EMAIL|z.abubakar@example.net}}
Details: seller asked me to pay by card on a link, I entered {{CARD|5189 0344 7216 0986}} and they charged me twice. Second charge card shows {{neg:masked-card|**** 0986}} at {{neg:time|21:14}}.
Reporter name: {{PERSON|Zainab Abubakar}}, phone {{PHONE|0706 118 4529}}`),
  ng("case", `Agent note: caller {{PERSON|Godwin Eze}} wants his listing {{neg:listing-id|CAR-LG-2874}} back. It was removed because the description had "{{neg:name-word|Goodwill}} price, WhatsApp {{PHONE|0701 442 8790}}". Explained the policy; he will edit. His other line {{PHONE|+234 909 514 2280}}. Tracking for the previous sale: {{neg:tracking-number|GIG-55120947}}.`),
  ng("thread", `Chat excerpt (dispute {{neg:case-number|C-NG-61842}}):
seller precious_wears: dear i can't deliver to Abuja again, just pay {{neg:amount|₦8,500}} more
buyer {{PERSON|Ifeoma Nnadi}}: no, the listing said free delivery. I have screenshot
seller precious_wears: then talk to my manager {{PERSON|Bisi}} on {{PHONE|zero nine zero three, one one eight, two seven six four}}`),
  ng("report", `ato_alert user_id={{neg:reference|U-4471902}} new_ip={{IP_ADDRESS|2001:db8:9c0::4}} old_ip={{IP_ADDRESS|172.20.1.33}} email_changed_to={{EMAIL|quick.cash.seller@example.com}} ni_doc="NI no {{UK_NINO|TW 51 88 30 D}}" phone_on_file={{PHONE|0817 662 0394}} flagged_by=auto_rule_14`),
  ng("case", `Card refund: buyer {{PERSON|Obinna Chukwu}} paid with {{CARD|4929 1830 5564 7725}}; first he typed {{neg:luhn-invalid|4929 1830 5564 7724}}. Seller on {{PHONE|0802 319 7746}} agrees to refund {{neg:amount|₦62,500}}. Closing {{neg:date|7 December 2026}}.`),
]
