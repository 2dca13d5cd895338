// What each language says around the values. Business lines hold slots filled with negatives:
// {ref} a business number, {date}, {time}, {amount}.
import { PHRASES_A } from "./phrases-a.ts";
import { PHRASES_B } from "./phrases-b.ts";
import { PHRASES_C } from "./phrases-c.ts";

export type Biz = "dental" | "airline" | "pharmacy" | "removals";
export const BIZES: Biz[] = ["dental", "airline", "pharmacy", "removals"];

export interface BizText {
  name: string; // the business's own name (not a PERSON)
  title: string;
  lines: string[];
}
export interface Phrases {
  or: string; ext: string; after: string; hi: string; dear: string; thanks: string; regards: string;
  callMe: string; myName: string; thisIs: string; backup: string; rel: string[]; spoke: string;
  summary: string; notes: string; agent: string; caller: string; name: string; phone: string; mobile: string;
  email: string; date: string; ref: string; from: string; to: string; subject: string; customer: string;
  assigned: string; status: string; vmFrom: string; bye: string; idLabel: string; card: string; iban: string;
  amount: string; ask: string; noted: string;
  biz: Record<Biz, BizText>;
}

const EN: Phrases = {
  or: "or", ext: "ext.", after: "after", hi: "Hi", dear: "Dear", thanks: "Thanks", regards: "Kind regards",
  callMe: "you can reach me on", myName: "my name is", thisIs: "this is", backup: "if I don't pick up, try",
  rel: ["my wife", "my husband", "my daughter", "my son", "my neighbour", "my colleague"], spoke: "Spoke to",
  summary: "Call summary", notes: "Notes", agent: "Agent", caller: "Caller", name: "Name", phone: "Phone", mobile: "Mobile",
  email: "Email", date: "Date", ref: "Ref", from: "From", to: "To", subject: "Subject", customer: "Customer",
  assigned: "Assigned to", status: "open", vmFrom: "Voicemail from", bye: "Thanks, bye", idLabel: "ID no.",
  card: "card", iban: "IBAN", amount: "Amount", ask: "what's the best number to reach you?", noted: "ok, noted",
  biz: {
    dental: { name: "Brightbay Dental & Ortho", title: "Recall and treatment plan", lines: [
      "Your six-month recall is booked for {date} at {time}.", "Claim {ref} for the crown on 36 went to the insurer.",
      "The aligner treatment plan {ref} comes to {amount}.", "Please confirm the hygienist visit on {date}, ref {ref}."] },
    airline: { name: "Coral Wings", title: "Delayed bag and miles", lines: [
      "The bag with tag {ref} missed the connection on {date}.", "Your ticket {ref} was rebooked, the fare difference is {amount}.",
      "The file reference is {ref}; the courier drops the bag after {time}.", "Miles for booking {ref} were credited on {date}."] },
    pharmacy: { name: "CarePoint Pharmacy", title: "Prescription ready for delivery", lines: [
      "Prescription {ref} is ready; the driver comes on {date} around {time}.", "Batch {ref} of the inhaler was recalled, nothing to pay.",
      "The repeat for {ref} costs {amount} this month.", "Product code {ref} is out of stock until {date}."] },
    removals: { name: "Swift Crate Removals", title: "Moving quote and storage", lines: [
      "Quote {ref} for the three-bed move comes to {amount}.", "Storage unit {ref} is paid up until {date}.",
      "The crew arrives on {date} at {time}, inventory {ref}.", "Twelve crates are listed under job {ref}."] },
  },
};

export const PHRASES: Record<string, Phrases> = { en: EN, ...PHRASES_A, ...PHRASES_B, ...PHRASES_C };
