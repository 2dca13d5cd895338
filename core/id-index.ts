/**
 * The ids a source has seen, with the line each was first seen on, in
 * typed arrays: a 64-bit hash and a line number, 12 bytes a slot (a
 * million ids in about 17 MB, where a Map of their strings takes several
 * times that and keeps growing the heap). Two different ids share a hash
 * with odds of about one in 2^64 / n, far below any disk's error rate.
 *
 * The slots are split over 256 shards that grow one at a time: a growing
 * shard replaces 1/256 of the index, so the arrays it leaves for the
 * collector stay small, where doubling one table would leave the whole old
 * table behind at every step (a million ids then peaked at twice the memory).
 */
export function createIdIndex(initial = 16) {
  const shards = Array.from({ length: SHARDS }, () => new Uint32Array(Math.max(4, initial) * 3))
  const sizes = new Uint32Array(SHARDS)
  let size = 0

  // The two halves of the last hash: kept here rather than returned in a pair, a million times over.
  const h: Hash = { a: 0, b: 0 }

  /** The slot (its first word) holding (a, b) in `table`, or the empty slot where it would go. */
  const slotOf = (table: Uint32Array, a: number, b: number) => {
    const slots = table.length / 3
    let slot = ((b ^ Math.imul(a, 0x27d4eb2d)) >>> 0) % slots
    while (table[slot * 3 + 2] !== 0 && (table[slot * 3] !== a || table[slot * 3 + 1] !== b)) slot = slot + 1 === slots ? 0 : slot + 1
    return slot * 3
  }

  /** A shard grows by half: its memory follows the ids closely, never twice what they need. */
  function grow(shard: number) {
    const old = shards[shard]!
    const table = new Uint32Array(Math.ceil((old.length / 3) * 1.5) * 3)
    for (let i = 0; i < old.length; i += 3) {
      if (old[i + 2] === 0) continue
      const at = slotOf(table, old[i]!, old[i + 1]!)
      table[at] = old[i]!
      table[at + 1] = old[i + 1]!
      table[at + 2] = old[i + 2]!
    }
    shards[shard] = table
  }

  /** The line the last hashed id was first seen on, or undefined; else records it as seen on `line`. */
  function seenOrAdd(line: number): number | undefined {
    const { a, b } = h
    const shard = a >>> 24
    const table = shards[shard]!
    const at = slotOf(table, a, b)
    if (table[at + 2] !== 0) return table[at + 2]
    table[at] = a
    table[at + 1] = b
    table[at + 2] = line
    size++
    // Linear probing stays short up to 7/8 full in tables this small.
    if (++sizes[shard]! * 8 > (table.length / 3) * 7) grow(shard)
    return undefined
  }

  return {
    /** The line `id` was first seen on, or undefined; else records it as seen on `line` (1 or more). */
    firstSeen(id: string, line: number): number | undefined {
      hashString(id, h)
      return seenOrAdd(line)
    },
    /**
     * `firstSeen` for an ASCII id read from bytes `from` to `to`, with no string made: the same answer as
     * `firstSeen` gives the id as a string (a reader of a million lines made and flattened a million strings).
     */
    firstSeenBytes(bytes: Uint8Array, from: number, to: number, line: number): number | undefined {
      hashBytes(bytes, from, to, h)
      return seenOrAdd(line)
    },
    get size() {
      return size
    },
  }
}

const SHARDS = 256

interface Hash {
  a: number
  b: number
}

function hashString(id: string, h: Hash): void {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  // A zero line marks an empty slot, so hashes need no reserved value.
  h.a = a >>> 0
  h.b = (b ^ id.length) >>> 0
}

/** The same hash over bytes, each taken as a character: an ASCII id hashes alike as bytes and as a string. */
function hashBytes(bytes: Uint8Array, from: number, to: number, h: Hash): void {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = from; i < to; i++) {
    const c = bytes[i]!
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  h.a = a >>> 0
  h.b = (b ^ (to - from)) >>> 0
}
