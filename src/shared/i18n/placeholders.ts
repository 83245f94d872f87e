/** `template` with its `{name}` placeholders filled from `vars`; an unknown placeholder stays visible. */
export function fillPlaceholders(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/**
 * An i18next catalog string with its `{{name}}` placeholders filled from `vars`, as i18next's `t`
 * fills them; an unknown placeholder stays visible.
 */
export function fillCatalogText(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** A translate function with i18next's `t` signature, for text made outside the UI (the CLI). */
export type CatalogTranslate = (key: string, params?: Record<string, string | number>) => string;

/**
 * `t` over one flat section of a catalog: `<prefix><code>` gives the section's string for `code`
 * filled with the params (the code itself where the section has none). The CLI's English for
 * messages the UI translates with i18next under the same keys.
 */
export function sectionTranslate(
  prefix: string,
  section: Readonly<Record<string, string>>,
): CatalogTranslate {
  return (key, params) => {
    const code = key.startsWith(prefix) ? key.slice(prefix.length) : key;
    return fillCatalogText(section[code] ?? code, params);
  };
}
