/**
 * For tests only: gives an issued code a known answer. A code's answer exists nowhere but in the
 * image (and as a keyed hash), so a test that must pass the check as a reader would sets it here.
 */
import type { Database } from '../../platform/db/database.js';
import { sha256 } from '../access/actor.js';
import { keyedHash } from '../access/secrets.js';

export async function setCaptchaAnswer(database: Database, token: string, answer: string): Promise<void> {
  const rowId = sha256(token);
  const result = await database.db
    .updateTable('captchas')
    .set({ answer_hash: await keyedHash(database, 'captcha-salt', `${rowId}|${answer.toLowerCase()}`) })
    .where('id', '=', rowId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new Error('setCaptchaAnswer: no such code');
}
