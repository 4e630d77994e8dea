"use client";

import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";

/**
 * The two hooks of one Settings section, read with GET and saved with PUT on `path`: a save keeps the server's answer
 * and refreshes the queries under `refreshes`, the figures that depend on the setting.
 */
export function settingsSection<Answer, Input>(path: string, refreshes: QueryKey) {
  const key = ["settings", path] as const;
  return {
    useAnswer: () => useQuery({ queryKey: key, queryFn: () => fetchJson<Answer>(path) }),
    useSave: () => {
      const queryClient = useQueryClient();
      return useMutation({
        mutationFn: (input: Input) => fetchJson<Answer>(path, { method: "PUT", body: JSON.stringify(input) }),
        onSuccess: (answer) => {
          queryClient.setQueryData(key, answer);
          void queryClient.invalidateQueries({ queryKey: refreshes });
        },
      });
    },
  };
}
