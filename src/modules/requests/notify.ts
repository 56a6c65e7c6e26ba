// The e-mails a request causes, written to the outbox in the request's own transaction.
// Neither carries personal data beyond the carer's own address: the specialists' notice says
// only that something arrived, and the carer's confirmation holds the reference code but not
// the private status link (the link's token is never stored, not even in the outbox).
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { enqueue } from '../../platform/mail/outbox.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import type { Handler } from './staff.js';

export async function queueConfirmation(trx: Transaction<DB>, tenant: Tenant, requestId: string, to: string, reference: string, now: Date): Promise<void> {
  const who = tenant.settings.specialistTitlePlural;
  await enqueue(trx, {
    tenantId: tenant.id, to, dedupeKey: `contact-request:${requestId}:confirmation`, publicTrigger: true,
    subject: `Vi har tagit emot din förfrågan ${reference}`,
    text: [
      'Hej!',
      '',
      `Tack för att du hörde av dig till anhörigstödet i ${tenant.name}. Vi har tagit emot din förfrågan om att bli kontaktad.`,
      `Din referenskod är ${reference}. Någon av våra ${who} hör av sig till dig.`,
      '',
      'Du kan se hur det går och återkalla förfrågan med den privata länk du fick på skärmen när du skickade den.',
      'Har du inte kvar länken? Ring eller mejla anhörigstödet och uppge referenskoden.',
      '',
      'Det här meddelandet går inte att svara på.',
    ].join('\n'),
  }, now);
}

export async function queueStaffNotices(trx: Transaction<DB>, tenant: Tenant, baseUrl: string, requestId: string, reference: string, unitName: string | null, handlers: Handler[], now: Date): Promise<void> {
  for (const h of handlers) {
    await enqueue(trx, {
      tenantId: tenant.id, to: h.email, dedupeKey: `contact-request:${requestId}:notify:${h.id}`,
      subject: 'Ny förfrågan om kontakt i Bredvid',
      text: [
        `En ny förfrågan om kontakt (${reference}) har kommit${unitName ? ` till ${unitName}` : ' till den gemensamma kön'}.`,
        '',
        `Logga in för att läsa den: ${baseUrl.replace(/\/$/, '')}/${tenant.slug}/personal/forfragningar/${requestId}`,
        '',
        'Meddelandet innehåller inga personuppgifter.',
      ].join('\n'),
    }, now);
  }
}
