import type { i18n as I18n } from 'i18next';
import { useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext, type useTranslation as reactI18nextUseTranslation } from 'react-i18next';

/**
 * react-i18next's `useTranslation` for the app's use of it (namespaces as the first argument, no
 * options): `{ t, i18n }` for the language in use, re-rendering on a language change and holding
 * the component in Suspense until its namespaces are loaded, with the same types.
 *
 * Why not react-i18next's own: it does work on every render and mount that this app never needs
 * (issue 15, profiled at 4× CPU): each mount copies the i18next instance into a wrapper object,
 * each render spreads its options afresh and builds a new `t` snapshot check, and each `t` call spreads
 * all of i18next's options. On the scoring screen's start that was ~35 ms of the ~200 ms of
 * JavaScript before the first choice. Here the `t` of a language and first namespace is made once
 * and shared: it answers plain messages and fills simple `{{name}}` placeholders from i18next's
 * resources itself (keepingFoundStrings); anything else goes to i18next.
 */
// The cast gives callers react-i18next's own signature (typed `ns:key` keys per namespace), which
// this hook keeps; inside, i18next's `t` is used untyped (LooseT).
export const useTranslation = ((ns?: string | readonly string[]) => {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const state = stateOf(i18n);
  const language = useSyncExternalStore(state.subscribe, () => i18n.language);
  const namespaces = ns === undefined ? [defaultNamespace(i18n)] : typeof ns === 'string' ? [ns] : ns;
  const shared = sharedFor(state, i18n, language, namespaces[0] ?? defaultNamespace(i18n));
  for (const namespace of namespaces) {
    if (!isLoaded(shared, i18n, namespace)) throw loading(state, i18n, language, namespaces);
  }
  return shared.response;
}) as typeof reactI18nextUseTranslation;

function defaultNamespace(i18n: I18n): string {
  const fallback = i18n.options.defaultNS;
  return (Array.isArray(fallback) ? fallback[0] : typeof fallback === 'string' ? fallback : undefined) ?? 'translation';
}

type LooseT = (key: unknown, ...rest: unknown[]) => unknown;

interface Shared {
  response: ReturnType<typeof reactI18nextUseTranslation>;
  /** Namespaces known to be loaded in this language: once loaded, i18next keeps them. */
  loaded: Set<string>;
}

/** What the hook keeps per i18next instance (the app's, or a test's own). */
interface InstanceState {
  /** One subscribe function, so that React does not subscribe again on each render. */
  subscribe: (onChange: () => void) => () => void;
  /** By language and first namespace. */
  shared: Map<string, Shared>;
  /** The promise Suspense waits on, by language and namespaces, while they load. */
  loading: Map<string, Promise<void>>;
}

const states = new WeakMap<I18n, InstanceState>();

function stateOf(i18n: I18n): InstanceState {
  let state = states.get(i18n);
  if (!state) {
    state = {
      subscribe: (onChange) => {
        i18n.on('languageChanged', onChange);
        return () => i18n.off('languageChanged', onChange);
      },
      shared: new Map(),
      loading: new Map(),
    };
    states.set(i18n, state);
  }
  return state;
}

function sharedFor(state: InstanceState, i18n: I18n, language: string, namespace: string): Shared {
  const key = `${language}|${namespace}`;
  let entry = state.shared.get(key);
  if (!entry) {
    // getFixedT's typed overloads take only the app's namespace names; the namespace here is a string.
    const fixed = (i18n as unknown as { getFixedT(lng: string, ns: string): LooseT }).getFixedT(language, namespace);
    const t = keepingFoundStrings(fixed, (key) => storedMessage(i18n, language, namespace, key), fillsAsI18next(i18n));
    const response = Object.assign([t, i18n, true], { t, i18n, ready: true });
    // The same shape as react-i18next's response; its `t` type is the typed one callers expect.
    entry = { response: response as unknown as Shared['response'], loaded: new Set() };
    state.shared.set(key, entry);
  }
  return entry;
}

function isLoaded(entry: Shared, i18n: I18n, namespace: string): boolean {
  if (entry.loaded.has(namespace)) return true;
  if (!i18n.hasLoadedNamespace(namespace)) return false;
  entry.loaded.add(namespace);
  return true;
}

