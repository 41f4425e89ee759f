import i18next from 'i18next';

/**
 * A lazily loaded part of a screen together with the message namespaces it uses, fetched side by
 * side: the part suspends once, instead of once for its code and again, after its first render,
 * for its words (react-i18next asks for a namespace only when a component renders with it). On the
 * scoring screen that second wait held the evidence panel's reads back by ~400 ms at 4× CPU.
 * i18next settles the namespaces' promise even when a file fails; useTranslation then asks again.
 */
export function withMessages<T>(load: () => Promise<T>, namespaces: readonly string[]): () => Promise<T> {
  return () => Promise.all([load(), i18next.loadNamespaces([...namespaces])]).then(([loaded]) => loaded);
}
