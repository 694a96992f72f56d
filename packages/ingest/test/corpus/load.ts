// Loads the evaluation corpus: every `pages/<slug>.txt` with its gold `pages/<slug>.json`,
// validated against the gold schema and against the text it describes.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Gold, GoldSchema, type GoldSplit, splitFromSha1 } from "./gold";

/** Where the pages live. */
export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), "pages");

/** One corpus page: its text, its gold, and for made copies the page it was made from. */
export interface CorpusPage {
  slug: string;
  /** The page text exactly as stored. */
  text: string;
  /** The text split on "\n"; `lines[n - 1]` is line n. */
  lines: string[];
  gold: Gold;
  /** For `origin.type === "made"`: the clean page it was made from. */
  source: CorpusPage | null;
}

/** A page that could not be loaded, and why. */
export interface CorpusProblem {
  slug: string;
  message: string;
}

export interface LoadedCorpus {
  pages: CorpusPage[];
  problems: CorpusProblem[];
}

/** The split a URL belongs to: first hex digit of sha1(url) 0-7 is dev, else test. */
export function splitOf(url: string): GoldSplit {
  return splitFromSha1(createHash("sha1").update(url).digest("hex"));
}

/** Reads a text file as UTF-8, dropping a byte-order mark only. */
function readText(path: string): string {
  const t = readFileSync(path, "utf8");
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
}

/** Checks a gold file against its page text; returns what is wrong (empty when fine). */
export function checkGold(gold: Gold, lines: string[], text: string): string[] {
  const errors: string[] = [];
  const checkLine = (n: number, what: string) => {
    if (n > lines.length) errors.push(`${what}: line ${n} does not exist (${lines.length} lines)`);
    else if (!(lines[n - 1] ?? "").trim()) errors.push(`${what}: line ${n} is empty`);
  };
  for (const n of gold.boilerplate) checkLine(n, "boilerplate");
  if (new Set(gold.boilerplate).size !== gold.boilerplate.length)
    errors.push("boilerplate: a line is listed twice");
  const postLines = new Set<number>();
  gold.posts.forEach((p, i) => {
    for (const n of p.lines) {
      checkLine(n, `posts[${i}]`);
      postLines.add(n);
    }
  });
  for (const n of gold.boilerplate)
    if (postLines.has(n)) errors.push(`line ${n} is both boilerplate and a post line`);
  for (const key of ["claims", "hedged", "opinions"] as const) {
    for (const s of gold[key]) {
      if (!text.includes(s)) errors.push(`${key}: not an exact substring: ${JSON.stringify(s)}`);
    }
  }
  const expected = splitOf(gold.url);
  if (gold.split !== expected) errors.push(`split is ${gold.split} but sha1(url) says ${expected}`);
  if (gold.origin.type === "real" && gold.encoding.damaged && gold.encoding.fixes.length === 0)
    errors.push("encoding: real damage needs at least one fix");
  for (const f of gold.encoding.fixes) {
    if (!text.includes(f.damaged))
      errors.push(`encoding: damaged text not in the page: ${JSON.stringify(f.damaged)}`);
  }
  return errors;
}

/**
 * Loads every page that has both a .txt and a .json. Pages whose gold is invalid are left out
 * and reported in `problems` (a .txt without its .json yet is reported too, so a page being
 * added while this runs does not break a score run).
 */
export function loadCorpus(dir: string = PAGES_DIR): LoadedCorpus {
  const problems: CorpusProblem[] = [];
  if (!existsSync(dir)) return { pages: [], problems };
  const files = readdirSync(dir);
  const slugs = [
    ...new Set(files.filter((f) => /\.(txt|json)$/.test(f)).map((f) => f.replace(/\.\w+$/, ""))),
  ].sort();
  const bySlug = new Map<string, CorpusPage>();
  for (const slug of slugs) {
    const txt = join(dir, `${slug}.txt`);
    const json = join(dir, `${slug}.json`);
    if (!existsSync(txt) || !existsSync(json)) {
      problems.push({ slug, message: `missing ${existsSync(txt) ? ".json" : ".txt"}` });
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(json, "utf8"));
    } catch (e) {
      problems.push({ slug, message: `invalid JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = GoldSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      problems.push({ slug, message: `gold schema: ${issues.join("; ")}` });
      continue;
    }
    const text = readText(txt);
    const lines = text.split("\n");
    const errors = checkGold(parsed.data, lines, text);
    if (errors.length > 0) {
      for (const message of errors) problems.push({ slug, message });
      continue;
    }
    bySlug.set(slug, { slug, text, lines, gold: parsed.data, source: null });
  }
  const pages: CorpusPage[] = [];
  for (const page of bySlug.values()) {
    const origin = page.gold.origin;
    if (origin.type === "made") {
      const source = bySlug.get(origin.from);
      if (!source) {
        problems.push({
          slug: page.slug,
          message: `made from ${origin.from}, which is not loaded`,
        });
        continue;
      }
      if (source.gold.origin.type !== "real") {
        problems.push({ slug: page.slug, message: `made from ${origin.from}, itself made` });
        continue;
      }
      if (source.gold.split !== page.gold.split) {
        // A copy in the other split would leak a test page's text into dev (or back).
        problems.push({
          slug: page.slug,
          message: `made from ${origin.from} (${source.gold.split}) but is ${page.gold.split}: give it the source's url`,
        });
        continue;
      }
      page.source = source;
    }
    pages.push(page);
  }
  return { pages, problems };
}
