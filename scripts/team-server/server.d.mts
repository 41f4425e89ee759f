// Types for TypeScript callers (tests, browser-test harnesses) of server.mjs.
export interface TeamServerAdmin {
  name: string;
  password: string;
}
export interface StartTeamServerOptions {
  /** Default 4174; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Keep the databases in memory instead of dataDir. */
  memory?: boolean;
  /** Default .team-server: LevelDB databases, config.json (hashed admin) and log.txt. */
  dataDir?: string;
  /** The built app; default dist. Without dist/index.html, app pages answer 503. */
  dist?: string;
  /** The server admin; left out: the folder's admin is kept, or "admin" with a generated password. */
  admin?: TeamServerAdmin;
}
export interface TeamServer {
  /** e.g. http://127.0.0.1:4174 */
  url: string;
  /** url + '/couchdb' */
  couchUrl: string;
  port: number;
  /** password is null when the folder's existing admin was kept. */
  admin: { name: string; password: string | null; generated: boolean };
  /** Closes connections (live replication included) and the databases. */
  stop(): Promise<void>;
}
export const DEFAULT_PORT: number;
export const DEFAULT_DATA_DIR: string;
export function startTeamServer(options?: StartTeamServerOptions): Promise<TeamServer>;
