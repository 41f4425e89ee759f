import * as z from 'zod/mini';
import { DATA_SOURCES, ITEM_IDS, SECTIONS, type ItemId } from '../fidelity/items';
import { CHECK_LEVELS, SCALE_SOURCES, type SourceId } from '../fidelity/verification';
import { noIdentityCode, RecordIdSchema, shortText } from '../records/base';

/*
 * The stored scale definition as a strict schema, so a backup file's `scales` records are checked
 * like every other table (a scale is data the reviews are read against, so a broken one must not
 * get in). The TypeScript type stays ScaleDefinition in fidelity/scale-definition.ts.
 */
const TEXT_MAX = 5_000;
const text = () => z.string().check(z.maxLength(TEXT_MAX), noIdentityCode);

const ItemTextSchema = z.strictObject({
  title: text(),
  description: text(),
  anchors: z.tuple([text(), text(), text(), text(), text()]),
});

const ScaleItemSchema = z.strictObject({
  id: z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
  section: z.enum(SECTIONS),
  number: z.int().check(z.positive()),
  dataSources: z.array(z.enum(DATA_SOURCES)),
  // Version 1 stored isAnchorVerified; version 2 on stores what each item was checked against.
  isAnchorVerified: z.optional(z.boolean()),
  verification: z.optional(
    z.strictObject({
      checkedOn: z.iso.date(),
      anchors: z.enum(CHECK_LEVELS),
      sources: z.array(z.enum(Object.keys(SCALE_SOURCES) as [SourceId, ...SourceId[]])).check(z.maxLength(20)),
    }),
  ),
  // Swedish came with version 2; older versions have Finnish and English only.
  texts: z.strictObject({ fi: ItemTextSchema, en: ItemTextSchema, sv: z.optional(ItemTextSchema) }),
});

export const ScaleDefinitionSchema = z.strictObject({
  key: RecordIdSchema,
  scaleId: RecordIdSchema,
  version: z.int().check(z.positive()),
  name: z.strictObject({ fi: shortText(), en: shortText(), sv: z.optional(shortText()) }),
  items: z.array(ScaleItemSchema).check(z.maxLength(100)),
});