function loading(state: InstanceState, i18n: I18n, language: string, namespaces: readonly string[]): Promise<void> {
  const key = `${language}|${namespaces.join(' ')}`;
  let promise = state.loading.get(key);
  if (!promise) {
    // i18next settles this even when a file fails to load; the component then renders, and a
    // missing message shows as its key (as with react-i18next).
    promise = i18n.loadNamespaces([...namespaces]).finally(() => state.loading.delete(key));
    state.loading.set(key, promise);
  }
  return promise;
}

/**
 * A message as stored in i18next's resources (a key with its namespace, or in `namespace`), if
 * it is a string that nests no other message (`$t(`); undefined otherwise or when missing.
 */
function storedMessage(i18n: I18n, language: string, namespace: string, key: string): string | undefined {
  const separator = key.indexOf(':');
  const value: unknown =
    separator > 0
      ? i18n.getResource(language, key.slice(0, separator), key.slice(separator + 1))
      : i18n.getResource(language, namespace, key);
  return typeof value === 'string' && !value.includes('$t(') ? value : undefined;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
/** Options by which i18next picks another message (plural, context) rather than filling this one. */
const CHOOSING_OPTIONS = new Set(['count', 'context', 'ordinal']);

/** A stored message, read and parsed once per language: its text and its placeholders' names. */
interface Template {
  text: string;
  /** Empty for a plain message; null when a placeholder has another form (a format, `{{- x}}`). */
  names: readonly string[] | null;
}

function templateOf(text: string): Template {
  const names = Array.from(text.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
  return { text, names: names.length === text.split('{{').length - 1 ? names : null };
}

/**
 * The template with its `{{name}}` placeholders filled from `values` as i18next fills them (when
 * fillsAsI18next), or undefined when i18next must do it: another placeholder form, an option that
 * is not one of the message's values (defaultValue, lng, …) or that chooses the message (count,
 * context), a value missing or not text or a number. On the scoring screen a tap's strip and the
 * live query's answer after it fill ~20 such messages (issue 15).
 */
function filledMessage({ text, names }: Template, values: Record<string, unknown>): string | undefined {
  if (names === null) return undefined;
  for (const [name, value] of Object.entries(values)) {
    if (!names.includes(name) || CHOOSING_OPTIONS.has(name)) return undefined;
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return undefined;
  }
  if (!names.every((name) => Object.hasOwn(values, name))) return undefined;
  return names.length === 0 ? text : text.replace(PLACEHOLDER, (_placeholder, name: string) => String(values[name]));
}

/** Whether i18next fills `{{name}}` as filledMessage does: unescaped, with the default braces. */
function fillsAsI18next(i18n: I18n): boolean {
  const { escapeValue, prefix = '{{', suffix = '}}' } = i18n.options.interpolation ?? {};
  return escapeValue === false && prefix === '{{' && suffix === '}}';
}

const isValues = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A `t` that answers a plain message, and fills a message's simple placeholders, from i18next's
 * resources itself; anything else goes to i18next. A plain key (no options) has no count, context
 * or values, so i18next would return the stored string: its lookup, option merging and
 * interpolation passes cost ~0.5 ms a call at 4× CPU while its code is cold, which is every call
 * of a screen's first render.
 */
function keepingFoundStrings(t: LooseT, stored: (key: string) => string | undefined, fills: boolean): LooseT {
  // By key, read once: null when i18next must translate it (missing, or nesting another message).
  const templates = new Map<string, Template | null>();
  // i18next's answers for plain keys it had to translate (a message in one language is constant).
  const found = new Map<string, string>();
  const templateFor = (key: string) => {
    let template = templates.get(key);
    if (template === undefined) {
      const text = stored(key);
      template = text === undefined ? null : templateOf(text);
      templates.set(key, template);
    }
    return template;
  };
  const cached: LooseT = (key, ...rest) => {
    if (typeof key !== 'string') return t(key, ...rest);
    if (fills && rest.length === 1 && isValues(rest[0])) {
      const template = templateFor(key);
      return (template && filledMessage(template, rest[0])) ?? t(key, ...rest);
    }
    if (rest.length > 0) return t(key, ...rest);
    const template = templateFor(key);
    if (template?.names?.length === 0) return template.text;
    const known = found.get(key);
    if (known !== undefined) return known;
    const value = t(key);
    // A key not found comes back as itself (`ns:key`): not kept, so that it is looked up again.
    if (typeof value === 'string' && value !== key) found.set(key, value);
    return value;
  };
  // The fixed language and namespace, as i18next's own `t` carries them.
  return Object.assign(cached, t);
}
