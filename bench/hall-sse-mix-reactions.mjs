// The reaction side of bench/hall-sse-mix.mjs: what each connection received in `reactions`
// frames (one aggregated frame per event per second at most, `{"clap": 3, …}`), and whether
// the counts in them add up to the reactions the server accepted.

export class ReactionTally {
  constructor(n) {
    this.sent = 0; // reactions posted
    this.counted = 0; // answered 204 (counted by the server)
    this.frames = new Uint32Array(n);
    this.sum = new Float64Array(n); // reactions in the frames received
    this.second = new Int32Array(n).fill(-1); // the second (since start) of the last frame
    this.inSecond = new Uint16Array(n); // frames in that second
    this.maxInSecond = new Uint16Array(n);
    this.lastAt = new Float64Array(n);
    this.minGap = new Float64Array(n).fill(Infinity); // ms between two frames
    this.t0 = 0;
  }

  start(t0) {
    this.t0 = t0;
  }

  frame(i, data, t) {
    let counts;
    try {
      counts = JSON.parse(data);
    } catch {
      return;
    }
    let total = 0;
    for (const v of Object.values(counts)) total += Number(v) || 0;
    this.sum[i] += total;
    if (this.frames[i] > 0) {
      const gap = t - this.lastAt[i];
      if (gap < this.minGap[i]) this.minGap[i] = gap;
    }
    this.frames[i]++;
    this.lastAt[i] = t;
    const s = Math.floor((t - this.t0) / 1000);
    if (s === this.second[i]) this.inSecond[i]++;
    else {
      this.second[i] = s;
      this.inSecond[i] = 1;
    }
    if (this.inSecond[i] > this.maxInSecond[i]) this.maxInSecond[i] = this.inSecond[i];
  }
}

// The summary over the connections that had their hello, the mix having lasted `seconds`.
export function reactionReport(tally, conns, statuses, seconds) {
  let n = 0;
  let frames = 0;
  let maxFrames = 0;
  let maxInSecond = 0;
  let minGap = Infinity;
  let addUp = 0;
  let sumMin = Infinity;
  let sumMax = -Infinity;
  for (const c of conns) {
    if (!c.hello) continue;
    const i = c.i;
    n++;
    frames += tally.frames[i];
    maxFrames = Math.max(maxFrames, tally.frames[i]);
    maxInSecond = Math.max(maxInSecond, tally.maxInSecond[i]);
    minGap = Math.min(minGap, tally.minGap[i]);
    if (tally.sum[i] === tally.counted) addUp++;
    sumMin = Math.min(sumMin, tally.sum[i]);
    sumMax = Math.max(sumMax, tally.sum[i]);
  }
  const round = (x, d = 3) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);
  return {
    sent: tally.sent,
    counted: tally.counted,
    statuses,
    // Frames per connection per second over the mix (the limit: 1 per event per second).
    framesPerSecond: round(n ? frames / n / seconds : 0),
    maxFramesPerSecond: round(maxFrames / seconds),
    // In any one second of this client's clock (a late frame and a punctual one can share one).
    maxInAnySecond: maxInSecond,
    minGapMs: round(minGap, 1),
    // Connections whose frames' counts add up to every reaction the server counted.
    countsAddUp: addUp,
    connections: n,
    sumMin: Number.isFinite(sumMin) ? sumMin : null,
    sumMax: Number.isFinite(sumMax) ? sumMax : null,
  };
}
