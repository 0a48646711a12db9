import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@/lib/exchange/csv';
import { REPLICATED_FIELD_SCHEMAS } from '@/lib/exchange/replica-schema';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { EDITABLE_FIELD_NAMES, EDITABLE_FIELDS, EDITABLE_LISTS, USER_EDITED } from '@/lib/model';

describe('the editable fields, defined once', () => {
  it('each field syncs with the schema of its table row and has its own CSV column', () => {
    const columns = new Set<string>(CSV_COLUMNS);
    const seen = new Set<string>();
    for (const field of EDITABLE_FIELD_NAMES) {
      const spec = EDITABLE_FIELDS[field];
      expect(REPLICATED_FIELD_SCHEMAS[field], field).toBe(spec.schema);
      expect(columns.has(spec.column), spec.column).toBe(true);
      expect(seen.has(spec.column), spec.column).toBe(false);
      seen.add(spec.column);
    }
    for (const list of EDITABLE_LISTS) expect(columns.has(list)).toBe(true);
  });

  it('the sync panel shows conflicts on exactly these, each named in English and French', () => {
    expect([...USER_EDITED].sort()).toEqual([...EDITABLE_FIELD_NAMES, ...EDITABLE_LISTS].sort());
    for (const field of USER_EDITED) {
      expect(en, field).toHaveProperty(`field.${field}`);
      expect(fr, field).toHaveProperty(`field.${field}`);
    }
  });

  it('keeps the user fields last in the replicated document, in table order (packed entries rely on it)', () => {
    const names = Object.keys(REPLICATED_FIELD_SCHEMAS);
    expect(names.slice(-EDITABLE_FIELD_NAMES.length)).toEqual(EDITABLE_FIELD_NAMES);
  });
});
