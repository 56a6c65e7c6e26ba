// Saving a municipality's settings (SPEC §3): parse the stored JSON, merge the form's fields
// over it, validate the whole with tenantSettingsSchema, store. Keys this form does not know
// (other modules' settings, or a newer version's) are kept as they are.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { Invalid, type FieldErrors } from '../../platform/http/errors.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import { parseSettings, tenantSettingsSchema, type TenantSettings } from '../../platform/tenancy/settings.js';
import { CONTENT_LOCALES } from '../../platform/domain/vocab.js';
import { requireWholeMunicipality } from './policy.js';
import type { SettingsPatch } from './settings-form.js';
import { RESERVED_SLUGS } from './tenant-setup.js';
import * as q from './queries.js';

function rawObject(json: string | undefined): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Merge a patch over stored settings JSON and validate the result; unknown keys survive. */
export function mergeSettings(storedJson: string | undefined, patch: Partial<TenantSettings>):
  { ok: true; settings: TenantSettings; json: string } | { ok: false; errors: FieldErrors } {
  const raw = rawObject(storedJson);
  const merged: Record<string, unknown> = { ...raw, ...patch };
  if (patch.intro && raw.intro && typeof raw.intro === 'object') {
    // The patch holds every content language (an emptied one is left out, so it is cleared);
    // keys that are not content languages are someone else's and stay.
    const others = Object.entries(raw.intro as Record<string, unknown>).filter(([k]) => !(CONTENT_LOCALES as readonly string[]).includes(k));
    merged.intro = { ...Object.fromEntries(others), ...patch.intro };
  }
  const res = tenantSettingsSchema.safeParse(merged);
  if (!res.success) {
    const errors: FieldErrors = {};
    for (const issue of res.error.issues) {
      const key = String(issue.path[0] ?? '_form');
      const field = key in patch && key !== 'routing' && key !== 'intro' ? key : '_form';
      errors[field] ??= field === '_form' ? `Inställningen ${issue.path.join('.')} är ogiltig: ${issue.message}` : 'Värdet är inte giltigt';
    }
    return { ok: false, errors };
  }
  return { ok: true, settings: res.data, json: JSON.stringify({ ...merged, ...res.data }) };
}

export async function getSettings(db: Kysely<DB>, tenantId: string): Promise<TenantSettings> {
  return parseSettings((await q.readSettingsJson(db, tenantId)) ?? '{}');
}

/** `reserved` holds the first path segments the app itself uses below /{kommun}: an alias may not shadow them. */
export async function saveSettings(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, patch: SettingsPatch, ruleRows: number[], reserved: ReadonlySet<string> = new Set()): Promise<void> {
  requireWholeMunicipality(scope);
  const errors: FieldErrors = {};
  const units = await listUnits(db, actor.tenantId);
  patch.routing.forEach((r, i) => {
    const unit = units.find((u) => u.id === r.routeToUnitId);
    if (!unit) errors[`rule${ruleRows[i]}_unitId`] = 'Välj en enhet i listan';
    else if (!unit.active) errors[`rule${ruleRows[i]}_unitId`] = 'Enheten är inaktiv';
  });
  if (patch.violenceUnitId) {
    const unit = units.find((u) => u.id === patch.violenceUnitId);
    if (!unit) errors.violenceUnitId = 'Välj en enhet i listan';
    else if (!unit.active) errors.violenceUnitId = 'Enheten är inaktiv';
  }
  if (patch.shortAlias) {
    const alias = patch.shortAlias;
    const others = await q.otherTenantsSettings(db, actor.tenantId);
    if (RESERVED_SLUGS.includes(alias) || reserved.has(alias) || others.some((o) => o.slug === alias || parseSettings(o.settings).shortAlias === alias)) {
      errors.shortAlias = 'Adressen används redan. Välj en annan.';
    }
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  await db.transaction().execute(async (trx) => {
    const merged = mergeSettings(await q.readSettingsJson(trx, actor.tenantId), patch);
    if (!merged.ok) throw new Invalid(merged.errors);
    await q.writeSettingsJson(trx, actor.tenantId, merged.json);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'settings.update', subjectType: 'tenant', subjectId: actor.tenantId }, clock.now());
  });
}
