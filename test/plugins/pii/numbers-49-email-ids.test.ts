import { describe, expect, test } from "bun:test"
import { found } from "./spans.ts"

const emails = (text: string) => found(text, "EMAIL")

// holdout49's first shot: 27 of its 89 EMAIL false positives were iCalendar UIDs (`unique-id@host`, RFC 5545). A
// calendar's or a mail header's identifier is no mailbox; an address beside it still is.
describe("identifiers written id@host are no addresses", () => {
  test("an iCalendar UID, with or without parameters; the organizer's address beside it is one", () => {
    const text = "BEGIN:VEVENT\nUID:07767654-3672@keyfast-locks.com\nORGANIZER;CN=Ann Lee:mailto:ann.lee@gmail.com\nEND:VEVENT"
    expect(emails(text)).toEqual(["ann.lee@gmail.com"])
    expect(emails("UID;VALUE=TEXT:evt-991@calendar.example.org\nATTENDEE:mailto:bo.ek@telia.se")).toEqual(["bo.ek@telia.se"])
  })

  test("a mail header's message ids (Message-ID, In-Reply-To, References), any case; From keeps its address", () => {
    const text = "Message-ID: <CAB7x9@mail.gmail.com>\nin-reply-to: <q1@mx.example.net>\nReferences: <a1@b.example> <zz9@mail.gmail.com>\nFrom: Ann <ann@gmail.com>"
    expect(emails(text)).toEqual(["ann@gmail.com"])
  })

  test("header names in any case (RFC 5322: case-insensitive), as an upper-cased export writes them", () => {
    const text = "MESSAGE-ID: <CAB7X9@MAIL.GMAIL.COM>\nIN-REPLY-TO: <Q1@MX.EXAMPLE.NET>\nREFERENCES: <A1@B.EXAMPLE>\nContent-Id: <img1@part.example>\nRESENT-MESSAGE-ID: <r2@mx.example>\nFROM: ANN <ANN@GMAIL.COM>"
    expect(emails(text)).toEqual(["ANN@GMAIL.COM"])
  })

  test("a lower-case uid in a log, a UID mid-line, or an id named in prose are still addresses", () => {
    expect(emails("uid: ann.lee@corp.com logged in")).toEqual(["ann.lee@corp.com"])
    expect(emails("my uid is bob@gmail.com and UID:x@y.org")).toEqual(["bob@gmail.com", "x@y.org"])
    expect(emails("Message-ID: see below\nreply to jo@mail.com")).toEqual(["jo@mail.com"])
  })

  test("a header line of 100,000 characters is read in bounded time", () => {
    const started = performance.now()
    const text = `References: ${"<a@b.c> ".repeat(12_500)}<x@y.com>`
    expect(emails(text).length).toBeGreaterThan(0)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
