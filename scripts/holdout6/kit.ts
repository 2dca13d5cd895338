/** Short hands the templates share. */
import { ent, neg, type Labeled } from "./build.ts";
import type { Rng } from "./rng.ts";

export const P = (v: string) => ent("PERSON", v);
export const EM = (v: string) => ent("EMAIL", v);
export const PH = (v: string) => ent("PHONE", v);
export const CC = (v: string) => ent("CARD", v);
export const IB = (v: string) => ent("IBAN", v);
export const SSN = (v: string) => ent("US_SSN", v);
export const NI = (v: string) => ent("UK_NINO", v);
export const IP = (v: string) => ent("IP_ADDRESS", v);
export const N = neg;

export interface Template { kind: string; make: (r: Rng) => Labeled }

export const EMOJI = ["🙂", "👍", "👍🏽", "🙏", "😊", "🇬🇧", "🇺🇸", "👨‍👩‍👧", "📞", "✅", "😡", "🤦‍♀️", "💳", "🎉", "⚠️", "👋🏿"];
export const FILLER = ["um", "uh", "er", "like", "you know", "so", "right", "okay so", "mm-hmm"];
