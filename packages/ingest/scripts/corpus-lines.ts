// Prints a corpus page with 1-based line numbers, so gold line numbers can be written right.
//   tsx scripts/corpus-lines.ts <slug>            print pages/<slug>.txt numbered
//   tsx scripts/corpus-lines.ts --add <slug> <f>  write pages/<slug>.txt from a JSON file holding
//                                                 { "url", "excerpt" } exactly as the search tool
//                                                 gave it, then print it and the url's split
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PAGES_DIR, splitOf } from "../test/corpus/load";

const args = process.argv.slice(2);
let slug = args[0];
if (args[0] === "--add") {
  slug = args[1];
  const file = args[2];
  if (!slug || !file) throw new Error("usage: --add <slug> <json file>");
  const { url, excerpt } = JSON.parse(readFileSync(file, "utf8")) as {
    url: string;
    excerpt: string;
  };
  writeFileSync(join(PAGES_DIR, `${slug}.txt`), excerpt);
  console.log(`url: ${url}\nsplit: ${splitOf(url)}`);
}
if (!slug) throw new Error("usage: corpus-lines.ts <slug>");
const text = readFileSync(join(PAGES_DIR, `${slug}.txt`), "utf8");
text.split("\n").forEach((line, i) => {
  console.log(`${String(i + 1).padStart(3)}${line.trim() ? " " : "·"}| ${line}`);
});
