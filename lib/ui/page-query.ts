/** A page's `searchParams` as a query to read: a key given more than once (`?q=a&q=b`, an array) is left out. */
export function pageQuery(searchParams: Record<string, string | string[] | undefined>): URLSearchParams {
  return new URLSearchParams(Object.entries(searchParams).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
}
