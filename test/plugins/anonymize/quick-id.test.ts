import { expect, test } from "bun:test"
import { readLine } from "../../../plugins/anonymize/sources/jsonl.ts"
import { quickId } from "../../../plugins/anonymize/sources/quick-id.ts"

const bytes = (line: string) => new TextEncoder().encode(line)
const ID = bytes("id")

// Lines the planner reads without parsing: the id must be the one the full read finds.
const CERTAIN: [string, string][] = [
  ['{"id":"c-1","email":"ada@example.com","n":[1,2.5,-3e4,{"x":null}],"ok":true}', "c-1"],
  ['  { "id" : 42 , "nested": {"id": "not this one"} }  ', "42"],
  ['{"name":"Zoë \\"Z\\" \\u00e9","id":"a b"}', "a b"],
  ['{"id":9007199254740993}', "9007199254740993"],
  ['{"id":0,"empty":{},"list":[]}', "0"],
  ['{"a":"x\\/y\\n","id":"last"}\r', "last"],
  // The same key in different objects, and a name like a rejected line's that is not one.
  ['{"id":"line:x","o":{"k":1,"id":2},"p":[{"k":1},{"k":2}],"k":3}', "line:x"],
]

// Lines it must leave to the full read (the result would be wrong or unsure otherwise).
const UNSURE = [
  '{"id":"x",}', // trailing comma: not JSON
  '{"id":"x"', // unterminated
  '{"id":"x"} trailing',
  '{"id":"x","id":"y"}', // the full read takes the last
  '{"\\u0069d":"x"}', // a key spelled with an escape
  '{"id":"tab\there"}', // a raw control character: not JSON
  '{"id":"   "}', // blank
  '{"id":1.5}', '{"id":-1}', '{"id":01}', '{"id":1e3}', '{"id":null}', '{"id":true}', '{"id":{"a":1}}',
  '{"id":"é"}', // non-ASCII id: the full read decodes it
  '\ufeff{"id":"bom"}',
  '{"id":"x","bad":tru}', '{"id":"x","n":1.}', '{"id":"x","s":"\\q"}', '{"id":"x","u":"\\u12"}',
  '[{"id":"x"}]', '{}', '', '{"id":"' + "x".repeat(257) + '"}',
  '{"a":' + "[".repeat(40) + "]".repeat(40) + ',"id":"deep"}',
  // Lines readLine refuses: a key written twice in any object, U+FFFD (a byte that was not UTF-8), a rejected line's name.
  '{"id":"x","a":1,"a":2}', '{"id":"x","o":{"k":1,"j":[],"k":2}}', '{"id":"x","o":{"\\u006b":1,"k":2}}',
  '{"id":"x","n":"Espa\uFFFDa"}', '{"id":"line:7"}',
]

test("the planner's quick read of an id agrees with the full read, and gives up where it is not certain", () => {
  for (const [line, id] of CERTAIN) {
    expect([line, quickId(bytes(line), ID)]).toEqual([line, id])
    expect([line, readLine(line.replace(/\r$/, ""), 1, "id").id]).toEqual([line, id])
  }
  for (const line of UNSURE) expect([line, quickId(bytes(line), ID)]).toEqual([line, undefined])
  // A Latin-1 byte, not UTF-8: readLine refuses the line, so no id is certain.
  const latin1 = Uint8Array.from([...bytes('{"id":"x","n":"Espa'), 0xf1, ...bytes('a"}')])
  expect(quickId(latin1, ID)).toBeUndefined()
  expect(readLine(new TextDecoder().decode(latin1), 1, "id").error).toContain("not UTF-8")
  for (const line of UNSURE.slice(-5)) expect([line, readLine(line, 1, "id").error === undefined]).toEqual([line, false])
})
