// Synthetic claims for the FTS benchmark: deterministic text from a small vocabulary, so
// common words match many rows (the hard case for bm25 ranking) and rare ones few.
const WORDS = (
  "russia taliban afghanistan recognition government ministry embassy ambassador credentials " +
  "kabul moscow sanctions aid trade security border talks envoy statement regional stability " +
  "economy minerals energy pipeline treaty summit delegation humanitarian refugees drought " +
  "election council parliament spokesperson announcement report analysts officials sources"
).split(" ");

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** SQL inserting claims [from, to) for one source, in multi-row statements of `per` rows. */
export function syntheticClaimsSql(from: number, to: number, sourceId: string, per = 200): string {
  const rand = rng(from + 1);
  const lines: string[] = [];
  for (let start = from; start < to; start += per) {
    const rows: string[] = [];
    for (let i = start; i < Math.min(to, start + per); i++) {
      const n = 8 + Math.floor(rand() * 14);
      const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
      words.push(`token${i % 1000}`);
      const text = words.join(" ");
      const id = `clm_01JZ0BENCH${String(i).padStart(16, "0")}`;
      rows.push(
        `(${q(id)}, ${q(text)}, ${q(text)}, ${q(sourceId)}, 'assertion', 'published', 1, '2025-07-06T00:00:00.000Z', '2025-07-06T00:00:00.000Z')`,
      );
    }
    lines.push(
      `INSERT OR IGNORE INTO claims (id, text, statement, source_id, modality, status, version, created_at, updated_at) VALUES ${rows.join(",\n")};`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Search queries for the benchmark: common words, rare tokens, prefixes and phrases. */
export function searchQueries(count: number): string[] {
  const rand = rng(42);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    const w = () => WORDS[Math.floor(rand() * WORDS.length)] ?? "russia";
    if (kind === 0) out.push(w());
    else if (kind === 1) out.push(`${w()} ${w()}`);
    else if (kind === 2) out.push(`token${Math.floor(rand() * 1000)}`);
    else out.push(w().slice(0, 4));
  }
  return out;
}
