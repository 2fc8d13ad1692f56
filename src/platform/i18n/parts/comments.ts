/** Catalogue part: comments. */
import { defineMessages } from '../define.js';

export const commentsMessages = defineMessages({}, {});
