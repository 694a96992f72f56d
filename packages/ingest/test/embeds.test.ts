// Embedded posts from every network, in text and HTML forms; the post's own links stay out of
// its text.
import { describe, expect, it } from "vitest";
import { ingest } from "../src/index";
import { loadCorpus } from "./corpus/load";

const intro =
  "The minister's remarks drew an immediate response online, where several officials posted their own statements within the hour.";
const outro =
  "The ministry did not reply to a request for comment on Friday, and officials said more details would follow next week.";
const text = (...lines: string[]) =>
  ingest({ text: ["Minister resigns after vote", intro, ...lines, outro].join("\n") });

describe("embedded posts in text", () => {
  it("reads an attribution glued to the end of the post's own line", () => {
    const r = text(
      "BREAKING: the minister has resigned. pic.twitter.com/AbC123 — Jane Doe (@janedoe) July 4, 2025",
    );
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]).toMatchObject({
      platform: "twitter",
      handle: "@janedoe",
      displayName: "Jane Doe",
      date: { value: "2025-07-04" },
      text: "BREAKING: the minister has resigned.",
    });
    expect(r.embeddedPosts[0]?.links).toContain("pic.twitter.com/AbC123");
  });

  it("reads Bluesky and Mastodon attributions by their handles", () => {
    const r = text(
      "We will publish the full report tomorrow.",
      "— Ministry Press (@press.bsky.social) July 4, 2025 at 10:02 AM",
      "The vote was not unexpected.",
      "— Ana Lima (@ana@mastodon.social) July 4, 2025",
    );
    expect(r.embeddedPosts.map((p) => [p.platform, p.handle])).toEqual([
      ["bluesky", "@press.bsky.social"],
      ["mastodon", "@ana@mastodon.social"],
    ]);
  });

  it("reads Instagram's caption line and a post known only by its media link", () => {
    const r = text(
      "Thank you all for the support over these years.",
      "A post shared by Jane Doe (@jane.doe)",
      "Historic day for the country #vote pic.twitter.com/xyz789",
    );
    expect(r.embeddedPosts.map((p) => p.platform)).toEqual(["instagram", "twitter"]);
    expect(r.embeddedPosts[1]?.text).toBe("Historic day for the country #vote");
  });

  it.each([
    ["https://www.instagram.com/p/B-piRrDD8Go/", "instagram"],
    ["https://youtu.be/dQw4w9WgXcQ", "youtube"],
    ["https://t.me/durov/43", "telegram"],
    ["https://www.tiktok.com/@scout2015/video/6718335390845095173", "tiktok"],
    ["https://www.threads.net/@zuck/post/C8abc", "threads"],
    ["https://www.facebook.com/ministry/posts/123456789", "facebook"],
    ["https://bsky.app/profile/jay.bsky.team/post/3k44", "bluesky"],
    ["https://x.com/janedoe/status/1812345678901234567", "twitter"],
  ])("keeps a line that is only the address of a post (%s) as a %s post", (url, platform) => {
    const r = text(url);
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]).toMatchObject({ platform, statusUrl: url, text: "" });
    expect(r.removed.map((x) => x.text)).not.toContain(url);
  });
});

describe("embedded posts in text, networks beyond X", () => {
  it("reads a Facebook post's 'Posted by … on …' line as its attribution", () => {
    const r = text(
      "The minister has stepped down tonight. We thank him for his service.",
      "Posted by Ministry of Defence on Friday, July 4, 2025",
    );
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]).toMatchObject({
      platform: "facebook",
      date: { value: "2025-07-04" },
    });
  });

  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube"],
    ["https://www.youtube.com/shorts/abcDEF12345", "youtube"],
    ["https://mastodon.social/@ministry/113081938120139285", "mastodon"],
    ["https://t.me/s/ministry/431", "telegram"],
    ["https://fb.watch/abC1dEf2/", "facebook"],
  ])("keeps a line that is only the address of a post (%s) as a %s post", (url, platform) => {
    const r = text(url);
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]?.platform).toBe(platform);
    expect(r.removed.map((x) => x.text)).not.toContain(url);
  });
});

