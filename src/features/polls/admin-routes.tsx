/**
 * Polls in the admin (site admins, `poll.manage`): `/admin/sites/<code>/polls` lists them with their
 * state and voters and a button to close an open one; `/polls/new` and `/polls/<id>` are the form
 * (question, 2–10 options, single or multiple choice, opening and closing time in Vietnam time,
 * placement, hidden) with the results so far. Plain forms: no JavaScript needed.
 */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/http/errors.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDateTime, formatNumber } from '../../platform/vietnamese/index.js';
import type { Services } from '../../services.js';
import { type AdminContext, adminRoute } from '../admin/context.js';
import { Csrf, type FieldErrors, FormError } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { idParam } from '../sites/admin-input.js';
import { doneUrl, Notice, sectionTitle, sendSitePage, sitePath, submitForm } from '../sites/admin-kit.js';
import { type FormValues, PollFields, valuesOfBody, valuesOfInput } from './admin-form.js';
import { formInput, inputOf, newPollDefaults } from './input.js';
import { closePoll, createPoll, getPoll, listPolls, siteCategories, updatePoll } from './operations.js';
import { PollResults } from './poll-markup.js';
import { pollTexts } from './poll-view.js';
import { type Poll, pollJson, pollState } from './polls.js';

const listUrl = (ctx: AdminContext) => adminUrls.polls(ctx.lang, ctx.site.code);
const itemUrl = (ctx: AdminContext, id: number) => `${listUrl(ctx)}/${id}`;

const STATE_KEYS = {
  scheduled: 'poll.state.scheduled',
  open: 'poll.state.open',
  closed: 'poll.state.closed',
} as const;

function stateText(lang: Lang, poll: Poll): string {
  const state = t(lang, STATE_KEYS[pollState(poll)]);
  return poll.hidden ? `${state} (${t(lang, 'poll.state.hidden')})` : state;
}

function whenText(poll: Poll): string {
  const opens = formatDateTime(new Date(poll.opensAt));
  return poll.closesAt === null ? `${opens} –` : `${opens} – ${formatDateTime(new Date(poll.closesAt))}`;
}

function CloseButton({ ctx, poll }: { ctx: AdminContext; poll: Poll }) {
  if (pollState(poll) === 'closed') return null;
  return (
    <form method="post" action={`${itemUrl(ctx, poll.id)}/close`} class="inline-form">
      <Csrf token={ctx.session.csrf} />
      <button type="submit">
        {t(ctx.lang, 'poll.admin.close')}
        <span class="visually-hidden">: {poll.question}</span>
      </button>
    </form>
  );
}

async function listPage(ctx: AdminContext) {
  const polls = await listPolls(ctx, ctx.site);
  const { lang } = ctx;
  return sendSitePage(ctx, {
    title: sectionTitle(ctx, 'poll.admin.list'),
    section: 'polls',
    children: (
      <>
        <Notice ctx={ctx} />
        <p>
          <a href={`${listUrl(ctx)}/new`} class="button">
            {t(lang, 'poll.admin.new')}
          </a>
        </p>
        {polls.length === 0 ? (
          <p>{t(lang, 'poll.admin.empty')}</p>
        ) : (
          <table class="admin-table polls-table">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'poll.col.question')}</th>
                <th scope="col">{t(lang, 'poll.col.state')}</th>
                <th scope="col">{t(lang, 'poll.col.when')}</th>
                <th scope="col">{t(lang, 'poll.col.voters')}</th>
                <th scope="col">{t(lang, 'poll.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {polls.map((poll) => (
                <tr key={poll.id} id={`poll-${poll.id}`}>
                  <td>
                    <a href={itemUrl(ctx, poll.id)} lang={poll.lang}>
                      {poll.question}
                    </a>
                  </td>
                  <td>{stateText(lang, poll)}</td>
                  <td>{whenText(poll)}</td>
                  <td class="number">{formatNumber(poll.totalVoters)}</td>
                  <td>
                    <CloseButton ctx={ctx} poll={poll} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

async function formPage(
  ctx: AdminContext,
  poll: Poll | undefined,
  values: FormValues,
  errors: FieldErrors = {},
  status = 200,
) {
  const { lang } = ctx;
  const categories = await siteCategories(ctx, ctx.site);
  const action = poll ? itemUrl(ctx, poll.id) : `${listUrl(ctx)}/new`;
  return sendSitePage(ctx, {
    title: sectionTitle(ctx, poll ? 'poll.admin.edit' : 'poll.admin.new'),
    section: 'polls',
    status,
    children: (
      <>
        <Notice ctx={ctx} />
        <p>
          <a href={listUrl(ctx)}>{t(lang, 'poll.admin.back')}</a>
        </p>
        {poll && (
          <section class="poll-admin-results" aria-labelledby="poll-results-title">
            <h2 id="poll-results-title">{t(lang, 'poll.admin.results')}</h2>
            <p>{stateText(lang, poll)}</p>
            <PollResults poll={pollJson(poll, lang)} texts={pollTexts(lang)} />
            <CloseButton ctx={ctx} poll={poll} />
          </section>
        )}
        <form method="post" action={action} class="admin-form wide poll-admin-form" noValidate>
          <FormError message={errors.form} />
          <Csrf token={ctx.session.csrf} />
          <PollFields ctx={ctx} values={values} errors={errors} categories={categories} />
          <button type="submit">{t(lang, 'admin.form.save')}</button>
        </form>
      </>
    ),
  });
}

function routeId(ctx: AdminContext): number {
  const id = idParam((ctx.request.params as { id?: string }).id);
  if (id === undefined) throw notFound();
  return id;
}

export function pollAdminRoutes(app: FastifyInstance, services: Services): void {
  const options = { permission: 'poll.manage' } as const;
  const list = (lang: Lang) => sitePath(lang, '/polls');
  const create = (lang: Lang) => sitePath(lang, '/polls/new');
  const item = (lang: Lang) => sitePath(lang, '/polls/:id');

  adminRoute(app, services, 'GET', list, (ctx) => listPage(ctx), options);
  adminRoute(
    app,
    services,
    'GET',
    create,
    (ctx) => formPage(ctx, undefined, valuesOfInput(newPollDefaults(ctx.site.defaultLang))),
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    create,
    (ctx) =>
      submitForm(
        ctx,
        async () => {
          const poll = await createPoll(ctx, ctx.site, formInput(ctx.request.body));
          return doneUrl(itemUrl(ctx, poll.id), 'added');
        },
        (errors, status) => formPage(ctx, undefined, valuesOfBody(ctx.request.body), errors, status),
      ),
    options,
  );
  adminRoute(
    app,
    services,
    'GET',
    item,
    async (ctx) => {
      const poll = await getPoll(ctx, ctx.site, routeId(ctx));
      return formPage(ctx, poll, valuesOfInput(inputOf(poll)));
    },
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    item,
    async (ctx) => {
      const poll = await getPoll(ctx, ctx.site, routeId(ctx));
      return submitForm(
        ctx,
        async () => {
          await updatePoll(ctx, ctx.site, poll.id, formInput(ctx.request.body));
          return doneUrl(itemUrl(ctx, poll.id), 'saved');
        },
        (errors, status) => formPage(ctx, poll, valuesOfBody(ctx.request.body), errors, status),
      );
    },
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => sitePath(lang, '/polls/:id/close'),
    async (ctx) => {
      const id = routeId(ctx);
      await closePoll(ctx, ctx.site, id);
      return ctx.reply.redirect(doneUrl(listUrl(ctx), 'saved', `poll-${id}`), 303);
    },
    options,
  );
}
