// `tsx scripts/make-damaged.ts [--dry]`: makes encoding-damaged copies of clean corpus pages
// (issue 8). Each copy is its source page's text encoded as UTF-8 and decoded through a wrong
// single-byte code page, written as `test/corpus/pages/<slug>--<codepage>.txt` with a gold file
// copied from the source's: same url (so the same split), `origin: { type: "made", from,
// codepage }`, `encoding: { damaged: true, fixes: [] }`.
//
// Two kinds of damage:
// - full: every byte decoded through the page (Node's TextDecoder; latin-1 from Buffer, since
//   WHATWG's iso-8859-1 label means windows-1252);
// - lost: the seed's kind. Bytes 0x80–0x9F are dropped first (an ISO decoder made them C1
//   controls and something stripped them), so a curly apostrophe E2 80 99 keeps only its lead:
//   "Russiaβs" through cp1253. Lost bytes leave no trace of which of ‘ ’ “ ” – — a character was,
//   so lost copies are made only from pages whose lost characters are all of kinds their place
//   still tells apart (apostrophes in contractions, double quotes, em dashes before an
//   attribution or between spaces, …, •, no-break spaces); a page with en dashes or single
//   opening quotes cannot be restored by anyone and is skipped for that kind.
//
// Line structure is kept (newlines are ASCII), so the gold line numbers stay valid. The claims,
// hedged and opinion sentences are left empty in a copy: the loader requires them to be exact
// substrings of the stored (damaged) text, and the scorer compares them with the repaired one.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const PAGES = join(here, "../test/corpus/pages");
const dry = process.argv.includes("--dry");

type Mode = "full" | "lost";
/** Code page label, languages whose pages it plausibly damages (in order), copies, mode. */
const PLAN: { label: string; langs: string[]; count: number; mode: Mode }[] = [
  { label: "koi8-r", langs: ["ru"], count: 1, mode: "full" },
  { label: "koi8-u", langs: ["uk"], count: 1, mode: "full" },
  { label: "windows-1250", langs: ["pl", "cs", "sk", "hu", "de"], count: 2, mode: "full" },
  { label: "windows-1251", langs: ["uk", "bg", "ru"], count: 2, mode: "full" },
  { label: "windows-1253", langs: ["el"], count: 1, mode: "full" },
  { label: "windows-1253", langs: ["en"], count: 1, mode: "lost" },
  { label: "windows-1257", langs: ["lt", "lv", "es", "pt"], count: 2, mode: "full" },
  { label: "windows-1257", langs: ["en"], count: 1, mode: "lost" },
  { label: "windows-874", langs: ["th", "en"], count: 1, mode: "full" },
  { label: "windows-874", langs: ["en"], count: 1, mode: "lost" },
  { label: "windows-1252", langs: ["fr", "pt", "es"], count: 2, mode: "full" },
  { label: "windows-1251", langs: ["en"], count: 1, mode: "lost" },
  { label: "windows-1250", langs: ["en"], count: 1, mode: "lost" },
  { label: "iso-8859-1", langs: ["it", "es"], count: 1, mode: "full" },
  { label: "iso-8859-15", langs: ["de", "fr"], count: 1, mode: "full" },
  { label: "macintosh", langs: ["fr", "de", "it"], count: 1, mode: "full" },
  { label: "windows-1254", langs: ["tr", "de"], count: 1, mode: "full" },
  { label: "windows-1258", langs: ["vi", "fr", "pt"], count: 1, mode: "full" },
];

const utf8 = new TextEncoder();

function decode(bytes: Uint8Array, label: string): string {
  if (label === "iso-8859-1") return Buffer.from(bytes).toString("latin1");
  return new TextDecoder(label).decode(bytes);
}

/** The page's text as UTF-8 read through `label` (dropping bytes 0x80–0x9F first when lost). */
export function damage(text: string, label: string, mode: Mode): string {
  let bytes = utf8.encode(text);
  if (mode === "lost") bytes = bytes.filter((b) => b < 0x80 || b > 0x9f);
  return decode(bytes, label);
}

// Characters that lose bytes in lost damage but can be told apart by their place.
const RESTORABLE = new Set([..."’“”—…•\u00a0"]);

function lostRestorable(text: string): boolean {
  for (const ch of new Set(text)) {
    const bytes = utf8.encode(ch);
    const loses = bytes.some((b) => b >= 0x80 && b <= 0x9f);
    if (loses && !RESTORABLE.has(ch)) return false;
  }
  // Only the family this damage is about: apostrophes, dashes and the like must be there.
  return /[’—]/.test(text);
}

type Gold = {
  url: string;
  language: string;
  split: string;
  origin: { type: string };
  encoding: { damaged: boolean; fixes: unknown[] };
  claims: string[];
  hedged: string[];
  opinions: string[];
  [k: string]: unknown;
};

const slugs = readdirSync(PAGES)
  .filter((f) => f.endsWith(".json") && !f.includes("--"))
  .map((f) => f.slice(0, -".json".length))
  .filter((s) => existsSync(join(PAGES, `${s}.txt`)))
  .sort();
const golds = new Map<string, Gold>();
for (const s of slugs) {
  const g = JSON.parse(readFileSync(join(PAGES, `${s}.json`), "utf8")) as Gold;
  if (g.origin.type === "real" && !g.encoding.damaged) golds.set(s, g);
}

const used = new Set<string>();
const made: string[] = [];
for (const step of PLAN) {
  let n = 0;
  for (const lang of step.langs) {
    for (const slug of slugs) {
      if (n >= step.count) break;
      const gold = golds.get(slug);
      if (!gold || gold.language !== lang || used.has(slug)) continue;
      const text = readFileSync(join(PAGES, `${slug}.txt`), "utf8");
      if (step.mode === "lost" && !lostRestorable(text)) continue;
      const damaged = damage(text, step.label, step.mode);
      if (damaged === text) continue;
      if (damaged.split("\n").length !== text.split("\n").length) throw new Error(`${slug}: lines`);
      used.add(slug);
      n++;
      const name = `${slug}--${step.label}${step.mode === "lost" ? "-lost" : ""}`;
      const copy: Gold = {
        ...gold,
        origin: { type: "made", from: slug, codepage: step.label } as Gold["origin"],
        encoding: { damaged: true, fixes: [] },
        claims: [],
        hedged: [],
        opinions: [],
      };
      made.push(`${name} (${gold.language}, ${gold.split})`);
      if (dry) continue;
      writeFileSync(join(PAGES, `${name}.txt`), damaged);
      writeFileSync(join(PAGES, `${name}.json`), `${JSON.stringify(copy, null, 2)}\n`);
      // Then \`biome format --write test/corpus/pages\` (the gold files are in biome's format).
    }
  }
  if (n < step.count)
    console.warn(`${step.label} ${step.mode}: ${n} of ${step.count} (no source yet)`);
}
// Copies this run did not make again (their source was replaced by a better fit) go away.
const kept = new Set(made.map((m) => m.split(" ")[0]));
for (const f of readdirSync(PAGES)) {
  const name = f.replace(/\.(txt|json)$/, "");
  if (!name.includes("--") || kept.has(name)) continue;
  const json = join(PAGES, `${name}.json`);
  const gold = existsSync(json) ? (JSON.parse(readFileSync(json, "utf8")) as Gold) : null;
  if (gold && gold.origin.type !== "made") continue;
  console.log(`${dry ? "would remove" : "removed"} ${f}`);
  if (!dry) rmSync(join(PAGES, f));
}
console.log(`${dry ? "would make" : "made"} ${made.length} pages:\n  ${made.join("\n  ")}`);
