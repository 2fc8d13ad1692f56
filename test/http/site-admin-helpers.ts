/**
 * Setup the site-administration tests share: a test node with the demo sites and, logged in, the
 * staff the tests act as (on `hoa-lam` a site admin, an editor and an approver; a site admin of
 * `tan-loc-dong`, the outsider; a platform admin), and a check that calls made as them each got
 * the status expected.
 */
import assert from 'node:assert/strict';
import { createTestNode, type TestNode, type TestNodeOptions } from '../../src/testing/harness.js';
import { createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';

export interface SiteAdminSetup {
  node: TestNode;
  /** `hoa-lam`, the site administered. */
  siteId: number;
  /** `tan-loc-dong`, the outsider's site. */
  otherSiteId: number;
  admin: TestStaff;
  editor: TestStaff;
  approver: TestStaff;
  outsider: TestStaff;
  platform: TestStaff;
}

/** A node with the demo sites and their staff; the caller closes `node` after its tests. */
export async function siteAdminSetup(options: TestNodeOptions): Promise<SiteAdminSetup> {
  const node = await createTestNode(options);
  try {
    const s = node.services;
    const siteId = await siteIdOf(s, 'hoa-lam');
    const otherSiteId = await siteIdOf(s, 'tan-loc-dong');
    return {
      node,
      siteId,
      otherSiteId,
      admin: await createStaff(s, 'site_admin', siteId, 'quantri'),
      editor: await createStaff(s, 'editor', siteId, 'bientap'),
      approver: await createStaff(s, 'approver', siteId, 'duyet'),
      outsider: await createStaff(s, 'site_admin', otherSiteId, 'ngoai'),
      platform: await createStaff(s, 'platform', undefined, 'toanquyen'),
    };
  } catch (err) {
    await node.close();
    throw err;
  }
}

/** What a call should answer: [what it tries, the call (already sent), the status expected]. */
export type ExpectedStatus = [label: string, call: Promise<{ statusCode: number }>, status: number];

export async function assertStatuses(calls: ExpectedStatus[]): Promise<void> {
  for (const [label, call, status] of calls) assert.equal((await call).statusCode, status, label);
}
