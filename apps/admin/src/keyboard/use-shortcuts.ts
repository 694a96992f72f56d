import { useEffect, useRef } from "react";

/** What each page's single-key shortcuts do; the help dialog lists them from here. */
export const SHORTCUTS: { page: string; keys: [string, string][] }[] = [
  {
    page: "Everywhere",
    keys: [["?", "show or hide these shortcuts"]],
  },
  {
    page: "Review queue",
    keys: [
      ["j / k", "next / previous item"],
      ["Enter", "open the item"],
      ["/", "search the queue"],
    ],
  },
  {
    page: "Claim",
    keys: [
      ["a", "approve: the approval step open to you (approve review, publish)"],
      ["r", "reject: send a claim in review back to unreviewed"],
      ["j / k", "next / previous item of the review queue"],
    ],
  },
];

// Typing in a field must never trigger a shortcut.
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest("dialog[open]") !== null
  );
}

/**
 * Single-key shortcuts while this component is mounted. Keys are `KeyboardEvent.key` values;
 * none fire while a field has focus or with Ctrl/Alt/Meta held (those belong to the browser).
 */
export function useShortcuts(map: Record<string, () => void>): void {
  const current = useRef(map);
  current.current = map;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented || typing(e.target)) return;
      const run = current.current[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
