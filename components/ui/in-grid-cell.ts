"use client";

import { createContext, useContext } from "react";

/** True inside a keyboard grid's cells, which are its tab stops: their links and buttons are reached with Enter, not Tab. */
export const InGridCell = createContext(false);

/** A link's or button's tabIndex: out of the tab order inside a grid's cell (the whole grid is one tab stop), else the browser's. */
export function useWidgetTabIndex(): -1 | undefined {
  return useContext(InGridCell) ? -1 : undefined;
}
