/** Status of a provider entry that has none we can read: kept so the waterfall shows it, never charged. */
export const UNREADABLE_STATUS = "unreadable";
