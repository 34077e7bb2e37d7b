// Search across the library: one box, filters, results with the matching passage highlighted.
export function SearchView() {
  return <main className="view" />;
}
