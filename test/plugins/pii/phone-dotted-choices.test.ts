// A Polish or a Spanish number dotted in its national groups after a call word is a phone, not an IP address; Chile's
// and Colombia's numbers dotted after a phone word are phones; and a number given as the other choice after `ou no`
// (or at) is a phone as the first one is. Texts written for this file.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"
import { found, phones } from "./spans.ts"

test("Poland's and Spain's dotted groupings after a call word are a phone, not an IP address", () => {
  expect(phones("Proszę dzwonić pod 22.114.37.80 po południu.")).toEqual(["22.114.37.80"])
  expect(found("Proszę dzwonić pod 22.114.37.80 po południu.", "IP_ADDRESS")).toEqual([])
  expect(found("Llámame al 938.31.48.83 mañana.", "IP_ADDRESS")).toEqual([])
})

test("the same dotted groups with no call word, or an address's own groups, stay an IP address", () => {
  expect(found("Serwer 22.114.37.80 nie odpowiada.", "IP_ADDRESS")).toEqual(["22.114.37.80"])
  expect(found("Proszę dzwonić, brama 192.168.10.20 nie działa.", "IP_ADDRESS")).toEqual(["192.168.10.20"])
  // A phone's key or word near, but the address after a key, in a link or named as an IP.
  expect(found('{"phone":"+48 22 114 37 80","client_ip":"62.151.18.56"}', "IP_ADDRESS")).toEqual(["62.151.18.56"])
  expect(found("callback sms src=203.81.89.29", "IP_ADDRESS")).toEqual(["203.81.89.29"])
  expect(found("sms sent\nadmin: http://172.23.11.23:8080/", "IP_ADDRESS")).toEqual(["172.23.11.23"])
  expect(found("call from IP 62.151.18.56", "IP_ADDRESS")).toEqual(["62.151.18.56"])
  // A private range's address after a call word in English: no Polish or Spanish number opens so.
  expect(found("Users cannot reach host 10.128.15.22 since Monday.", "IP_ADDRESS")).toEqual(["10.128.15.22"])
  expect(found("The printer? I can't reach 172.16.10.10 from my desk.", "IP_ADDRESS")).toEqual(["172.16.10.10"])
  expect(found("Our fax gateway sits at 10.120.44.51 in rack 3.", "IP_ADDRESS")).toEqual(["10.120.44.51"])
})

test("Chile's and Colombia's numbers dotted after a phone word are phones; the same dots alone are not", () => {
  expect(phones("Mi celular es 9.8765.4321, escríbeme.")).toEqual(["9.8765.4321"])
  expect(phones("Llame al 604.5127790 en la tarde.")).toEqual(["604.5127790"])
  expect(phones("El lote 9.8765.4321 llegó incompleto.")).toEqual([])
  expect(phones("Medimos 604.5127790 gramos.")).toEqual([])
})

test("a number given as the other choice after `ou no` is a phone as the first one is", () => {
  expect(phones("Liga no (21) 98765-4321 ou no 11987654321.")).toEqual(["(21) 98765-4321", "11987654321"])
  expect(phones("Liga no +55 11 3456 7890 ou no 21.98765.4321.")).toEqual(["+55 11 3456 7890", "21.98765.4321"])
  // `no` after some other word is that number's (`pedido no …`), choice or not.
  expect(phones("Liga no (21) 98765-4321. Pedido no 11987654321.")).toEqual(["(21) 98765-4321"])
})

test("the analyzer reports a dotted Polish phone once, as a phone", () => {
  const text = "Proszę dzwonić pod 22.114.37.80."
  expect(analyze(text).map((f) => f.type)).toEqual(["PHONE"])
})
