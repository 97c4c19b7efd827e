// The few largest of many scored items (coalitions by excess), without sorting them all: a min-heap of
// the best `limit` seen so far, O(N log limit) for N offers.

export interface Largest {
  /** Considers one item. */
  readonly offer: (item: number) => void
  /** The kept items, largest score first (ties: the smaller item first). */
  readonly sorted: () => number[]
}

export const largest = (limit: number, score: (item: number) => number): Largest => {
  const heap: number[] = []
  // a leaves the heap before b: a lower score, or the same score and a larger item.
  const before = (a: number, b: number): boolean => score(a) < score(b) || (score(a) === score(b) && a > b)
  const swap = (i: number, j: number): void => {
    const t = heap[i]!
    heap[i] = heap[j]!
    heap[j] = t
  }
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r
      if (m === i) return
      swap(i, m)
      i = m
    }
  }
  return {
    offer: (item) => {
      if (heap.length < limit) {
        heap.push(item)
        for (let i = heap.length - 1; i > 0 && before(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1) swap(i, (i - 1) >> 1)
      } else if (limit > 0 && before(heap[0]!, item)) {
        heap[0] = item
        down(0)
      }
    },
    sorted: () => [...heap].sort((a, b) => score(b) - score(a) || a - b),
  }
}
