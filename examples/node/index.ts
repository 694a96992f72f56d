// Run with `node index.ts` (Node ≥ 22.18 strips the types). FACTLINE_URL=http://127.0.0.1:8787
// (a running `pnpm dev`) also reads the public API; without it only the offline parts run.
import { FactlineClient, FactlineProblemError } from "@factline/client";
import { describePartialDate, IngestResultSchema, parsePartialDate } from "@factline/domain";
import { ingest } from "@factline/ingest";

const date = parsePartialDate("2021-08");
if (!date.ok) throw new Error(date.message);
console.log("partial date:", describePartialDate(date.date));

const result = IngestResultSchema.parse(
  ingest({
    text: "KABUL, July 4 (Reuters) - Russia on Thursday became the first country to formally recognise the Taliban government, the foreign ministry said.",
    retrievedAt: "2025-07-05T08:00:00.000Z",
    publishedAt: "2025-07-04",
  }),
);
console.log("ingest: %d candidate claim(s)", result.candidateClaims.length);

const baseUrl = process.env.FACTLINE_URL;
if (baseUrl) {
  const factline = new FactlineClient({ baseUrl });
  console.log("health:", (await factline.health()).status);
  for await (const { title, date } of factline.events.list({ limit: 5 })) {
    console.log("event:", date ? describePartialDate(date) : "undated", title);
  }
  try {
    await factline.events.list({ limit: 1000 })[Symbol.asyncIterator]().next();
  } catch (err) {
    if (!(err instanceof FactlineProblemError)) throw err;
    console.log("problem:", err.status, err.code, err.errors.map((e) => e.path).join(", "));
  }
}
