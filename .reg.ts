import { plugin } from "bun"
import { readFileSync, appendFileSync } from "fs"
plugin({ name: "trace", setup(b) {
  b.onLoad({ filter: /\.ts$/ }, (a) => {
    appendFileSync("/tmp/mods.txt", a.path + "\n")
    const l = a.path.endsWith(".ts") ? "ts" : "js"
    return { contents: readFileSync(a.path, "utf8"), loader: l }
  })
}})
