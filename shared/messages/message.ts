// A station-generated sentence as a message key and its parameters, so each window can say it in its own language.
// A parameter may itself be a message: a phrase (e.g. "3 days after the last lymphodepletion dose") said in the same language.

export type MessageParam = string | number | Message;

export interface Message {
  /** A dotted key of the window's translations, e.g. "said.window.inWindow". */
  readonly key: string;
  readonly params: Readonly<Record<string, MessageParam>>;
}

export function message(key: string, params: Readonly<Record<string, MessageParam>> = {}): Message {
  return { key, params };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string' && typeof (value as Message).params === 'object';
}

/** A catalogue of "{{name}}" templates, nested by the dots of the keys (the shape of the window's translation files). */
export type Catalogue = { readonly [key: string]: string | Catalogue };

/** The template for a key, or undefined when the catalogue has none. */
export function template(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The message in the catalogue's language: nested messages first, then "{{name}}" replaced by its value (a key the
 * catalogue lacks is shown as the key: words missing must never stop the grading). */
export function renderMessage(m: Message, catalogue: Catalogue): string {
  const text = template(catalogue, m.key);
  if (text === undefined) return m.key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = m.params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? renderMessage(value, catalogue) : String(value);
  });
}
