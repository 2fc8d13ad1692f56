/**
 * What the benchmark's load looks like to Loa: a reader's browser. Without a User-Agent every
 * request would be taken for a bot and skip visit counting, which real readers never do.
 */
export const READER_HEADERS = {
  'user-agent':
    'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
};
