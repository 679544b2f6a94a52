/** Shown in a browser tab that was opened without the address `staffroom serve` printed. */
export function NoKeyScreen() {
  return (
    <main className="welcome">
      <p className="app-name">Staffroom</p>
      <h1>Open Staffroom from its own address</h1>
      <p>
        For safety, this page only works when opened with the full address that <code>npm run serve</code>{' '}
        printed when it started (the part after <code>#key=</code> included). Copy that address from the
        window where Staffroom is running and open it here.
      </p>
    </main>
  );
}
