/** A short list inside a table cell, or a muted word when it is empty. */
export function Lines({ items, none }: { items: readonly string[]; none: string }) {
  if (items.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul className="plain">
      {items.map((item, i) => (
        <li key={`${i}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}
