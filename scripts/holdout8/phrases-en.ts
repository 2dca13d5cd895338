// Holdout 8 corpus: English phrases (US and UK share them).
import type { Phrases } from './locale.ts'

export const EN: Phrases = {
  hi: 'Hi', agent: 'Agent', customer: 'Customer',
  bye: ['Best regards,', 'Kind regards,', 'Thanks,', 'Cheers,', 'Many thanks,'],
  thanks: ['thanks so much 🙏', 'great, thank you!', 'perfect 👍', 'ok thx', 'brilliant, cheers 😊'],
  fillers: ['uh', 'um', 'you know', 'like', 'erm', 'yeah so'],
  myName: ['my name is {name}', 'this is {name}', "it's {name} here", 'I am {name}', 'name on the account is {name}'],
  reach: ['you can reach me on {phone}', 'call me back at {phone}', 'my mobile is {phone}', 'best number is {phone}', 'please text {phone}', 'office line {phone} ext. 214, ask for me'],
  mailMe: ['my email is {email}', 'send it to {email}', 'email: {email}', 'reply to {email} please'],
  card: ['card number {card}', 'I paid with {card}', 'charge it to {card} exp 09/29', 'the card was {card}'],
  iban: ['please refund to IBAN {iban}', 'my bank account is {iban}', 'IBAN: {iban}'],
  third: ['{name2} from our billing team already looked at it', 'my husband {name2} made the booking', 'I spoke to {name2} last week', 'the parcel was signed for by {name2}', 'escalated to {name2} (team lead)'],
  airline: [
    'I need to change booking {ref} from {date} to {date2}, flight {flight}, seat {seat}',
    'my bag never arrived on {flight} on {date}, baggage tag {bag}, e-ticket {tkt}',
    'the rebooking fee of {amount} was charged twice for {ref}',
    'can I get a voucher instead, I was offered {voucher} worth {amount}',
    'our flight {flight} was delayed {dur} and we missed the connection at {time}',
    'ticket number {tkt} shows as cancelled but booking {ref} is still active',
  ],
  shop: [
    'order {order} was supposed to arrive on {date} but tracking {track} has not moved',
    'the parcel {track} was left at the wrong door in {postcode}',
    'I returned order {order} on {date} and still no refund of {amount}',
    'the voucher code {voucher} did not work at checkout, total was {amount}',
    'the {product} in order {order} arrived broken, I want a replacement',
    'delivery slot {time} on {date} was missed, this is the second time for {order}',
  ],
  utility: [
    'the meter reading you used is wrong, meter {meter} shows {kwh} not {kwh2}',
    'I am moving house on {date}, supply number {supply}, new postcode {postcode}',
    'my bill of {amount} for account {acct} is far too high',
    'direct debit of {amount} taken on {date} for account {acct}, please check the reading {kwh}',
    'supply {supply} at the old address should end on {date}, final reading {kwh2}',
    'please set up the account {acct} at the new place from {date}',
  ],
  neg: [
    'I {will} send the photos tonight', 'we {hope} to fly again in {May}', 'the {bill} is attached', 'please {mark} this as urgent',
    '{Will} the refund come before {Summer}?', 'the {summer} timetable starts soon', 'it was a {sunny} day, the bag was soaked anyway',
    'the old card {badcard} was cancelled', 'the IBAN {badiban} bounced', 'the car {jack} was in the lost suitcase',
    'our street is {Rose} Lane, next to {Brook} Farm', 'arrived at {dawn}, desk was closed', 'by the {Grace} of god it arrived',
  ],
  disclaimer: 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
  summary: 'Call summary (AI-generated, please review)', next: 'Next steps',
  form: { name: 'Full name', email: 'Email address', phone: 'Phone number', msg: 'Message', topic: 'Topic' },
}
