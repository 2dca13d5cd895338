/**
 * The ids a source has seen, with the line each was first seen on, in
 * typed arrays: a 64-bit hash and a line number, 12 bytes a slot (a
 * million ids in about 25 MB, where a Map of their strings takes several
 * times that and keeps growing the heap). Two different ids share a hash
 * with odds of about one in 2^64 / n, far below any disk's error rate.
 */
export function createIdIndex(initial = 1 << 12) {
  let capacity = initial
  let hashes = new Uint32Array(capacity * 2)
  let lines = new Uint32Array(capacity)
  let size = 0

  const hashOf = (id: string): [number, number] => {
    let a = 0x811c9dc5
    let b = 0x9747b28c
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i)
      a = Math.imul(a ^ c, 0x01000193)
      b = Math.imul(b ^ c, 0x5bd1e995)
      b ^= b >>> 15
    }
    // A zero line marks an empty slot, so hashes need no reserved value.
    return [a >>> 0, (b ^ id.length) >>> 0]
  }

  /** The slot holding (a, b), or the empty slot where it would go. */
  const slotOf = (a: number, b: number) => {
    let slot = (a ^ Math.imul(b, 0x27d4eb2d)) & (capacity - 1)
    while (lines[slot] !== 0 && (hashes[slot * 2] !== a || hashes[slot * 2 + 1] !== b)) slot = (slot + 1) & (capacity - 1)
    return slot
  }

  function grow() {
    const [oldHashes, oldLines, oldCapacity] = [hashes, lines, capacity]
    capacity *= 2
    hashes = new Uint32Array(capacity * 2)
    lines = new Uint32Array(capacity)
    for (let i = 0; i < oldCapacity; i++) {
      if (oldLines[i] === 0) continue
      const slot = slotOf(oldHashes[i * 2]!, oldHashes[i * 2 + 1]!)
      hashes[slot * 2] = oldHashes[i * 2]!
      hashes[slot * 2 + 1] = oldHashes[i * 2 + 1]!
      lines[slot] = oldLines[i]!
    }
  }

  return {
    /** The line `id` was first seen on, or undefined; else records it as seen on `line` (1 or more). */
    firstSeen(id: string, line: number): number | undefined {
      const [a, b] = hashOf(id)
      const slot = slotOf(a, b)
      if (lines[slot] !== 0) return lines[slot]
      hashes[slot * 2] = a
      hashes[slot * 2 + 1] = b
      lines[slot] = line
      if (++size * 4 > capacity * 3) grow()
      return undefined
    },
    get size() {
      return size
    },
  }
}
