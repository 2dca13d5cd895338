// Tool kinds, part two: a SQL dump of the booking system, an issue-tracker ticket (Jira-style text export), and an
// application error log with a stack trace and the customer record it was handling.
import { idLine, isoStamp, payLines, two } from "./kit.ts"
import type { Person, Style } from "./people.ts"
import type { Scene } from "./scene.ts"

function sqlRow(s: Scene, p: Person, id: number): void {
  const { r } = s
  s.put(`  (${id}, '`).ent("PERSON", p.given).put("', '").ent("PERSON", p.family).put("', '").email(p).put("', '")
  s.phone(p, r.pick(["e164", "nat", "compact"])).put("', '").payout().put("', '").ip().put("', '").date("iso").put(` ${s.timeText()}:${two(r.int(60))}')`)
}

export function sql(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const id = 1000 + r.int(9000)
  s.put(`-- ${s.biz.svc}: customers, dumped `).date("iso").put("\n")
  s.put("INSERT INTO customers (id, given_name, family_name, email, phone, payout, signup_ip, created_at) VALUES\n")
  sqlRow(s, c, id)
  const two2 = r.chance(0.6) ? s.person() : undefined
  if (two2) (s.put(",\n"), sqlRow(s, two2, id + 1 + r.int(40)))
  s.put(";\n")
  if (s.natIds && r.chance(0.85)) s.put(`UPDATE customers SET `).natId(s.loc.tag === "en-US" ? "ssn = '" : "ni_number = '").put(`' WHERE id = ${id};\n`)
  const a = s.person()
  s.put("INSERT INTO bookings (customer_id, ref, staff, note) VALUES\n  (" + id + ", '").bn().put("', '").name(a, "full").put("', '")
  s.say(L.when, {}, c).put(" ")
  payLines(s, c)
  s.put("');")
  if (r.chance(0.35)) s.put("\n-- ").word()
}

export function jira(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  const b = s.person()
  const key = `${s.biz.key.slice(0, 3).toUpperCase()}SUP-${100 + r.int(9000)}`
  s.put(`[${key}] `).say(L.subject).put("\nType: Support   Status: Open   Priority: ").put(r.pick(["Medium", "High", "Low"]))
  s.put("\nReporter: ").name(a, "full").put("   Assignee: ").name(b, "full")
  s.put("\nCreated: ").date("iso").put(" ").time().put(`\nLabels: ${s.biz.svc}, callback\n----\nh3. Customer\n* Name: `)
  s.name(c, r.pick<Style>(["full", "comma", "CAPS-first"])).put("\n* Phone: ").phone(c).put("\n* Email: ").email(c).put("\n* Ref: ").bn()
  idLine(s, "\n* ")
  s.put("\n\n").say(L.called, {}, c).put(" ").bn().put("\n")
  payLines(s, c, "\n")
  if (r.chance(0.35)) s.put("\n").word()
  s.put("\n----\nComments\n").name(b, "full").put(" · ").date().put(" ").time().put(": [~").name(a, "call").put("] ")
  s.say(L.ok)
}

export function stacktrace(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const pkg = `com.${s.biz.svc.replace(/-/g, "")}`
  s.put(`${isoStamp(s)}.${r.int(1000)}Z ERROR [${s.biz.svc}] ${pkg}.notify.SmsNotifier - reminder for `).bn().put(" not delivered\n")
  s.put(`${pkg}.notify.DeliveryException: recipient `).phone(c, "e164").put(` rejected by gateway (HTTP ${r.pick([400, 403, 422])})\n`)
  s.put(`\tat ${pkg}.notify.SmsNotifier.send(SmsNotifier.java:${40 + r.int(200)})\n\tat ${pkg}.booking.ReminderJob.run(ReminderJob.java:${20 + r.int(90)})\n`)
  s.put(`\t... ${3 + r.int(20)} more\n`)
  s.put(`  context: Customer{id=${1000 + r.int(9000)}, name='`).name(c, r.pick<Style>(["full", "full", "fam-first"])).put("', email='").email(c)
  s.put("', phone='").phone(c, "nat").put("', lastIp=/").ip().put("}\n")
  if (s.natIds && r.chance(0.8)) {
    s.put(`${isoStamp(s)}.${r.int(1000)}Z WARN  [${s.biz.svc}] ${pkg}.kyc.IdCheck - mismatch for `)
    s.natId(s.loc.tag === "en-US" ? "ssn=" : "ni_number=").put("\n")
  }
  const a = s.person()
  s.put(`${isoStamp(s)}.${r.int(1000)}Z INFO  [${s.biz.svc}] ${pkg}.booking.FollowUp - assigned to `).name(a, "full").put(` <`).role().put(">\n")
  s.put("  note: ").say(L.called, {}, c).put(" ").say(L.when, {}, c)
  if (r.chance(0.5)) s.put(" ").say(L.refund, {}, c)
  if (r.chance(0.3)) s.put(" ").word()
}
