/** Hard negatives: values that look like PII and are not. */
import type { Rng } from "./rng.ts";
import { card, iban } from "./values.ts";

export const lk = {
  order: (r: Rng): string => r.pick([`ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `${r.int(1, 9)}${r.digits(9)}`, `#${r.digits(8)}`, `${r.int(1, 9)}${r.digits(10)}`]),
  ticket: (r: Rng): string => r.pick([`INC${r.digits(7)}`, `CS-${r.digits(6)}`, `TCK${r.digits(8)}`, `${r.int(1, 9)}${r.digits(9)}`]),
  tracking: (r: Rng): string => r.pick([`1Z${r.digits(2)}X${r.digits(3)}${r.digits(10)}`, `JJD${r.digits(15)}`, `${r.digits(12)}`, `RR${r.digits(9)}GB`]),
  invoice: (r: Rng): string => r.pick([`INV-${r.digits(7)}`, `RE-${r.int(2024, 2026)}/${r.digits(4)}`, `F${r.digits(10)}`]),
  caseNo: (r: Rng): string => `${r.int(1, 9)}${r.digits(r.pick([9, 10]))}`,
  luhnBad: (r: Rng): string => card(r, false),
  ibanBad: (r: Rng, c: string): string => iban(r, c, false),
  amountUs: (r: Rng): string => r.pick([`$${r.int(1, 9)},${r.digits(3)}.${r.digits(2)}`, `$${r.int(10, 999)}.${r.digits(2)}`, `£${r.int(5, 400)}.${r.digits(2)}`, `USD ${r.int(10, 999)}`]),
  amountEu: (r: Rng): string => r.pick([`${r.int(1, 9)}.${r.digits(3)},${r.digits(2)} €`, `€${r.int(10, 999)},${r.digits(2)}`, `${r.int(10, 99)},- €`, `CHF ${r.int(10, 99)}.50`]),
  dateUs: (r: Rng): string => r.pick([`${r.int(1, 12)}/${r.int(1, 28)}/2026`, `2026-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`, `${r.pick(["March", "June", "Oct", "Jan"])} ${r.int(1, 28)}, 2026`, `${r.int(1, 28)} ${r.pick(["April", "Sept", "November"])} 2026`]),
  dateEu: (r: Rng): string => r.pick([`${String(r.int(1, 28)).padStart(2, "0")}.${String(r.int(1, 12)).padStart(2, "0")}.2026`, `${r.int(1, 28)}/${r.int(1, 12)}/26`, `2026-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`]),
  time: (r: Rng): string => r.pick([`${r.int(7, 20)}:${String(r.int(0, 59)).padStart(2, "0")}`, `${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, "0")} ${r.pick(["am", "PM"])}`, `${String(r.int(7, 20)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}`]),
  duration: (r: Rng): string => r.pick([`${r.int(2, 59)} min`, `${r.int(1, 3)}h ${r.int(1, 59)}m`, `00:${r.int(10, 59)}:${String(r.int(0, 59)).padStart(2, "0")}`, `${r.int(20, 90)} seconds`]),
  version: (r: Rng): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(100, 131)}.0.${r.int(1000, 6999)}.${r.int(10, 199)}`, `10.0.${r.int(19041, 22631)}`, `${r.int(14, 18)}.${r.int(0, 7)}.${r.int(1, 3)}`]),
  postUs: (r: Rng): string => r.pick([`${r.digits(5)}`, `${r.digits(5)}-${r.digits(4)}`]).replace(/^0/, "1"),
  postUk: (r: Rng): string => r.pick(["SW1A 2AA", "M4 6BF", "EH3 9QG", "BT7 1NN", "LS1 4DY", "CF10 3NQ", "G2 8JU"]),
  postEu: (r: Rng): string => r.pick([`${r.int(10, 99)}${r.digits(3)}`, `${r.int(1000, 9999)} ${r.pick(["AB", "KL", "TX"])}`, `${r.int(1000, 9999)}-${r.digits(3)}`, `CH-${r.int(1000, 9999)}`]),
  sku: (r: Rng): string => r.pick([`SKU-${r.digits(6)}`, `HX-${r.int(100, 999)}-${r.pick(["BLK", "WHT", "GRY"])}`, `${r.pick(["RT", "MB", "KB"])}${r.digits(4)}${r.pick(["A", "X", "Z"])}`]),
};

export const COMPANIES = ["Harbourline Energy", "Kestrel Mutual", "Northgate Telecom", "Bluewave Broadband", "Solvia Seguros", "Verdant Mobile", "Alder & Finch", "Marlow Rail"];
export const STREETS_EN = ["Mercer Street", "Gloucester Road", "Willow Lane", "Jackson Avenue", "Kingsway", "Lincoln Boulevard", "Grace Terrace"];
export const TOWNS_EN = ["Leeds", "Swindon", "Dayton", "Bristol", "Tacoma", "Inverness", "Cork", "Charlotte"];
export const PRODUCTS = ["Fibre 500", "Home Hub 4", "Unlimited Plus", "SmartMeter S2", "Galaxy A55", "Pixel 8a"];
