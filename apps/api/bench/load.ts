/** Result of driving one URL: requests per second and latency percentiles (ms). */
export type LoadResult = {
  rps: number;
  count: number;
  errors: number;
  p50: number;
  p99: number;
  /** Wall time driven, in seconds, and every latency (sorted): what `combine` merges. */
  seconds: number;
  latencies: number[];
};

/** One result from several slices of driving the same URL (see `interleaved`). */
export function combine(parts: LoadResult[]): LoadResult {
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const seconds = parts.reduce((t, p) => t + p.seconds, 0);
  return {
    rps: latencies.length / seconds,
    count: latencies.length,
    errors: parts.reduce((t, p) => t + p.errors, 0),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    seconds,
    latencies,
  };
}

/**
 * Drives several cases in turn, `rounds` short slices each, and combines each case's slices.
 * Why: on a shared machine the background load drifts over a run; cases driven one after the
 * other for the whole time each compare different moments, while alternating slices see the
 * same drift, so the ratios between them are steadier.
 */
export async function interleaved<K extends string>(
  cases: Record<K, () => Promise<LoadResult>>,
  rounds: number,
): Promise<Record<K, LoadResult>> {
  const parts = {} as Record<K, LoadResult[]>;
  for (let r = 0; r < rounds; r++) {
    for (const k of Object.keys(cases) as K[]) {
      parts[k] ??= [];
      parts[k].push(await cases[k]());
    }
  }
  const out = {} as Record<K, LoadResult>;
  for (const k of Object.keys(cases) as K[]) out[k] = combine(parts[k]);
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Sends requests to one loopback URL from `concurrency` loops for `seconds`, bounded in time
 * and count, and reports throughput. Only 127.0.0.1 is allowed as a target.
 */
export async function drive(
  url: string,
  opts: {
    seconds: number;
    concurrency: number;
    headers?: Record<string, string>;
    expect: number;
    maxRequests?: number;
  },
): Promise<LoadResult> {
  if (new URL(url).hostname !== "127.0.0.1")
    throw new Error(`refusing to load ${url}: loopback only`);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const max = opts.maxRequests ?? 200_000;
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline && sent < max) {
      sent += 1;
      const t0 = performance.now();
      try {
        const res = await fetch(url, { headers: opts.headers });
        await res.arrayBuffer();
        if (res.status !== opts.expect) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    count: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    seconds: elapsed,
    latencies,
  };
}

/** Sequential requests to URLs in turn; latency percentiles (ms). */
export async function sequential(
  urls: string[],
  opts: { headers?: Record<string, string>; expect: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  for (const url of urls) {
    if (new URL(url).hostname !== "127.0.0.1")
      throw new Error(`refusing to load ${url}: loopback only`);
    const t0 = performance.now();
    const res = await fetch(url, { headers: opts.headers });
    await res.arrayBuffer();
    if (res.status !== opts.expect) errors += 1;
    latencies.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    count: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    seconds: elapsed,
    latencies,
  };
}
