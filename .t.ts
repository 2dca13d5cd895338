const cmd = process.argv.slice(2)
const xs: number[] = []
for (let i = 0; i < 15; i++) { const s = performance.now(); const p = Bun.spawnSync(cmd, { stdout: "ignore", stderr: "ignore" }); xs.push(performance.now() - s) }
xs.sort((a, b) => a - b); console.log(cmd.join(" "), "median", xs[7]!.toFixed(1), "min", xs[0]!.toFixed(1))
