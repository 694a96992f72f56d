/** XML-escapes text for element content and attribute values. */
export function xmlEscape(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Characters XML 1.0 cannot carry at all, even escaped.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}

/** An Atom entry (RFC 4287 §4.1.2). */
export type AtomEntry = {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
};

/** A deleted entry (RFC 6721 tombstone). */
export type AtomTombstone = { ref: string; when: string; comment: string; link?: string };

/** An Atom 1.0 feed document with RFC 6721 tombstones for retracted or merged records. */
export function atomFeed(feed: {
  id: string;
  title: string;
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  entries: AtomEntry[];
  tombstones: AtomTombstone[];
}): string {
  const e = xmlEscape;
  const entries = feed.entries.map(
    (x) =>
      `  <entry>\n    <id>${e(x.id)}</id>\n    <title type="text">${e(x.title)}</title>\n    <updated>${e(x.updated)}</updated>\n    <link rel="alternate" type="application/json" href="${e(x.link)}"/>\n    <summary type="text">${e(x.summary)}</summary>\n  </entry>`,
  );
  const tombstones = feed.tombstones.map(
    (t) =>
      `  <at:deleted-entry ref="${e(t.ref)}" when="${e(t.when)}">\n    <at:comment>${e(t.comment)}</at:comment>${t.link ? `\n    <link rel="alternate" href="${e(t.link)}"/>` : ""}\n  </at:deleted-entry>`,
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="http://purl.org/atompub/tombstones/1.0">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title type="text">${e(feed.title)}</title>`,
    `  <updated>${e(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="application/json" href="${e(feed.alternateUrl)}"/>`,
    `  <author><name>Factline</name></author>`,
    `  <generator>Factline</generator>`,
    ...entries,
    ...tombstones,
    `</feed>`,
    "",
  ].join("\n");
}
