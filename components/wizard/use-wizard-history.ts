"use client";

import { useCallback, useEffect, useState } from "react";
import { type EntryData, sameView, type View, viewFromSearch, viewToSearch } from "./views";

const KEY = "gmailSmtpWizard";

interface Entry extends EntryData {
  view: View;
}

function readEntry(): Entry {
  const view = viewFromSearch(window.location.search);
  const stored = (window.history.state as Record<string, unknown> | null)?.[KEY] as EntryData | undefined;
  return { view, ...(stored ?? {}) };
}

/**
 * The wizard's position, kept in the browser's history: go() pushes an entry, Back and
 * Forward restore it (with the result it showed), a reload reads it back. Next's router
 * keeps its own keys in history.state; ours sit beside them under KEY.
 */
export function useWizardHistory() {
  const [entry, setEntry] = useState<Entry>({ view: { name: "enter" } });
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const initial = readEntry();
    // A result view without its result (an old entry) falls back to the form.
    if ((initial.view.name === "verdict" || initial.view.name === "done") && !initial.result) {
      window.history.replaceState({ ...window.history.state, [KEY]: {} }, "", window.location.pathname);
      setEntry({ view: { name: "enter" } });
    } else {
      setEntry(initial);
    }
    setRestored(true);
    const onPop = () => setEntry(readEntry());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const go = useCallback((view: View, data: EntryData = {}) => {
    const next: Entry = { view, ...data };
    const url = `${window.location.pathname}${viewToSearch(view)}`;
    const state = { ...window.history.state, [KEY]: data };
    if (sameView(readEntry().view, view)) window.history.replaceState(state, "", url);
    else window.history.pushState(state, "", url);
    setEntry(next);
  }, []);

  return { ...entry, restored, go };
}
