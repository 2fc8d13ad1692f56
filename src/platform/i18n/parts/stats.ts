/** Catalogue part: stats. */
import { defineMessages } from '../define.js';

export const statsMessages = defineMessages({}, {});
