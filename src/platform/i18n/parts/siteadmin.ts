/** Catalogue part: siteadmin. */
import { defineMessages } from '../define.js';

export const siteadminMessages = defineMessages({}, {});
