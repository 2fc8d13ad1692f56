/** Catalogue part: editorial. */
import { defineMessages } from '../define.js';

export const editorialMessages = defineMessages({}, {});
