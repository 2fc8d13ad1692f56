/** Catalogue part: security. */
import { defineMessages } from '../define.js';

export const securityMessages = defineMessages({}, {});
