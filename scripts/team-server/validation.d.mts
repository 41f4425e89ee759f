// Types for TypeScript callers of validation.mjs.
export const SYNCED_TABLES: string[];
export const OWNED_TABLES: string[];
export const SERVICE_ROLES: string[];
export const DESIGN_DOC_ID: string;
export function serviceDbName(serviceId: string): string;
export function serviceRole(serviceId: string, role: string): string;
export function serviceSecurity(serviceId: string): {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
};
export function validationSource(serviceId: string): string;
export function designDoc(serviceId: string): { _id: string; language: string; validate_doc_update: string };
