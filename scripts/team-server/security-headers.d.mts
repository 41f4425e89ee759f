export const DOCUMENT_POLICY: string;
export const CONTENT_SECURITY_POLICY: string;
export const SECURITY_HEADERS: Record<string, string>;
/** The Cache-Control a host sends for one path of the built app (README, "Deployment"). */
export function cacheControlFor(pathname: string): string;
