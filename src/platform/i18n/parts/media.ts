/** Catalogue part: media. */
import { defineMessages } from '../define.js';

export const mediaMessages = defineMessages({}, {});
