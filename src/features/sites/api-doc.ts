/**
 * Site administration in the OpenAPI document: sites (list, add, settings, host names), categories,
 * the main menu, website links and staff.
 */
import type { OpenApiPart } from '../api/openapi.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});
const json = (description: string, schema: unknown) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });
const list = (item: string) => ({
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: ref(item) } },
});
const pathParam = (name: string, description: string, type = 'string') => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type },
});
const site = pathParam('site', 'The site code, e.g. `hoa-lam`.');
const id = pathParam('id', 'The row id.', 'integer');
const refusals = {
  '401': error('No session or token.'),
  '403': error('The role is too low, or the CSRF token is missing (session callers).'),
  '404': error('No such site or row, or the caller has no part in the site.'),
};
const invalid = error('A field was refused; `field` names it.');
const conflict = error('A conflict (taken slug, host or email; an item still in use; the last site admin).');
const str = { type: 'string' };
const bool = { type: 'boolean' };
const int = { type: 'integer' };
const nullableInt = { type: 'integer', nullable: true };
const direction = body({
  type: 'object',
  required: ['direction'],
  properties: { direction: { type: 'string', enum: ['up', 'down'] } },
});

/** GET + POST on a collection, GET + PATCH + DELETE on an item, POST …/move: one ordered list. */
function orderedList(
  path: string,
  tag: string,
  item: string,
  input: string,
  what: string,
): Record<string, Record<string, unknown>> {
  const base = `/api/v1/sites/{site}/${path}`;
  return {
    [base]: {
      get: {
        tags: [tag],
        summary: `The site's ${what}, in order.`,
        parameters: [site],
        responses: { '200': json('The list.', list(item)), ...refusals },
      },
      post: {
        tags: [tag],
        summary: `Adds one of the site's ${what} at the end.`,
        parameters: [site],
        requestBody: body(ref(input)),
        responses: { '201': json('Added.', ref(item)), ...refusals, '409': conflict, '422': invalid },
      },
    },
    [`${base}/{id}`]: {
      get: {
        tags: [tag],
        summary: 'One row.',
        parameters: [site, id],
        responses: { '200': json('The row.', ref(item)), ...refusals },
      },
      patch: {
        tags: [tag],
        summary: 'Changes the fields given; the others stay.',
        parameters: [site, id],
        requestBody: body(ref(input)),
        responses: { '200': json('Changed.', ref(item)), ...refusals, '409': conflict, '422': invalid },
      },
      delete: {
        tags: [tag],
        summary: 'Deletes the row (refused with 409 while it still has children or articles).',
        parameters: [site, id],
        responses: { '204': { description: 'Deleted.' }, ...refusals, '409': conflict },
      },
    },
    [`${base}/{id}/move`]: {
      post: {
        tags: [tag],
        summary: 'Moves the row one step up or down among its siblings.',
        parameters: [site, id],
        requestBody: direction,
        responses: { '200': json('Moved.', ref(item)), ...refusals, '422': invalid },
      },
    },
  };
}

const settingsFields = {
  nameVi: str,
  nameEn: str,
  defaultLang: { type: 'string', enum: ['vi', 'en'] },
  agencyVi: str,
  agencyEn: str,
  addressVi: str,
  addressEn: str,
  phone: str,
  email: str,
  licenceVi: str,
  licenceEn: str,
  responsibleVi: str,
  responsibleEn: str,
  contactVi: str,
  contactEn: str,
  emblemMediaId: { ...nullableInt, description: 'A media id of the site; null for the default emblem.' },
  emblemAltVi: { ...str, description: 'Required with an emblem.' },
  emblemAltEn: str,
};

const staffMember = {
  type: 'object',
  properties: {
    userId: int,
    email: str,
    displayName: str,
    role: { type: 'string', enum: ['contributor', 'editor', 'approver', 'site_admin'] },
    isPlatformAdmin: bool,
    totpEnabled: bool,
    disabled: bool,
    mustChangePassword: bool,
  },
};

