// One entity: its names, every mention across the library with context, co-mentioned entities and facts.
export function EntityPage() {
  return <main className="view" />;
}
