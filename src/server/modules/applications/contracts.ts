import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { validationFailed } from '../../platform/errors.js';
import { agreements, applicationAgreements } from './schema.js';
import type { Snapshot } from './snapshot.js';

/** A system's contract: its own, or an agreement of the agreements register (DECISIONS.md 7). */
export function contractRepository(db: Db, organisationId: string) {
  return {
    /**
     * The register's contract fields edit the system's primary agreement (DECISIONS.md 7) — unless
     * it is an agreement of the agreements register, which owns its dates: then the fields show
     * them and a change is refused with the reason.
     */
    async save(id: string, contract: Snapshot['contract'], supplierId: string | null, vendorName: string | null) {
      const [link] = await db
        .select({ linkId: applicationAgreements.id, agreementId: applicationAgreements.agreementId, registered: agreements.registered, endDate: agreements.endDate, noticeMonths: agreements.noticeMonths })
        .from(applicationAgreements)
        .innerJoin(agreements, and(eq(agreements.id, applicationAgreements.agreementId), eq(agreements.organisationId, applicationAgreements.organisationId)))
        .where(and(eq(applicationAgreements.organisationId, organisationId), eq(applicationAgreements.applicationId, id), eq(applicationAgreements.isPrimary, true)))
        .limit(1);
      if (contract.agreementId) {
        // The register owns the agreement's dates: the fields may repeat them or leave them empty.
        const [chosen] = await db
          .select({ endDate: agreements.endDate, noticeMonths: agreements.noticeMonths })
          .from(agreements)
          .where(and(eq(agreements.id, contract.agreementId), eq(agreements.organisationId, organisationId), eq(agreements.registered, true), isNull(agreements.archivedAt)));
        if (!chosen) throw validationFailed([{ field: 'contract.agreementId', key: 'unknown_reference' }]);
        const unchanged = (contract.endDate === null && contract.noticeMonths === null) || (contract.endDate === chosen.endDate && contract.noticeMonths === chosen.noticeMonths);
        if (!unchanged) throw validationFailed([{ field: 'contract.endDate', key: 'agreement_in_register' }]);
        // What the audit trail records is the contract as it stands: the register's dates.
        contract.endDate = chosen.endDate;
        contract.noticeMonths = chosen.noticeMonths;
        if (link?.agreementId === contract.agreementId) return;
        if (link) await db.update(applicationAgreements).set({ isPrimary: false }).where(and(eq(applicationAgreements.organisationId, organisationId), eq(applicationAgreements.id, link.linkId)));
        await db
          .insert(applicationAgreements)
          .values({ organisationId, applicationId: id, agreementId: contract.agreementId, isPrimary: true })
          .onConflictDoUpdate({ target: [applicationAgreements.applicationId, applicationAgreements.agreementId], set: { isPrimary: true } });
        return;
      }
      // The system's own contract. A register agreement it pointed at stays linked (a system links
      // to any number of agreements) but is no longer the one its contract fields show.
      if (link?.registered) await db.update(applicationAgreements).set({ isPrimary: false }).where(and(eq(applicationAgreements.organisationId, organisationId), eq(applicationAgreements.id, link.linkId)));
      // Its own contract from before, if any, becomes the primary one again rather than a new twin.
      const own = link?.registered
        ? (
            await db
              .select({ linkId: applicationAgreements.id, agreementId: applicationAgreements.agreementId })
              .from(applicationAgreements)
              .innerJoin(agreements, and(eq(agreements.id, applicationAgreements.agreementId), eq(agreements.organisationId, applicationAgreements.organisationId)))
              .where(and(eq(applicationAgreements.organisationId, organisationId), eq(applicationAgreements.applicationId, id), eq(agreements.registered, false)))
              .limit(1)
          )[0]
        : link;
      const empty = contract.endDate === null && contract.noticeMonths === null;
      if (own) {
        if (link?.registered) await db.update(applicationAgreements).set({ isPrimary: true }).where(and(eq(applicationAgreements.organisationId, organisationId), eq(applicationAgreements.id, own.linkId)));
        await db
          .update(agreements)
          .set({ endDate: contract.endDate, noticeMonths: contract.noticeMonths, supplierId, updatedAt: new Date(), rowVersion: sql`${agreements.rowVersion} + 1` })
          .where(and(eq(agreements.id, own.agreementId), eq(agreements.organisationId, organisationId), eq(agreements.registered, false)));
        return;
      }
      if (empty) return;
      const [agreement] = await db
        .insert(agreements)
        .values({ organisationId, supplierId, name: vendorName ?? '', kind: 'contract', endDate: contract.endDate, noticeMonths: contract.noticeMonths })
        .returning({ id: agreements.id });
      await db.insert(applicationAgreements).values({ organisationId, applicationId: id, agreementId: agreement!.id, isPrimary: true });
    },

    /** Links a register agreement to the system; it becomes the primary one when the system has none. */
    async link(id: string, agreementId: string) {
      const [primary] = await db
        .select({ id: applicationAgreements.id })
        .from(applicationAgreements)
        .where(and(eq(applicationAgreements.organisationId, organisationId), eq(applicationAgreements.applicationId, id), eq(applicationAgreements.isPrimary, true)))
        .limit(1);
      await db.insert(applicationAgreements).values({ organisationId, applicationId: id, agreementId, isPrimary: !primary }).onConflictDoNothing();
    },
  };
}
