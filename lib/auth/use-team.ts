"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { creditKeys } from "@/lib/credits/use-credits";
import type { AddMember, ChangeMember, MemberAnswer, TeamMember } from "./team-schema";

const key = ["team"] as const;

export function useTeam() {
  return useQuery({ queryKey: key, queryFn: () => fetchJson<TeamMember[]>("/api/team") });
}

/** Adding or changing someone refreshes the team, and the budgets page (its rows and its history). */
function useTeamMutation<Input>(send: (input: Input) => Promise<MemberAnswer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key });
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
