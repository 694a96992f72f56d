import { FactlineClient, FactlineProblemError, MemoryEtagCache } from "@factline/client";
import { describePartialDate } from "@factline/domain";

interface Env {
  FACTLINE?: Fetcher;
  FACTLINE_URL: string;
}

// One ETag cache per isolate: repeated reads become 304s served from memory.
const cache = new MemoryEtagCache(500);

export default {
  async fetch(request, env): Promise<Response> {
    const binding = env.FACTLINE;
    const factline = new FactlineClient({
      baseUrl: env.FACTLINE_URL,
      fetch: binding ? (input, init) => binding.fetch(input, init) : undefined,
      cache,
      // Read-your-writes across requests: the caller hands over the bookmark it last saw.
      bookmark: request.headers.get("x-d1-bookmark") ?? undefined,
    });
    const actor = new URL(request.url).searchParams.get("actor") ?? undefined;
    try {
      const lines: string[] = [];
      for await (const e of factline.events.list({ actor, limit: 20 })) {
        lines.push(`${e.date ? describePartialDate(e.date) : "undated"}  ${e.title}`);
        if (lines.length >= 50) break;
      }
      return new Response(lines.join("\n"), {
        headers: {
          "content-type": "text/plain; charset=utf-8",
          "x-d1-bookmark": factline.bookmark ?? "",
        },
      });
    } catch (err) {
      if (err instanceof FactlineProblemError) {
        return Response.json(err.problem, { status: err.status });
      }
      throw err;
    }
  },
} satisfies ExportedHandler<Env>;
