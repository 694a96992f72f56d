import { useRef } from "react";
import { SHORTCUTS, useShortcuts } from "./use-shortcuts";

/** `?` opens a dialog listing the shortcuts; Escape or the button closes it, focus goes back. */
export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  useShortcuts({
    "?": () => {
      const d = dialog.current;
      if (!d) return;
      if (d.open) d.close();
      else d.showModal();
    },
  });
  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-heading" className="shortcuts">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      {SHORTCUTS.map((group) => (
        <section key={group.page} aria-label={group.page}>
          <h3>{group.page}</h3>
          <dl>
            {group.keys.map(([key, what]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
