import { Fragment, type ReactNode, useEffect } from "react";
import { Layout } from "./components/layout";
import { ClaimDetailPage } from "./pages/claim-detail";
import { ConflictsPage } from "./pages/conflicts";
import { EventDetailPage } from "./pages/event-detail";
import { EventsPage } from "./pages/events";
import { FeedsPage } from "./pages/feeds";
import { IngestPage } from "./pages/ingest";
import { LoginPage } from "./pages/login";
import { QueuePage } from "./pages/queue";
import { SourceReaderPage } from "./pages/source-reader";
import { TimelinePage } from "./pages/timeline";
import { UsersPage } from "./pages/users";
import { WebhooksPage } from "./pages/webhooks";
import { matchRoute, navigate, useLocation } from "./router";
import { SessionProvider, useSession } from "./session";

type Route = { pattern: string; title: string; render: (p: Record<string, string>) => ReactNode };

const ROUTES: Route[] = [
  { pattern: "/", title: "Review queue", render: () => <QueuePage /> },
  { pattern: "/events", title: "Events", render: () => <EventsPage /> },
  { pattern: "/timeline", title: "Timeline", render: () => <TimelinePage /> },
  { pattern: "/events/:id", title: "Event", render: (p) => <EventDetailPage id={p.id ?? ""} /> },
  { pattern: "/claims/:id", title: "Claim", render: (p) => <ClaimDetailPage id={p.id ?? ""} /> },
  {
    pattern: "/sources/:id",
    title: "Source",
    render: (p) => <SourceReaderPage id={p.id ?? ""} />,
  },
  { pattern: "/conflicts", title: "Conflicts", render: () => <ConflictsPage /> },
  { pattern: "/ingest", title: "Ingest", render: () => <IngestPage /> },
  { pattern: "/users", title: "Users", render: () => <UsersPage /> },
  { pattern: "/feeds", title: "Feeds", render: () => <FeedsPage /> },
  { pattern: "/webhooks", title: "Webhooks", render: () => <WebhooksPage /> },
];

function Routes() {
  const { path, search } = useLocation();
  const { user, checking } = useSession();
  const found = ROUTES.map((r) => ({ r, params: matchRoute(r.pattern, path) })).find(
    (x) => x.params,
  );

  useEffect(() => {
    document.title = `${path === "/login" ? "Log in" : (found?.r.title ?? "Not found")} · Factline admin`;
  }, [path, found]);

  useEffect(() => {
    if (checking) return;
    if (!user && path !== "/login") {
      const next = path === "/" ? "" : `?next=${encodeURIComponent(path + window.location.search)}`;
      navigate(`/login${next}`, { replace: true });
    }
    if (user && path === "/login") navigate(search.get("next") ?? "/", { replace: true });
  }, [checking, user, path, search]);

  if (checking) {
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  }
  if (path === "/login" || !user) return <LoginPage />;
  return (
    <Layout>
      {found?.params ? (
        // Keyed by path: moving from one record to another starts its forms afresh.
        <Fragment key={path}>{found.r.render(found.params)}</Fragment>
      ) : (
        <>
          <h1>Not found</h1>
          <p>No page at {path}.</p>
        </>
      )}
    </Layout>
  );
}

/** The editors' UI: session check, then the page for the current path. */
export function App() {
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}
