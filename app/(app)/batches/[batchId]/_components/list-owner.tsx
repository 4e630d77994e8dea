"use client";

import { createContext, useContext, type ReactNode } from "react";

const ListOwner = createContext<string | null>(null);

/** Whose list the page shows, when it is not the viewer's (a manager on an SDR's list): what they send again is theirs. */
export function ListOwnerProvider({ owner, children }: { owner: string | null; children: ReactNode }) {
  return <ListOwner value={owner}>{children}</ListOwner>;
}

/** The list's owner's name when the viewer is someone else; null on their own list. */
export function useListOwner(): string | null {
  return useContext(ListOwner);
}
