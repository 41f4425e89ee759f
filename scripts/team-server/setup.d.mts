// Types for TypeScript callers of setup.mjs.
export type ServiceRoleName = 'lead' | 'coach' | 'reviewer' | 'manager';
export interface TeamFile {
  services: { id: string; name: string }[];
  users: { name: string; password: string; services: Record<string, ServiceRoleName[]> }[];
}
export interface ServiceSetupResult {
  id: string;
  db: string;
  database: 'created' | 'unchanged';
  security: 'set' | 'unchanged';
  validation: 'set' | 'unchanged';
  /** 'created', 'unchanged', or 'kept (the app calls it "…")' */
  serviceRecord: string;
}
export interface UserSetupResult {
  name: string;
  /** 'created', 'unchanged', 'updated roles', 'updated password', 'updated roles and password' */
  action: string;
  roles: string[];
}
export interface TeamSetupResult {
  services: ServiceSetupResult[];
  users: UserSetupResult[];
  warnings: string[];
}
export class TeamSetupError extends Error {}
export function adminConnection(adminUrl: string, fallback?: { name?: string; password?: string }): { base: string; authorization: string };
export function setupTeam(
  adminUrl: string,
  team: unknown,
  options?: { admin?: { name?: string; password?: string }; now?: Date },
): Promise<TeamSetupResult>;
