import type { Item } from '../../../shared/documents.js';
import { consultationEndpoints as endpoints } from '../../../shared/endpoints/consultations.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { documentWithItems } from '../documents/queries.js';
import { mayRespond, recipientOf, respondToComment, saveAnswer, sendConsultation, submitAnswer } from './commands.js';
import { presentConsultation, presentSummary, recipientName } from './presenter.js';

/** Where in the sent text a comment points, in words a reader of the compiled answers follows. */
function targetLabel(items: Item[], itemId: string | null, paragraph: number | null, language: 'sv' | 'en') {
  if (paragraph !== null) return `${language === 'en' ? 'Paragraph' : 'Stycke'} ${paragraph}`;
  if (itemId === null) return '';
  const find = (list: Item[]): Item | null => list.reduce<Item | null>((hit, i) => hit ?? (i.id === itemId ? i : find(i.children)), null);
  const hit = find(items);
  return hit ? [hit.number, hit.title].filter(Boolean).join(' ') : '';
}

export function consultationRoutes(routes: Routes, { clock }: AppDeps) {
  async function load(scope: RequestScope, id: string) {
    const repo = scope.repos.consultations;
    const round = await repo.round(id);
    if (!round) throw notFound();
    const document = await documentWithItems(scope.db, scope.organisationId, round.round.documentId);
    const recipients = await repo.recipients([id]);
    const mine = await recipientOf(repo, scope.auth, id);
    return presentConsultation(round, recipients, await repo.comments(id), mine, mayRespond(scope.auth, document?.doc.ownerId ?? null), clock.today());
  }

  routes.on(endpoints.send, async (request) => {
    const { scope } = request;
    const id = await sendConsultation(scope, request.params.id, expectedVersion(request), request.body);
    return load(scope, id);
  });

  routes.on(endpoints.ofDocument, async (request) => {
    const { scope } = request;
    const found = await documentWithItems(scope.db, scope.organisationId, request.params.id);
    if (!found) throw notFound();
    const repo = scope.repos.consultations;
    const rounds = await repo.ofDocument(request.params.id);
    const recipients = await repo.recipients(rounds.map((r) => r.round.id));
    const today = clock.today();
    return {
      items: rounds.map((r) => presentSummary(r, recipients, null, today)),
      allowedSend: found.doc.status === 'draft' && scope.can('document.transition', { departmentIds: [], ownerIds: [found.doc.ownerId] }),
    };
  });

  routes.on(endpoints.mine, async (request) => {
    const { scope } = request;
    const repo = scope.repos.consultations;
    const departmentId = scope.auth.departmentId ?? (await repo.personDepartment(scope.auth.personId));
    const rounds = await repo.forRecipient(scope.auth.personId, departmentId);
    const recipients = await repo.recipients(rounds.map((r) => r.round.id));
    const today = clock.today();
    return { items: rounds.map((r) => presentSummary(r, recipients, r.myStatus, today)) };
  });

  routes.on(endpoints.get, async (request) => load(request.scope, request.params.id));

  routes.on(endpoints.saveAnswer, async (request, reply) => {
    const { scope } = request;
    await saveAnswer(scope, request.params.id, expectedVersion(request), request.body);
    const body = await load(scope, request.params.id);
    if (body.myAnswer) setEtag(reply, body.myAnswer.rowVersion);
    return body;
  });

  routes.on(endpoints.submitAnswer, async (request, reply) => {
    const { scope } = request;
    await submitAnswer(scope, request.params.id, expectedVersion(request));
    const body = await load(scope, request.params.id);
    if (body.myAnswer) setEtag(reply, body.myAnswer.rowVersion);
    return body;
  });

  routes.on(endpoints.respond, async (request) => {
    const { scope } = request;
    await respondToComment(scope, request.params.id, request.params.commentId, expectedVersion(request), request.body);
    return load(scope, request.params.id);
  });

  routes.on(endpoints.compiled, async (request) => {
    const { scope } = request;
    const { id, version } = request.params;
    const found = await documentWithItems(scope.db, scope.organisationId, id);
    // Kept with a decided version: a version not (yet) decided has no compiled answers.
    if (!found || found.doc.adoptedVersion === null || version > found.doc.adoptedVersion) throw notFound();
    const repo = scope.repos.consultations;
    const rounds = await repo.ofVersion(id, version);
    const recipients = await repo.recipients(rounds.map((r) => r.round.id));
    const rows = [];
    for (const round of rounds) {
      const comments = await repo.comments(round.round.id);
      for (const r of recipients.filter((x) => x.recipient.consultationId === round.round.id && x.recipient.status === 'submitted')) {
        const base = { roundId: round.round.id, recipient: recipientName(r) };
        if (r.recipient.noObjection) rows.push({ ...base, target: '', itemId: null, paragraph: null, comment: '', noObjection: true, response: null, responseText: '' });
        for (const c of comments.filter((x) => x.recipientId === r.recipient.id)) {
          rows.push({
            ...base,
            target: targetLabel(round.round.snapshot.items, c.itemId, c.paragraph, scope.auth.language),
            itemId: c.itemId,
            paragraph: c.paragraph,
            comment: c.text,
            noObjection: false,
            response: c.response as 'accepted' | 'partly' | 'not_accepted' | null,
            responseText: c.responseText,
          });
        }
      }
    }
    return {
      documentId: id,
      version,
      rounds: rounds.map((r) => ({
        id: r.round.id,
        sentOn: r.round.createdAt.toISOString(),
        lastAnswerOn: r.round.lastAnswerOn,
        notAnswered: recipients.filter((x) => x.recipient.consultationId === r.round.id && x.recipient.status !== 'submitted').map(recipientName),
      })),
      rows,
    };
  });
}
