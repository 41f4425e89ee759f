import * as z from 'zod/mini';
import { longText, noIdentityCode, shortText, syncFields } from './base';

/** A supported-employment service that is reviewed, e.g. "Työvalmennuspalvelu Kätevä". */
export const ServiceSchema = z.strictObject({
  ...syncFields,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200), noIdentityCode),
  organisation: shortText(),
  region: shortText(),
  notes: longText(),
});
export type Service = z.infer<typeof ServiceSchema>;

/** What a user fills in when creating or editing a service. */
export type ServiceDraft = Pick<Service, 'name' | 'organisation' | 'region' | 'notes'>;
