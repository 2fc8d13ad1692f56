/**
 * Polls in the JSON API for staff (`poll.manage`), calling the same operations as the admin pages:
 *   GET    /api/v1/sites/{site}/polls             every poll of the site, newest first
 *   POST   /api/v1/sites/{site}/polls             create → 201
 *   GET    /api/v1/sites/{site}/polls/{id}        one poll with its counts
 *   PATCH  /api/v1/sites/{site}/polls/{id}        change the fields given
 *   POST   /api/v1/sites/{site}/polls/{id}/close  close now
 *   DELETE /api/v1/sites/{site}/polls/{id}        delete with its votes → 204
 */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/http/errors.js';
import type { Services } from '../../services.js';
import { type ApiContext, apiRoute } from '../admin/context.js';
import { idParam } from '../sites/admin-input.js';
import { inputOf, jsonInput, newPollDefaults } from './input.js';
import { closePoll, createPoll, deletePoll, getPoll, listPolls, updatePoll } from './operations.js';
import { type Poll, pollState } from './polls.js';
import { pollRoutePaths } from './urls.js';

/** A poll as staff see it through the API. */
export function adminPollJson(poll: Poll) {
  return {
    id: poll.id,
    lang: poll.lang,
    question: poll.question,
    multiple: poll.multiple,
    state: pollState(poll),
    opensAt: new Date(poll.opensAt).toISOString(),
    closesAt: poll.closesAt === null ? null : new Date(poll.closesAt).toISOString(),
    placement: poll.placement,
    hidden: poll.hidden,
    totalVoters: poll.totalVoters,
    createdAt: new Date(poll.createdAt).toISOString(),
    options: poll.options.map((o) => ({ id: o.id, label: o.label, votes: o.votes })),
  };
}

function routeId(ctx: ApiContext): number {
  const id = idParam((ctx.request.params as { id?: string }).id);
  if (id === undefined) throw notFound();
  return id;
}

export function pollApiRoutes(app: FastifyInstance, services: Services): void {
  const options = { permission: 'poll.manage' } as const;
  const paths = pollRoutePaths;

  apiRoute(
    app,
    services,
    'GET',
    paths.sitePolls,
    async (ctx) => ({ polls: (await listPolls(ctx, ctx.site)).map(adminPollJson) }),
    options,
  );
  apiRoute(
    app,
    services,
    'POST',
    paths.sitePolls,
    async (ctx) => {
      const poll = await createPoll(
        ctx,
        ctx.site,
        jsonInput(ctx.request.body, newPollDefaults(ctx.site.defaultLang)),
      );
      return ctx.reply.code(201).send({ poll: adminPollJson(poll) });
    },
    options,
  );
  apiRoute(
    app,
    services,
    'GET',
    paths.sitePoll,
    async (ctx) => ({ poll: adminPollJson(await getPoll(ctx, ctx.site, routeId(ctx))) }),
    options,
  );
  apiRoute(
    app,
    services,
    'PATCH',
    paths.sitePoll,
    async (ctx) => {
      const current = await getPoll(ctx, ctx.site, routeId(ctx));
      const poll = await updatePoll(ctx, ctx.site, current.id, jsonInput(ctx.request.body, inputOf(current)));
      return { poll: adminPollJson(poll) };
    },
    options,
  );
  apiRoute(
    app,
    services,
    'POST',
    paths.sitePollClose,
    async (ctx) => ({ poll: adminPollJson(await closePoll(ctx, ctx.site, routeId(ctx))) }),
    options,
  );
  apiRoute(
    app,
    services,
    'DELETE',
    paths.sitePoll,
    async (ctx) => {
      await deletePoll(ctx, ctx.site, routeId(ctx));
      return ctx.reply.code(204).send();
    },
    options,
  );
}
