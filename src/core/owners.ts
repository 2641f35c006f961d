/** The owners a CODEOWNERS file names: `@user`, `@org/team` and e-mail addresses, each once. */
export function ownersFromCodeowners(text: string): string[] {
  const owners = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const content = line.replace(/#.*$/, '').trim();
    if (!content) continue;
    for (const token of content.split(/\s+/).slice(1)) {
      if (/^@[\w.-]+(\/[\w.-]+)?$/.test(token) || /^[^@\s]+@[^@\s]+\.\w+$/.test(token)) owners.add(token);
    }
  }
  return [...owners];
}
