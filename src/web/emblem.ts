/** The default site emblem: a red disc, gold ring and gold star, drawn inline (no request). */
export const DEFAULT_EMBLEM_SVG =
  '<svg viewBox="0 0 64 64" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false">' +
  '<circle cx="32" cy="32" r="31" fill="#f6c945"/><circle cx="32" cy="32" r="27" fill="#c8102e"/>' +
  '<circle cx="32" cy="32" r="24" fill="none" stroke="#f6c945" stroke-width="1.5"/>' +
  '<path fill="#f6c945" d="M32 13.5l4.4 13.5h14.2l-11.5 8.4 4.4 13.5L32 40.5l-11.5 8.4 4.4-13.5-11.5-8.4h14.2z"/>' +
  '</svg>';
