/** Catalogue part: editor. */
import { defineMessages } from '../define.js';

export const editorMessages = defineMessages({}, {});
