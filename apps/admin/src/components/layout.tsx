import { type ReactNode, useEffect, useRef } from "react";
import { ShortcutsHelp } from "../keyboard/shortcuts-help";
import { Link, useLocation } from "../router";
import { useSession } from "../session";

/** The header (who is signed in, navigation, logout) around every signed-in page. */
export function Layout({ children }: { children: ReactNode }) {
  const { user, logout, can } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After an in-app navigation, move focus to the new page so screen readers announce it
  // (a full page load does this by itself).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          Factline admin
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link to="/">Queue</Link>
            </li>
            <li>
              <Link to="/events">Events</Link>
            </li>
            <li>
              <Link to="/timeline">Timeline</Link>
            </li>
            <li>
              <Link to="/conflicts">Conflicts</Link>
            </li>
            {can("ingest.run") && (
              <li>
                <Link to="/ingest">Ingest</Link>
              </li>
            )}
            {can("user.read") && (
              <li>
                <Link to="/users">Users</Link>
              </li>
            )}
            {can("feed.read") && (
              <li>
                <Link to="/feeds">Feeds</Link>
              </li>
            )}
            {can("webhook.manage") && (
              <li>
                <Link to="/webhooks">Webhooks</Link>
              </li>
            )}
          </ul>
        </nav>
        {user && (
          <div className="who">
            <span data-testid="current-user">
              {user.name} <span className="role">({user.role})</span>
            </span>
            <button type="button" className="link" onClick={() => void logout()}>
              Log out
            </button>
          </div>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      {user && <ShortcutsHelp />}
    </>
  );
}
