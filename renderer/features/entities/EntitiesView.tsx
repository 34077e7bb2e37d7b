// The entity registry: every canonical entity of the library, with merge suggestions to confirm or refuse.
export function EntitiesView() {
  return <main className="view" />;
}
