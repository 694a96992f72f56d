/**
 * The Factline Worker for benchmarks that read rows: the real Worker (src/index.ts) given a
 * `DB` binding that counts D1's `meta.rows_read` and `meta.duration` for the request
 * (src/db/rows-read.ts), answered as `Server-Timing: d1;dur=<ms>;desc="rows_read=N
 * statements=K"`. A wrapper outside the product, so the deployed bundle carries none of it.
 */
import { meteredBinding, RowsRead } from "../src/db/rows-read";
import worker from "../src/index";

export default {
  ...worker,
  async fetch(request, env, ctx) {
    const meter = new RowsRead();
    const res = await worker.fetch(request, { ...env, DB: meteredBinding(env.DB, meter) }, ctx);
    if (meter.statements === 0) return res;
    // Streamed bodies (the export) are read after this point: only what ran before is counted.
    const counted = new Response(res.body, res);
    counted.headers.append("server-timing", meter.serverTiming());
    return counted;
  },
} satisfies ExportedHandler<Env>;
