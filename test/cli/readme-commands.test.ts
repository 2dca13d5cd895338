// The README's command lines are what a new user types first. Each one is read as the CLI reads argv before any
// command runs (checkArgv: the command path, every flag's name, a value where one is needed, the required ones), so a
// renamed flag or command that the README still shows fails here; and a mistake the README shows refused before any
// command runs is refused with its words. Not checked here: a flag's value the command itself reads (a span, a number's
// range, a matrix's name) and refusals that only the running command makes; the commands' own tests hold those.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { checkArgv } from "../../cli/check-args.ts"
import { rootCommand } from "../../cli/root.ts"
import { ROOT } from "../helpers.ts"

interface Shown {
  /** The README line the block starts on, for the failure message. */
  line: number
  argv: string[]
  /** For a `$ ` line of a console block: what the README shows it print. */
  output?: string[]
}

const SHELL_BLOCKS = new Set(["sh", "bash", "shell", "console", "crontab"])
// What runs the CLI in a README line: the installed bin, npx, or the repo's entry.
const LAUNCHERS = [["npx", "cxedge"], ["bunx", "cxedge"], ["bun", "cli/main.ts"], ["node", "bin/cxedge.mjs"], ["cxedge"]]
const OPERATORS = new Set(["&&", "||", ";", "|", "&"])
const REDIRECT = /^(?:\d?>>?|<)(.*)$/
// A synopsis rather than a command (`hold list [--json]`, `(--subject-email E | --contact ID)`, `...`).
const SYNOPSIS = /^[[(]|[\])]$|^\.\.\.$|…/

/** Shell words with their quoting removed, `'...'` and `"..."`; operators stand as words of their own. */
function words(line: string): { word: string; quoted: boolean }[] {
  const out: { word: string; quoted: boolean }[] = []
  for (const m of line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(&&|\|\||[;|&])|([^\s'";|&]+(?:'[^']*'|"[^"]*"|[^\s'";|&]+)*)/g)) {
    if (m[1] !== undefined || m[2] !== undefined) out.push({ word: m[1] ?? m[2]!.replace(/\\(.)/g, "$1"), quoted: true })
    else out.push({ word: (m[3] ?? m[4]!).replace(/'([^']*)'|"([^"]*)"/g, "$1$2"), quoted: false })
  }
  return out
}

/** The cxedge invocations of one shell line: argv after the launcher, redirections and env assignments left out. */
function invocations(line: string): string[][] {
  const found: string[][] = []
  let piece: { word: string; quoted: boolean }[] = []
  const flush = () => {
    const plain = piece.map((w) => w.word)
    for (let i = 0; i < plain.length; i++) {
      const launcher = LAUNCHERS.find((l) => l.every((w, k) => plain[i + k] === w))
      if (!launcher) continue
      const argv: string[] = []
      for (let k = i + launcher.length; k < piece.length; k++) {
        const { word, quoted } = piece[k]!
        const redirect = quoted ? null : REDIRECT.exec(word)
        if (redirect) {
          if (!redirect[1]) k++
          continue
        }
        argv.push(word)
      }
      if (!piece.slice(i).some((w) => !w.quoted && SYNOPSIS.test(w.word))) found.push(argv)
      break
    }
    piece = []
  }
  for (const w of words(line.replace(/(^|\s)#.*$/, ""))) {
    if (!w.quoted && OPERATORS.has(w.word)) flush()
    else piece.push(w)
  }
  flush()
  return found
}

/** Every cxedge command line in the README's shell and console blocks, with what a console block shows it print. */
function shownCommands(markdown: string): Shown[] {
  const shown: Shown[] = []
  // Fences may be indented (a block inside a list item), their lines by as much; an unlabelled block counts for its
  // `$ ` lines, as a console block's.
  for (const block of markdown.matchAll(/^([ \t]*)```(\w*)\n([\s\S]*?)^\1```/gm)) {
    const lang = block[2] || "console"
    if (!SHELL_BLOCKS.has(lang)) continue
    const line = markdown.slice(0, block.index).split("\n").length
    const indent = block[1]!.length
    const lines = block[3]!.split("\n").map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join("\n").replace(/\\\n\s*/g, " ").split("\n")
    const console = lang === "console"
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!
      if (console && !text.startsWith("$ ")) continue
      const output: string[] = []
      for (let k = i + 1; console && k < lines.length && !lines[k]!.startsWith("$ "); k++) output.push(lines[k]!)
      for (const argv of invocations(console ? text.slice(2) : text)) shown.push({ line, argv, ...(console ? { output } : {}) })
    }
  }
  return shown
}

const root = rootCommand()
const shown = shownCommands(readFileSync(`${ROOT}README.md`, "utf8"))
const refusal = (s: Shown) => s.output?.[0]?.startsWith("[cxedge] ") ?? false
const checked = async (argv: string[]) => {
  const help = argv.includes("--help") || argv.includes("-h")
  return checkArgv(root, argv, { help }).then(() => undefined, (error: Error) => error.message)
}

describe("README command lines", () => {
  test("the README shows many commands, and the reader finds them", () => {
    expect(shown.length).toBeGreaterThan(120)
    expect(shown.filter(refusal).length).toBeGreaterThan(10)
    const names = new Set(shown.map((s) => s.argv[0]))
    for (const name of ["anonymize", "pii", "jobs", "audit", "retention", "hold", "subject", "serve", "worker", "tenant", "sandbox"]) expect(names).toContain(name)
  })

  test("every command the README runs is accepted as written", async () => {
    const refused: string[] = []
    for (const s of shown.filter((x) => !refusal(x))) {
      const problem = await checked(s.argv)
      if (problem) refused.push(`README block at line ${s.line}: cxedge ${s.argv.join(" ")}: ${problem}`)
    }
    expect(refused).toEqual([])
  })

  test("a mistake the README shows being refused before any command runs is refused with the words it shows", async () => {
    const differ: string[] = []
    let compared = 0
    for (const s of shown.filter(refusal)) {
      const problem = await checked(s.argv)
      // Refused later (by the command, with its runtime): not argv's to say.
      if (!problem) continue
      compared++
      if (s.output![0] !== `[cxedge] ${problem}`) differ.push(`README block at line ${s.line}: cxedge ${s.argv.join(" ")}\n  shows:  ${s.output![0]}\n  prints: [cxedge] ${problem}`)
    }
    expect(differ).toEqual([])
    expect(compared).toBeGreaterThan(3)
  })
})
