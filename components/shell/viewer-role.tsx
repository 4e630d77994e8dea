"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Role } from "@/lib/auth/roles";

const ViewerRole = createContext<Role>("sdr");

/** The signed-in person's role, for wording that depends on it (who approves their list); never for access, which the server decides. */
export function ViewerRoleProvider({ role, children }: { role: Role; children: ReactNode }) {
  return <ViewerRole value={role}>{children}</ViewerRole>;
}

export function useViewerRole(): Role {
  return useContext(ViewerRole);
}
