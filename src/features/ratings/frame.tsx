/**
 * The small documents shown in `<noscript><iframe>` by the rating and poll widgets. A public page is
 * cached and the same for everyone, so a reader without JavaScript sees the live, personal part
 * (current figures, "you gave 4 stars", the poll form or its results) in a frame that is rendered
 * per request and never stored. Readers with JavaScript never load these frames.
 */
import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { NO_STORE } from '../../platform/http/headers.js';
import type { Lang } from '../../platform/i18n/index.js';
import { assets, clientScript } from '../../web/assets.js';

export function sendFrame(
  reply: FastifyReply,
  lang: Lang,
  title: string,
  body: ComponentChildren,
): FastifyReply {
  const html = renderToString(
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href={assets.css.url} />
        <link rel="icon" href={assets.favicon.url} type="image/svg+xml" />
      </head>
      <body class="reader-frame">{body}</body>
    </html>,
  );
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', NO_STORE)
    .header('x-robots-tag', 'noindex')
    .send(`<!DOCTYPE html>${html}`);
}

/** An island's script tag; without the bundle (not built yet) the widget stays a plain form. */
export function IslandScript({ name }: { name: string }) {
  let src: string;
  try {
    src = clientScript(name);
  } catch {
    return null;
  }
  return <script src={src} defer />;
}
