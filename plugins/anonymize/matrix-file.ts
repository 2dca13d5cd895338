import { ConfigError, wideText, jsonLinesCount, jsonSyntaxProblem, suggestName, unreadableWhy, notUtf8File, parseJsonFile, ValidationError, type OpenedRuntime, withoutBom } from "../../core/index.ts"
import { readMatrix, type Matrix } from "./matrix/index.ts"
import { builtinMatrices, shippedMatrix, shippedNames } from "./matrices.ts"

/** A matrix file's JSON, with errors that name the file and what is wrong. */
export async function readJsonFile(opened: OpenedRuntime, path: string, hint = "check the path"): Promise<unknown> {
  let text: string
  try {
    text = await opened.files.readText(path)
  } catch (error) {
    const why = unreadableWhy(error)
    // A bare word (gdrp) that is no file was most likely a shipped matrix's name mistyped.
    // So was a shipped matrix's file name with no file there (gdpr.json, matrices/gdpr.json run from another directory).
    const shipped = /^(?:(?:\.\/)?matrices\/)?([\w-]+)\.json$/.exec(path)?.[1]
    const near = /^[\w-]+$/.test(path) ? suggestName(path, Object.keys(builtinMatrices)) : shipped && Object.hasOwn(builtinMatrices, shipped) ? shipped : undefined
    const said = [why, near && `did you mean "${near}"?`].filter(Boolean).join("; ")
    throw new ConfigError("matrix", `cannot read ${path}${said ? ` (${said})` : ""}: ${hint}`)
  }
  let parsed: ReturnType<typeof parseJsonFile>
  try {
    parsed = parseJsonFile(text)
  } catch (error) {
    // The parser's message may quote the text (an "equals" value is personal data): only its kind is kept.
    // JSON Lines (a records file given as --matrix, matrices joined) got "(Unable to parse JSON string)" alone.
    // An empty file (a matrix not saved yet, a redirect that failed) was "not valid JSON (Unexpected EOF): fix the file".
    const wide = wideText(text)
    if (wide) throw new ValidationError("matrix", `${path} ${wide}`)
    if (!withoutBom(text).trim()) throw new ValidationError("matrix", `${path} is empty: write the matrix in it ({"name": ..., "fields": [...]}, see matrices/gdpr.json), or name a shipped matrix (${shippedNames})`)
    const values = jsonLinesCount(text)
    if (values) throw new ValidationError("matrix", `${path} holds ${values} JSON values, one a line (JSON Lines), not one JSON document: a matrix is one object ({"name": ..., "fields": [...]}), not records`)
    // A matrix written in another format (the config file may be YAML or TOML; a matrix is not) was told to "fix the file".
    const format = /\.(ya?ml|toml|json5|jsonc)$/i.exec(path)?.[1]
    if (format) throw new ValidationError("matrix", `${path} is not valid JSON (${jsonSyntaxProblem(error)}): a matrix file is JSON only, not ${format.toUpperCase()}: write it as JSON (see matrices/gdpr.json)`)
    throw new ValidationError("matrix", `${path} is not valid JSON (${jsonSyntaxProblem(error)}): fix the file`)
  }
  // JSON.parse keeps a repeated key's last value in silence: a second "transform" or "target" would win unseen.
  if (parsed.repeated) throw new ValidationError("matrix", `${path}: ${parsed.repeated} is given twice: write each key once`)
  if (parsed.notUtf8Line) throw new ValidationError("matrix", `${path} ${notUtf8File(parsed.notUtf8Line)}`)
  return parsed.value
}

/** Reads and parses a matrix file (native or seed format), or names a shipped one (`gdpr`), which a binary or an install carries. */
export async function loadMatrix(opened: OpenedRuntime, path: string): Promise<Matrix> {
  const shipped = await shippedMatrix(path, opened.files)
  const { matrix, issues } = readMatrix(shipped ?? (await readJsonFile(opened, path, `check the --matrix path, or name a shipped matrix (${shippedNames})`)))
  if (!matrix) throw new ValidationError("matrix", `${path}: ${issues.map((i) => `${i.where}: ${i.message}`).join("; ")}`)
  return matrix
}
