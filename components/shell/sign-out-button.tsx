"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  // To the sign-in page on the address the browser is using (next-auth's own redirect goes to PUBLIC_URL's host, so a
  // rep who opened 127.0.0.1 would land on localhost), as a whole page load: nothing of the last person stays cached.
  const signOutHere = async () => {
    await signOut({ redirect: false });
    window.location.assign(new URL("/login", window.location.origin));
  };
  return (
    <Button variant="ghost" size="sm" onClick={signOutHere}>
      Sign out
    </Button>
  );
}
