import { adminApi } from "../api/admin";
import type { Claim, Source } from "../api/contract";
import { keys } from "../api/query-client";
import { useResource } from "../api/use-resource";
import { LoadState, StatusBadge } from "../components/status";
import { MODALITY_COLOURS, OTHER_COLOUR } from "../reader/colours";
import { type Segment, type Span, segmentText, validSpans } from "../reader/segments";
import { Link } from "../router";

const colourOf = (modality: string) => MODALITY_COLOURS[modality] ?? OTHER_COLOUR;
const nameOf = (c: Claim) => c.statement || c.text;

/** Every passage of this source that a claim quotes as evidence. */
function spansIn(source: Source, claims: Claim[]): Span[] {
  return claims.flatMap((c) =>
    c.evidence
      .filter((e) => e.sourceId === source.id && e.start != null && e.end != null)
      .map((e) => ({ claimId: c.id, start: e.start as number, end: e.end as number })),
  );
}

/**
 * A source's cleaned text with every claim drawn from it highlighted where its evidence sits,
 * and beside it what ingest took out (boilerplate, encoding repairs) and the posts it quoted.
 */
export function SourceReaderPage({ id }: { id: string }) {
  const source = useResource(keys.source(id), () => adminApi.getSource(id));
  const claims = useResource(keys.claims({ source: id }), () =>
    adminApi.listClaims({ source: id }),
  );
  const posts = useResource(keys.embeddedPosts(id), () => adminApi.listSources({ embeddedIn: id }));
  const ingest = useResource(keys.sourceIngest(id), async () => {
    const found = await adminApi.ingestOfSource(id);
    const first = found.data.data[0];
    return first ? await adminApi.getIngest(first.id) : { ...found, data: null };
  });

  const s = source.data;
  const list = claims.data?.data ?? [];
  const byId = new Map(list.map((c) => [c.id, c]));
  const spans = s ? spansIn(s, list) : [];
  const placed = new Set(s ? validSpans(s.text, spans).map((x) => x.claimId) : []);

  return (
    <>
      <LoadState loading={source.loading && !s} error={source.error} />
      {s && (
        <>
          <h1>{s.title}</h1>
          <p className="muted">
            {s.kind}
            {s.publisher ? ` · ${s.publisher}` : ""}
            {s.author ? ` · ${s.author}` : ""}
            {s.url && (
              <>
                {" · "}
                <a href={s.url} rel="noreferrer">
                  original
                </a>
              </>
            )}
          </p>
          <div className="reader">
            <section aria-labelledby="reader-text-heading" className="reader-text">
              <h2 id="reader-text-heading">Text</h2>
              <Legend />
              <LoadState loading={claims.loading && !claims.data} error={claims.error} />
              <div className="reader-body">
                {segmentText(s.text, spans).map((seg) => (
                  <Run key={seg.start} seg={seg} byId={byId} />
                ))}
              </div>
              <h2 id="reader-claims-heading">Claims drawn from this source</h2>
              {claims.data && list.length === 0 && <p className="muted">No claims yet.</p>}
              <ul className="items" aria-labelledby="reader-claims-heading">
                {list.map((c) => (
                  <li key={c.id}>
                    <span
                      className="modality-swatch"
                      style={{ background: colourOf(c.modality).fill }}
                      aria-hidden="true"
                    />
                    <Link to={`/claims/${c.id}`}>{nameOf(c)}</Link>{" "}
                    <StatusBadge status={c.status} />{" "}
                    <span className="muted">
                      {c.modality}
                      {placed.has(c.id) ? "" : " · no passage marked in the text"}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <aside className="reader-side" aria-label="What ingest removed and embedded posts">
              <IngestPanel ingest={ingest.data} loading={ingest.loading} />
              <section aria-labelledby="posts-heading">
                <h2 id="posts-heading">Embedded posts</h2>
                {posts.data?.data.length === 0 && <p className="muted">None.</p>}
                {posts.data?.data.map((p) => (
                  <article
                    key={p.id}
                    className="post"
                    aria-label={`Post by ${p.author ?? "unknown"}`}
                  >
                    <p className="post-author">
                      <strong>{p.author ?? "Unknown author"}</strong>
                      {p.publisher ? <span className="muted"> on {p.publisher}</span> : null}
                    </p>
                    <p>{p.text}</p>
                    <p className="muted">
                      <Link to={`/sources/${p.id}`}>Read in Factline</Link>
                      {p.url && (
                        <>
                          {" · "}
                          <a href={p.url} rel="noreferrer">
                            original post
                          </a>
                        </>
                      )}
                    </p>
                  </article>
                ))}
              </section>
            </aside>
          </div>
        </>
      )}
    </>
  );
}

/** One run of text: plain, or a highlight linking to the most specific claim covering it. */
function Run({ seg, byId }: { seg: Segment; byId: Map<string, Claim> }) {
  const [firstId, ...others] = seg.claimIds;
  const first = firstId ? byId.get(firstId) : undefined;
  if (!first) return <>{seg.text}</>;
  const colour = colourOf(first.modality);
  const also = others.map((o) => byId.get(o)).filter((c): c is Claim => !!c);
  // The passage comes first in the name, as seen (WCAG 2.5.3 label in name), then the claim.
  const claimsNamed = [first, ...also].map(nameOf).join("; also ");
  const label = `${seg.text.replace(/\s+/g, " ").trim()} (claim: ${claimsNamed})`;
  return (
    <Link to={`/claims/${first.id}`} className="highlight" aria-label={label}>
      <mark
        data-claims={seg.claimIds.join(" ")}
        className={also.length ? "overlap" : undefined}
        style={{ background: colour.fill, borderBottomColor: colour.line }}
      >
        {seg.text}
      </mark>
    </Link>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Highlight colours by modality">
      {Object.entries(MODALITY_COLOURS).map(([k, v]) => (
        <li key={k}>
          <span
            className="modality-swatch"
            style={{ background: v.fill, borderColor: v.line }}
            aria-hidden="true"
          />
          {v.label}
        </li>
      ))}
      <li>
        <span className="modality-swatch overlap-swatch" aria-hidden="true" />
        Double underline: several claims overlap
      </li>
    </ul>
  );
}

type IngestRecord = Awaited<ReturnType<typeof adminApi.getIngest>>["data"];

function IngestPanel({ ingest, loading }: { ingest: IngestRecord | null; loading: boolean }) {
  if (loading) return null;
  if (!ingest)
    return (
      <section aria-labelledby="removed-heading">
        <h2 id="removed-heading">Removed by ingest</h2>
        <p className="muted">No ingest record: this source was entered by hand or seeded.</p>
      </section>
    );
  const { removed, repairs } = ingest.result;
  return (
    <>
      <section aria-labelledby="removed-heading">
        <h2 id="removed-heading">Removed boilerplate ({removed.length})</h2>
        <ul className="items">
          {removed.map((r) => (
            <li key={r.block}>
              <span className="muted">{r.reason.replaceAll("_", " ")}:</span> {r.text}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="repairs-heading">
        <h2 id="repairs-heading">Encoding repairs ({repairs.length})</h2>
        <ul className="items">
          {repairs.map((r) => (
            <li key={`${r.rule}:${r.from}`}>
              <code>{r.from}</code> → <code>{r.to}</code>{" "}
              <span className="muted">
                {r.rule}, ×{r.count}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
