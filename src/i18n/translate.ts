import type { TFunction } from 'i18next';
import type { Resources } from './resources';

/**
 * A `t` that takes a key of any namespace (`'report:document.title'`): for helpers that are given
 * their caller's `t` (whichever namespaces it was asked for) and for the report's own-language `t`.
 */
export type AnyNamespaceT = TFunction<Namespace[]>;

/** A namespace: the name of a file in src/i18n/<language>/. */
export type Namespace = keyof Resources;
