import * as z from 'zod/mini';
import { CONTACT_LOG_REVIEWS } from '../evidence/evidence-input';
import { longText, noIdentityCode, shortText, syncFields } from './base';

/** A supported-employment service that is reviewed, e.g. "Työvalmennuspalvelu Kätevä". */
const serviceObject = () =>
  z.strictObject({
    ...syncFields,
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200), noIdentityCode),
    organisation: shortText(),
    region: shortText(),
    notes: longText(),
    /**
     * How the team leader reviews the employer contact log (services-6's anchors: weekly for a 5,
     * monthly for a 3 or 4). Missing or null: not recorded. Optional, so services stored before
     * evidence rules version 2 stay valid as they are.
     */
    contactLogReview: z.optional(z.nullable(z.enum(CONTACT_LOG_REVIEWS))),
  });
export const ServiceSchema = z.lazy(serviceObject);
export type Service = z.infer<typeof ServiceSchema>;

/** What a user fills in when creating or editing a service. */
export type ServiceDraft = Pick<Service, 'name' | 'organisation' | 'region' | 'notes'>;
export const ServiceDraftSchema = z.lazy(() => z.pick(serviceObject(), { name: true, organisation: true, region: true, notes: true }));
