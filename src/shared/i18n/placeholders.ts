/** `template` with its `{name}` placeholders filled from `vars`; an unknown placeholder stays visible. */
export function fillPlaceholders(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