describe("embedded posts in text: shapes left by copying an embed", () => {
  it("reads Bluesky's '[image or embed]' line as part of the post between its text and attribution", () => {
    const quoted =
      'The agency\'s account has one post, which reads "We are now posting on Bluesky. Follow us for news," linking to its guidelines.';
    const r = text(
      quoted,
      "We are now posting on Bluesky. Follow us for news and announcements.",
      "[image or embed]",
      "— Ministry of Health NZ (@health.govt.nz) 26 May 2025 at 10:00",
    );
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]).toMatchObject({
      platform: "bluesky",
      handle: "@health.govt.nz",
      text: "We are now posting on Bluesky. Follow us for news and announcements.",
      date: { value: "2025-05-26" },
    });
    // The article's own sentence quoting the post stays the article's.
    expect(r.cleanedText).toContain(quoted);
  });

  it("keeps '[image or embed]' out of the text when it closes the post's own line", () => {
    const r = text(
      "We are now posting on Bluesky. Follow us for news: [image or embed]",
      "— Ministry of Health NZ (@health.govt.nz) 26 May 2025 at 10:00",
    );
    expect(r.embeddedPosts[0]?.text).toBe("We are now posting on Bluesky. Follow us for news:");
  });

  it("keeps a 'YouTube Video Link' placeholder line as a YouTube post without text", () => {
    const r = text("YouTube Video Link");
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]).toMatchObject({ platform: "youtube", text: "" });
  });

  it("reads a status address left without its scheme as the post's address", () => {
    const r = text("twitter.com/EPN/status/1234567890123456789");
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]).toMatchObject({
      platform: "twitter",
      statusUrl: "https://twitter.com/EPN/status/1234567890123456789",
      text: "",
    });
  });

  it("reads a post of two paragraphs whose attribution is glued to the second", () => {
    const prose =
      'Rodríguez returned to the network on Tuesday, months after the suspension ordered in August, with a call for "economic calm".';
    const r = text(
      prose,
      "We are back in touch through this channel. Venezuela stands firm. 🇻🇪",
      "Let us stay united! — Delcy Rodríguez (@delcyrodriguezv) January 14, 2026",
    );
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]).toMatchObject({
      handle: "@delcyrodriguezv",
      text: "We are back in touch through this channel. Venezuela stands firm. 🇻🇪 Let us stay united!",
    });
    expect(r.cleanedText).toContain(prose);
  });

  it("reads an attribution cut off by the end of the excerpt on a page of posts", () => {
    const r = ingest({
      text: [
        "Reactions to the election",
        intro,
        "This isn't an episode. This isn't marketing. This is reality.",
        "— Black Mirror (@blackmirror) 9 novembre 2016",
        "Ce n'est pas une blague à nous.",
        "— Carambar Offici",
      ].join("\n"),
    });
    expect(r.embeddedPosts.map((p) => [p.handle, p.text])).toEqual([
      ["@blackmirror", "This isn't an episode. This isn't marketing. This is reality."],
      [null, "Ce n'est pas une blague à nous."],
    ]);
    expect(r.embeddedPosts[1]?.platform).toBe("twitter");
  });

  it("leaves a closing line of dialogue alone on a page without posts", () => {
    const r = ingest({
      text: [
        "Le retour du ministre",
        intro,
        outro,
        "Il s'est tourné vers nous.",
        "— Merci à tous",
      ].join("\n"),
    });
    expect(r.embeddedPosts).toHaveLength(0);
  });
});

describe("embedded-post shapes on real dev pages", () => {
  const pages = new Map(loadCorpus().pages.map((p) => [p.slug, p]));
  const posts = (slug: string) => {
    const p = pages.get(slug);
    if (p?.gold.split !== "dev") throw new Error(`no dev page ${slug}`);
    return ingest({ text: p.text, url: p.gold.url }).embeddedPosts;
  };

  // A post whose first paragraph (ending with a flag, or with a hashtag) sits above the line
  // carrying the glued attribution.
  it.each([
    [
      "es-delcy-rodriguez-vuelve-a-x-bluradio",
      "@delcyrodriguezv",
      /^Retomamos contacto.*Sigamos unidos/,
    ],
    [
      "pt-lula-tiktok-kwai-post-x",
      "@LulaOficial",
      /^Pediram para dar.*#EquipeLula 📸: @ricardostuckert$/,
    ],
  ])("%s: both paragraphs of %s's post", (slug, handle, re) => {
    const post = posts(slug).find((p) => p.handle === handle);
    expect(post?.text).toMatch(re);
  });

  // One dev page each so far; the unit cases above pin the shapes.
  it("en-bluesky-embed-health-ministry-newstalkzb: the text above '[image or embed]'", () => {
    const [post] = posts("en-bluesky-embed-health-ministry-newstalkzb");
    expect(post?.text).toMatch(/^The Ministry of Health is now posting on Bluesky\..*guidelines:$/);
  });

  it("fr-election-trump-reactions-linfo: the post whose attribution the excerpt cut", () => {
    const last = posts("fr-election-trump-reactions-linfo").at(-1);
    expect(last).toMatchObject({ handle: null, text: "Ce n'est pas une blague à nous." });
  });
});