export const siteAdminApiDoc: OpenApiPart = {
  tags: [
    { name: 'sites', description: 'Sites, their settings and host names.' },
    { name: 'categories', description: 'A site’s categories (tree, order, slugs).' },
    { name: 'menus', description: 'A site’s main menu (one level of sub-items).' },
    { name: 'links', description: '`Liên kết website`: links to other portals.' },
    { name: 'staff', description: 'A site’s staff and their roles.' },
  ],
  schemas: {
    SiteSummary: {
      type: 'object',
      properties: {
        code: str,
        nameVi: str,
        nameEn: str,
        kind: str,
        defaultLang: str,
        role: { type: 'string', enum: ['contributor', 'editor', 'approver', 'site_admin', 'platform'] },
        hosts: { type: 'array', items: str },
      },
    },
    SiteSettingsInput: { type: 'object', properties: settingsFields },
    SiteSettings: {
      type: 'object',
      properties: { code: str, kind: str, hosts: { type: 'array', items: str }, ...settingsFields },
    },
    NewSite: {
      type: 'object',
      required: ['code', 'nameVi', 'kind'],
      properties: {
        code: { ...str, description: 'Lower-case letters, digits and hyphens, e.g. `xa-tan-phu`.' },
        nameVi: str,
        nameEn: str,
        kind: {
          type: 'string',
          enum: ['province', 'commune', 'ward', 'district', 'party', 'archive', 'other'],
        },
        hosts: { type: 'array', items: str },
      },
    },
    PlatformSite: {
      type: 'object',
      properties: {
        id: int,
        code: str,
        nameVi: str,
        nameEn: str,
        kind: str,
        isDefault: bool,
        hosts: { type: 'array', items: str },
        staff: int,
      },
    },
    CategoryInput: {
      type: 'object',
      properties: {
        nameVi: str,
        nameEn: str,
        slug: { ...str, description: 'Folded to a slug (`Tin tức` → `tin-tuc`); unique per site.' },
        parentId: {
          ...nullableInt,
          description: 'A category of the same site, never the category or its descendants.',
        },
        inMenu: bool,
      },
    },
    Category: {
      type: 'object',
      properties: {
        id: int,
        parentId: nullableInt,
        slug: str,
        nameVi: str,
        nameEn: str,
        position: int,
        inMenu: bool,
        depth: int,
        articles: int,
        children: int,
      },
    },
    MenuItemInput: {
      type: 'object',
      properties: {
        labelVi: str,
        labelEn: str,
        url: { ...str, description: 'A path of the site (`/…`) or an http(s) address.' },
        parentId: { ...nullableInt, description: 'A top-level item of the same site.' },
        hidden: bool,
      },
    },
    MenuItem: {
      type: 'object',
      properties: {
        id: int,
        parentId: nullableInt,
        labelVi: str,
        labelEn: str,
        url: str,
        position: int,
        hidden: bool,
        children: int,
      },
    },
    LinkInput: {
      type: 'object',
      properties: { titleVi: str, titleEn: str, url: { ...str, description: 'http(s) only.' }, hidden: bool },
    },
    Link: {
      type: 'object',
      properties: { id: int, titleVi: str, titleEn: str, url: str, position: int, hidden: bool },
    },
    StaffMember: staffMember,
  },
  paths: {
    '/api/v1/sites': {
      get: {
        tags: ['sites'],
        summary: 'The sites the caller works on, with the caller’s role (platform admins: every site).',
        responses: { '200': json('The list.', list('SiteSummary')), '401': refusals['401'] },
      },
      post: {
        tags: ['sites'],
        summary: 'Adds a site with its host names (platform admins only).',
        requestBody: body(ref('NewSite')),
        responses: {
          '201': json('Created.', ref('PlatformSite')),
          '401': refusals['401'],
          '403': refusals['403'],
          '409': conflict,
          '422': invalid,
        },
      },
    },
    '/api/v1/sites/{site}': {
      get: {
        tags: ['sites'],
        summary: 'The site’s settings (names, footer, contact, emblem) and host names.',
        parameters: [site],
        responses: { '200': json('The settings.', ref('SiteSettings')), ...refusals },
      },
      patch: {
        tags: ['sites'],
        summary: 'Changes the settings given; the others stay. Public pages show the change at once.',
        parameters: [site],
        requestBody: body(ref('SiteSettingsInput')),
        responses: { '200': json('Changed.', ref('SiteSettings')), ...refusals, '422': invalid },
      },
    },
    '/api/v1/sites/{site}/hosts': {
      put: {
        tags: ['sites'],
        summary: 'Replaces the site’s host names (platform admins only); a host belongs to one site.',
        parameters: [site],
        requestBody: body({
          type: 'object',
          required: ['hosts'],
          properties: { hosts: { type: 'array', items: str } },
        }),
        responses: {
          '200': json('Changed.', ref('PlatformSite')),
          ...refusals,
          '409': conflict,
          '422': invalid,
        },
      },
    },
    ...orderedList('categories', 'categories', 'Category', 'CategoryInput', 'categories (tree order)'),
    ...orderedList('menus', 'menus', 'MenuItem', 'MenuItemInput', 'menu items'),
    ...orderedList('links', 'links', 'Link', 'LinkInput', 'website links'),
    '/api/v1/sites/{site}/staff': {
      get: {
        tags: ['staff'],
        summary: 'The site’s staff and their roles (site admins).',
        parameters: [site],
        responses: { '200': json('The list.', list('StaffMember')), ...refusals },
      },
      post: {
        tags: ['staff'],
        summary:
          'Gives an existing account a role on the site, or with `create: true` creates the account; its one-time password is in the answer, once.',
        parameters: [site],
        requestBody: body({
          type: 'object',
          required: ['email', 'role'],
          properties: {
            email: str,
            role: { type: 'string', enum: ['contributor', 'editor', 'approver', 'site_admin'] },
            create: bool,
            displayName: { ...str, description: 'Required with `create`.' },
          },
        }),
        responses: {
          '201': json('Added.', {
            allOf: [ref('StaffMember'), { type: 'object', properties: { oneTimePassword: str } }],
          }),
          ...refusals,
          '409': conflict,
          '422': invalid,
        },
      },
    },
    '/api/v1/sites/{site}/staff/{userId}': {
      patch: {
        tags: ['staff'],
        summary: 'Changes a member’s role (never one’s own; never the last site admin’s).',
        parameters: [site, pathParam('userId', 'The account id.', 'integer')],
        requestBody: body({
          type: 'object',
          required: ['role'],
          properties: { role: { type: 'string', enum: ['contributor', 'editor', 'approver', 'site_admin'] } },
        }),
        responses: {
          '200': json('Changed.', ref('StaffMember')),
          ...refusals,
          '409': conflict,
          '422': invalid,
        },
      },
      delete: {
        tags: ['staff'],
        summary: 'Removes a member from the site (their API tokens for the site are revoked).',
        parameters: [site, pathParam('userId', 'The account id.', 'integer')],
        responses: { '204': { description: 'Removed.' }, ...refusals, '409': conflict },
      },
    },
  },
};
