import { expect, test } from "bun:test"
import { parseSecretsFile } from "../../node/config.ts"

test("a secrets file is read as dotenv reads it: comments and trailing spaces are not part of a value", () => {
  const env = parseSecretsFile(
    [
      "# the tenant's keys",
      "CXEDGE_ACCESS_KEY_ID=AKID+/=   ",
      "CXEDGE_ACCESS_KEY_SECRET=s3cret # rotated 2026-11",
      'CXEDGE_CLIENT_SECRET="with # inside"  # a comment after quotes',
      "export CXEDGE_HMAC_KEYS='k1:abc='",
      "CXEDGE_WEBHOOK_URL=https://consent.example/hooks#frag",
      "CXEDGE_EMPTY=",
    ].join("\r\n"),
  )
  expect(env).toEqual({
    CXEDGE_ACCESS_KEY_ID: "AKID+/=",
    CXEDGE_ACCESS_KEY_SECRET: "s3cret",
    CXEDGE_CLIENT_SECRET: "with # inside",
    CXEDGE_HMAC_KEYS: "k1:abc=",
    CXEDGE_WEBHOOK_URL: "https://consent.example/hooks#frag",
    CXEDGE_EMPTY: "",
  })
})
