// Review of holdout46's PERSON false positives: a web server's log date and a browser's user agent, whose words are
// spelled like given names. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a month between a log date's slashes and a system's name before OS are no names", () => {
  const log = `198.51.100.7 - - [14/Jan/2027:08:02:11 +0000] "GET /account HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2)"`
  expect(people(log)).toEqual([])
  expect(people(`203.0.113.9 - - [03/Sep/2027:19:44:02 +0000] "POST /pay HTTP/1.1" 302`)).toEqual([])
})

test("the same words as a person's given name still are one", () => {
  expect(people("Please ask Jan to call the customer back.")).toEqual(["Jan"])
  expect(people("Mac Thornton rang about the refund.")).toEqual(["Mac Thornton"])
})
