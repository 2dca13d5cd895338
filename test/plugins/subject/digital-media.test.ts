import { describe, expect, test } from "bun:test"
import { ConfigError } from "../../../core/index.ts"
import { anonymizeSetup } from "../anonymize/setup.ts"

// settings.subject.digitalMedia took any list: ["E-mail"] or [] made an access export leave out the person's DFO
// messages while it reported itself complete. It is checked as settings.anonymize.digitalMedia is.

const opened = async (digitalMedia: unknown) => {
  try {
    await anonymizeSetup({ plugins: ["tenant", "subject"], settings: { subject: { digitalMedia } }, sandboxOptions: { contacts: 5 } })
  } catch (error) {
    return error
  }
  return undefined
}

describe("settings.subject.digitalMedia", () => {
  test('a misspelled medium is refused naming it and the medium meant; [] is refused; known names in any case are taken', async () => {
    const slip = await opened(["Chat", "E-mail"])
    expect(slip).toBeInstanceOf(ConfigError)
    expect((slip as Error).message).toContain('settings.subject.digitalMedia[1]: "E-mail" is not a known digital medium (did you mean "Email"?)')
    expect(((await opened([])) as Error).message).toContain("settings.subject.digitalMedia: an empty list leaves every contact's DFO messages out")
    expect(await opened(["chat", "Work Item"])).toBeUndefined()
  })
})
