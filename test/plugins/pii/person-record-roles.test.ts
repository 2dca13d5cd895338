// An export's owner, guest, applicant or member of staff is a person: two name-shaped words under such a key in JSON,
// a CSV column or a table column are a name, listed or not; a team's or a product's name is not. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("an owner's, a guest's or an applicant's two words in a record are a name, though no list knows them", () => {
  expect(people('{"owner": "Tjaronda Uirab", "phone": "+264 81 234 5678", "microchip": "956000012345678"}')).toEqual(["Tjaronda Uirab"])
  expect(people('{"guest": "Kaufusi Havili", "room": "214", "nights": 3}')).toEqual(["Kaufusi Havili"])
  expect(people('{"applicant": "Tuilagi Faleolo", "course": "MA21"}')).toEqual(["Tuilagi Faleolo"])
  expect(people("owner,phone,policy\nTjaronda Uirab,+264 81 234 5678,PET-5633-2643\n")).toEqual(["Tjaronda Uirab"])
  expect(people("| guest | phone | ref |\n|---|---|---|\n| Kaufusi Havili | +676 771 2345 | INC7173244 |")).toEqual(["Kaufusi Havili"])
})

test("a team, a product or an everyday phrase under those keys is no one", () => {
  expect(people('{"owner": "Platform Team", "service": "billing"}')).toEqual([])
  expect(people('{"owner": "Data Engineering", "service": "billing"}')).toEqual([])
  expect(people('{"guest": "Walk In", "room": "214"}')).toEqual([])
})

test("a state, a shift, a region or a network under a person's key in a record is no name", () => {
  expect(people('{"id": 5, "applicant": "Pending Review", "status": "open"}')).toEqual([])
  expect(people('{"id": 5, "staff": "Night Shift", "status": "open"}')).toEqual([])
  expect(people('{"service": "billing-api", "owner": "North Region", "tier": "gold"}')).toEqual([])
  expect(people('{"room": "214", "guest": "Wi-Fi Network", "rate": "BAR"}')).toEqual([])
})
