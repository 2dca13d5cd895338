const cmds: string[][] = JSON.parse(process.argv[2]!)
const t: number[][] = cmds.map(() => [])
for (let r = 0; r < 31; r++) cmds.forEach((c, i) => { const s = performance.now(); Bun.spawnSync(c, { stdout: "ignore", stderr: "ignore" }); t[i]!.push(performance.now() - s) })
cmds.forEach((c, i) => { const x = t[i]!.sort((a, b) => a - b); console.log(x[15]!.toFixed(1), x[3]!.toFixed(1), c.slice(1).join(" ")) })
