/** Catalogue part: interaction. */
import { defineMessages } from '../define.js';

export const interactionMessages = defineMessages({}, {});
