"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { creditKeys } from "@/lib/credits/use-credits";
import type { AddMember, ChangeMember, MemberAnswer, TeamMember, Teammate } from "./team-schema";

const key = ["team"] as const;
const teammatesKey = ["teammates"] as const;

export function useTeam() {
  return useQuery({ queryKey: key, queryFn: () => fetchJson<TeamMember[]>("/api/team") });
}

/** Who People and Credits can be narrowed to (managers): the team, and anyone disabled since, labelled so. */
export function useTeammates(enabled: boolean): Teammate[] {
  const teammates = useQuery({ queryKey: teammatesKey, queryFn: () => fetchJson<{ teammates: Teammate[] }>("/api/teammates"), enabled });
  return enabled ? (teammates.data?.teammates ?? []) : [];
}

/** A teammate as a "which SDR" choice names them: "Jordan Park (SDR) (disabled)" for an account disabled on Team. */
export function teammateLabel(row: Pick<Teammate, "name" | "disabled">): string {
  return row.disabled ? `${row.name} (disabled)` : row.name;
}

/** Adding or changing someone refreshes the team, and the budgets page (its rows and its history). */
function useTeamMutation<Input>(send: (input: Input) => Promise<MemberAnswer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: teammatesKey });
      void queryClient.invalidateQueries({ queryKey: creditKeys.budgets() });
    },
  });
}

export function useAddMember() {
  return useTeamMutation((input: AddMember) => fetchJson<MemberAnswer>("/api/team", { method: "POST", body: JSON.stringify(input) }));
}

export function useChangeMember() {
  return useTeamMutation(({ id, change }: { id: string; change: ChangeMember }) =>
    fetchJson<MemberAnswer>(`/api/team/${encodeURIComponent(id)}`, { method: "PATCH", body: JSON.stringify(change) }),
  );
}