describe("embedded posts in HTML", () => {
  const page = (embed: string) =>
    ingest({
      html: `<html><body><h1>Minister resigns after vote</h1><p>${intro}</p>${embed}<p>${outro}</p></body></html>`,
    });

  it.each([
    [
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cabc123/"><p>Thank you all for the support.</p><p>A post shared by Jane Doe (@jane.doe)</p></blockquote>',
      "instagram",
      "https://www.instagram.com/p/Cabc123/",
    ],
    [
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/3k"><p>We will publish the report tomorrow.</p>&mdash; Ministry (<a href="https://bsky.app/profile/press.bsky.social">@press.bsky.social</a>) <a href="https://bsky.app/profile/press.bsky.social/post/3k44">July 4, 2025</a></blockquote>',
      "bluesky",
      "https://bsky.app/profile/press.bsky.social/post/3k44",
    ],
    [
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@ministry/video/7234567890123456789"><section><p>Our statement on the vote</p></section></blockquote>',
      "tiktok",
      "https://www.tiktok.com/@ministry/video/7234567890123456789",
    ],
    [
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video"></iframe>',
      "youtube",
      "https://www.youtube.com/embed/dQw4w9WgXcQ",
    ],
    [
      '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="ministry/431"></script>',
      "telegram",
      "https://t.me/ministry/431",
    ],
    [
      '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fministry%2Fposts%2F123456789&width=500"></iframe>',
      "facebook",
      "https://www.facebook.com/ministry/posts/123456789",
    ],
    // Mastodon's embed code (Share › Embed): an iframe of the post's /embed page and embed.js.
    [
      '<iframe src="https://mastodon.social/@ministry/113081938120139285/embed" class="mastodon-embed" style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe><script src="https://mastodon.social/embed.js" async="async"></script>',
      "mastodon",
      "https://mastodon.social/@ministry/113081938120139285",
    ],
    // Facebook's embedded-post plugin markup: the fb-post div and its fallback blockquote.
    [
      '<div class="fb-post" data-href="https://www.facebook.com/ministry/posts/10154009990506729/" data-width="500" data-show-text="true"><blockquote cite="https://www.facebook.com/ministry/posts/10154009990506729/" class="fb-xfbml-parse-ignore"><p>The minister has stepped down tonight.</p>Posted by <a href="https://www.facebook.com/ministry/">Ministry</a> on&nbsp;<a href="https://www.facebook.com/ministry/posts/10154009990506729/">Friday, July 4, 2025</a></blockquote></div>',
      "facebook",
      "https://www.facebook.com/ministry/posts/10154009990506729/",
    ],
    // YouTube's privacy-enhanced embed.
    [
      '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?si=abc" title="YouTube video player" frameborder="0" allowfullscreen></iframe>',
      "youtube",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?si=abc",
    ],
  ])("finds %#: a %s post with its address", (embed, platform, url) => {
    const r = page(embed);
    expect(r.embeddedPosts).toHaveLength(1);
    expect(r.embeddedPosts[0]?.platform).toBe(platform);
    expect(r.embeddedPosts[0]?.links).toContain(url);
    expect(r.cleanedText).toContain(outro);
  });

  it("drops comment sections, share bars and related links by their class names", () => {
    const r = ingest({
      html: `<html><body><article><h1>Minister resigns after vote</h1><p>${intro}</p><div class="share-bar"><a>Facebook</a><a>X</a></div><p>${outro}</p></article><section id="comments"><p>Great article, thanks for sharing this with us all!</p></section><aside class="related-stories"><p>Ten things you missed this week</p></aside></body></html>`,
    });
    expect(r.cleanedText).toContain(outro);
    expect(r.cleanedText).not.toMatch(/Great article|Ten things|Facebook/);
  });
});
